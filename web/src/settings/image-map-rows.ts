import type { ImageMapEntry } from '@pipewright/shared';

/** How a rule runs an image; each is one key of a rule besides `match`. */
export type RuleKind = 'host' | 'command' | 'entrypoint' | 'imageEntrypoint';

/** One row of the image map editor: a rule with its words as the person types them. */
export interface ImageMapRow {
  /** Stable across edits and moves, for React keys and focus. */
  id: string;
  match: string;
  kind: RuleKind;
  /** The command's words, space-separated; quotes keep a word with spaces together. */
  words: string;
}

let nextId = 0;
const newId = () => `rule-${++nextId}`;

/** A new, empty row: a rule that runs the image through a command. */
export function emptyRow(): ImageMapRow {
  return { id: newId(), match: '', kind: 'command', words: '' };
}

export function rowsFromRules(rules: readonly ImageMapEntry[]): ImageMapRow[] {
  return rules.map((rule) => {
    if ('mode' in rule) return { id: newId(), match: rule.match, kind: 'host', words: '' };
    const kind = ruleKind(rule);
    return { id: newId(), match: rule.match, kind, words: joinWords(wordsOf(rule)) };
  });
}

function ruleKind(rule: Exclude<ImageMapEntry, { mode: 'host' }>): Exclude<RuleKind, 'host'> {
  if ('command' in rule) return 'command';
  if ('entrypoint' in rule) return 'entrypoint';
  return 'imageEntrypoint';
}

function wordsOf(rule: Exclude<ImageMapEntry, { mode: 'host' }>): string[] {
  if ('command' in rule) return rule.command;
  if ('entrypoint' in rule) return rule.entrypoint;
  return rule.imageEntrypoint;
}

/** The rules to save. Nothing is checked here: the server's messages come back per row. */
export function rulesFromRows(rows: readonly ImageMapRow[]): ImageMapEntry[] {
  return rows.map(({ match, kind, words }) => {
    if (kind === 'host') return { match, mode: 'host' };
    const list = splitWords(words);
    if (kind === 'command') return { match, command: list };
    if (kind === 'entrypoint') return { match, entrypoint: list };
    return { match, imageEntrypoint: list };
  });
}

/**
 * Splits `conda run -n "my env"` into words as a shell would for simple cases: spaces separate,
 * double or single quotes keep spaces inside a word. An unclosed quote runs to the end.
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (const char of text) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else word = (word ?? '') + char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The words as `splitWords` reads them back: quoted when they hold spaces or quotes. */
export function joinWords(words: readonly string[]): string {
  return words
    .map((word) => {
      if (word !== '' && !/[\s"']/.test(word)) return word;
      if (!word.includes('"')) return `"${word}"`;
      if (!word.includes("'")) return `'${word}'`;
      // Both kinds: each " leaves the double quotes for a single-quoted one, as in a shell.
      return `"${word.replaceAll('"', `"'"'"`)}"`;
    })
    .join(' ');
}

/** The rows with the one at `index` moved by `by` places; unchanged when it cannot move. */
export function moveRow<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return [...rows];
  const moved = [...rows];
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
}

/** Which field of a row a server problem is about. */
export type RowField = 'match' | 'words' | 'rule';

export interface RowProblem {
  field: RowField;
  message: string;
}

/**
 * The server's problems (`/body/imageMap/<index>/<key>/…`) by row index, each about the image
 * pattern, the words, or the rule as a whole. Problems about anything else are left out.
 */
export function problemsByRow(
  problems: readonly { path: string; message: string }[],
): Map<number, RowProblem[]> {
  const byRow = new Map<number, RowProblem[]>();
  for (const { path, message } of problems) {
    const found = /^\/body\/imageMap\/(\d+)(?:\/([^/]+))?/.exec(path);
    if (!found) continue;
    const index = Number(found[1]);
    const key = found[2];
    const field: RowField = key === 'match' ? 'match' : key === undefined ? 'rule' : 'words';
    byRow.set(index, [...(byRow.get(index) ?? []), { field, message }]);
  }
  return byRow;
}
