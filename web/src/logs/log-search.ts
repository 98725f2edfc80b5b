import { plainLine, type Segment } from './ansi';
import type { LineStore } from './line-store';

/** One hit: a line and a range of its plain text. */
export interface LogMatch {
  line: number;
  start: number;
  end: number;
}

/** Past this many hits search stops counting: the count says "10000+" and stays responsive. */
export const MAX_MATCHES = 10_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every case-insensitive occurrence of `query` in the lines' plain text, in order. */
export function findMatches(
  store: Pick<LineStore, 'length' | 'line'>,
  query: string,
  limit = MAX_MATCHES,
): LogMatch[] {
  if (query === '') return [];
  const pattern = new RegExp(escapeRegExp(query), 'gi');
  const matches: LogMatch[] = [];
  for (let line = 0; line < store.length; line += 1) {
    const text = plainLine(store.line(line).text);
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) {
      matches.push({ line, start: hit.index, end: hit.index + hit[0].length });
      if (matches.length >= limit) return matches;
    }
  }
  return matches;
}

/** A segment piece, marked when it is inside a match (and `current` for the selected one). */
export interface MarkedSegment extends Segment {
  mark?: 'match' | 'current';
}

/**
 * Splits a line's segments where matches begin and end, so each piece keeps its colours and
 * the matched pieces get a highlight. Ranges index the plain text, which is the segments joined.
 */
export function markMatches(
  segments: Segment[],
  ranges: { start: number; end: number; current: boolean }[],
): MarkedSegment[] {
  if (ranges.length === 0) return segments;
  const pieces: MarkedSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const segmentEnd = offset + segment.text.length;
    const cuts = new Set([offset, segmentEnd]);
    for (const range of ranges) {
      if (range.start > offset && range.start < segmentEnd) cuts.add(range.start);
      if (range.end > offset && range.end < segmentEnd) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let index = 0; index < points.length - 1; index += 1) {
      const from = points[index] as number;
      const to = points[index + 1] as number;
      const range = ranges.find((candidate) => candidate.start <= from && candidate.end >= to);
      const piece: MarkedSegment = {
        ...segment,
        text: segment.text.slice(from - offset, to - offset),
      };
      if (range) piece.mark = range.current ? 'current' : 'match';
      pieces.push(piece);
    }
    offset = segmentEnd;
  }
  return pieces;
}
