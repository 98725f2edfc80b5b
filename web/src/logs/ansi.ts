import Anser from 'anser';

/** A run of text with one look: classes for the 16 colours and decorations, a colour otherwise. */
export interface Segment {
  text: string;
  className?: string;
  color?: string;
  background?: string;
}

/* eslint-disable no-control-regex -- these patterns exist to find terminal control codes. */
/** Operating-system commands (window titles, hyperlinks): BEL or ST ends them. */
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
/** Control sequences other than SGR (`m`): cursor moves, erase line, modes. */
const CSI_OTHER = /\u001b\[[0-?]*[ -/]*[@-ln-~]/g;
/** Two-byte escapes and character-set picks (`ESC ( B`), never `ESC [`. */
const ESC_OTHER = /\u001b(?:[ -/]+[0-~]|[@-Z\\-_])/g;
/** C0 controls a terminal does not print; tab and ESC (SGR still to come) stay. */
const CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f]/g;
const SGR = /\u001b\[[0-9;:]*m/g;
const LONE_ESC = /\u001b/g;
/* eslint-enable no-control-regex */

/**
 * What a terminal would show of one line, colour codes kept: a carriage return rewinds the
 * line (progress bars print `\r` and redraw), so only the text after the last one is visible.
 */
export function normalizeLine(raw: string): string {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const visible = line.slice(line.lastIndexOf('\r') + 1);
  return visible
    .replace(OSC, '')
    .replace(CSI_OTHER, '')
    .replace(ESC_OTHER, '')
    .replace(CONTROL, '');
}

/** The line as plain text: what search looks through and what a person reads. */
export function plainLine(raw: string): string {
  return normalizeLine(raw).replace(SGR, '').replace(LONE_ESC, '');
}

/**
 * One line as styled segments. Colours are read per line: a colour left on at the end of a
 * line does not carry to the next (tools that colour logs reset at the end of each line).
 */
export function ansiSegments(raw: string): Segment[] {
  const line = normalizeLine(raw);
  if (!line.includes('\u001b')) return line === '' ? [] : [{ text: line }];
  return Anser.ansiToJson(line, { use_classes: true, remove_empty: true })
    .map((entry) => toSegment(entry))
    .filter((segment) => segment.text !== '');
}

function toSegment(entry: ReturnType<typeof Anser.ansiToJson>[number]): Segment {
  const classes: string[] = [];
  const segment: Segment = { text: entry.content.replace(LONE_ESC, '') };
  const fg = colour(entry.fg, entry.fg_truecolor);
  const bg = colour(entry.bg, entry.bg_truecolor);
  if (fg?.name) classes.push(`log-fg-${fg.name}`);
  if (fg?.css) segment.color = fg.css;
  if (bg?.name) classes.push(`log-bg-${bg.name}`);
  if (bg?.css) segment.background = bg.css;
  for (const decoration of entry.decorations) {
    if (decorations.has(decoration)) classes.push(`log-${decoration}`);
  }
  if (classes.length > 0) segment.className = classes.join(' ');
  return segment;
}

const decorations = new Set(['bold', 'dim', 'italic', 'underline', 'strikethrough']);
const basicNames = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

/** anser's class (`ansi-red`, `ansi-bright-red`, `ansi-palette-200`, `ansi-truecolor`) as ours. */
function colour(
  anserClass: string | null,
  truecolor: string | null,
): { name?: string; css?: string } | undefined {
  if (anserClass === null) return undefined;
  if (anserClass === 'ansi-truecolor') return truecolor ? { css: `rgb(${truecolor})` } : undefined;
  const palette = /^ansi-palette-(\d+)$/.exec(anserClass);
  if (palette === null) return { name: anserClass.replace(/^ansi-/, '') };
  const index = Number(palette[1]);
  if (index < 8) return { name: basicNames[index] };
  if (index < 16) return { name: `bright-${basicNames[index - 8]}` };
  return { css: xtermColour(index) };
}

/** The xterm 256-colour palette beyond the first 16: a 6×6×6 cube, then 24 greys. */
function xtermColour(index: number): string {
  if (index >= 232) {
    const grey = 8 + (index - 232) * 10;
    return `rgb(${grey}, ${grey}, ${grey})`;
  }
  const cube = index - 16;
  const level = (step: number) => (step === 0 ? 0 : 55 + step * 40);
  return `rgb(${level(Math.floor(cube / 36))}, ${level(Math.floor(cube / 6) % 6)}, ${level(cube % 6)})`;
}
