import { readFile, writeFile } from 'node:fs/promises';

/** How the records of one input file become one `.out` file. */
export interface RecordRules {
  splitType: 'Line' | 'None';
  assembleWith: 'Line' | 'None';
}

/**
 * Rewrites a request file before the script reads it. With SplitType Line each non-blank line
 * is a record: the file becomes the records, one per line (`\n`), blank lines and `\r` dropped.
 * With None the file is one record and stays as it is. Returns the number of records.
 */
export async function prepareRequest(path: string, rules: RecordRules): Promise<number> {
  if (rules.splitType === 'None') return 1;
  const records = (await readFile(path, 'utf8'))
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  await writeFile(path, records.map((record) => `${record}\n`).join(''));
  return records.length;
}

/** Why the responses do not fit the records, when they do not. */
export type AssembleResult = { ok: true } | { ok: false; problem: string };

/**
 * Turns the script's response file into the `.out` file SageMaker would write. With SplitType
 * Line the script must write one line per record, in order; the lines are joined with a newline
 * after each (AssembleWith Line) or with nothing between them (None). With SplitType None the
 * response is the file, ending with a newline when AssembleWith is Line.
 */
export async function assembleResponse(
  path: string,
  records: number,
  rules: RecordRules,
): Promise<AssembleResult> {
  if (rules.splitType === 'None') {
    if (rules.assembleWith === 'Line') {
      const body = await readFile(path);
      if (body.length > 0 && body[body.length - 1] !== 0x0a)
        await writeFile(path, '\n', { flag: 'a' });
    }
    return { ok: true };
  }
  const text = await readFile(path, 'utf8');
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  if (lines.length !== records) {
    return {
      ok: false,
      problem: `it wrote ${lines.length} response line${lines.length === 1 ? '' : 's'} for ${records} record${records === 1 ? '' : 's'}; with SplitType Line it must write one line per record, in order`,
    };
  }
  const separator = rules.assembleWith === 'Line' ? '\n' : '';
  await writeFile(path, lines.map((line) => `${line}${separator}`).join(''));
  return { ok: true };
}
