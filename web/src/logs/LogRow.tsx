import { type CSSProperties, memo } from 'react';
import { ansiSegments } from './ansi';
import { markMatches, type MarkedSegment } from './log-search';

/** Past this many characters a line is cut on screen; the download has all of it. */
const MAX_SHOWN_CHARS = 10_000;

interface LogRowProps {
  index: number;
  text: string;
  stderr: boolean;
  ranges: { start: number; end: number; current: boolean }[];
  top: number;
}

/** One line: its number, then its text in its ANSI colours, with search hits marked. */
export const LogRow = memo(function LogRow({ index, text, stderr, ranges, top }: LogRowProps) {
  const cut = text.length > MAX_SHOWN_CHARS;
  const pieces = markMatches(ansiSegments(cut ? text.slice(0, MAX_SHOWN_CHARS) : text), ranges);
  return (
    <div
      className={stderr ? 'log-row log-row-stderr' : 'log-row'}
      style={{ transform: `translateY(${top}px)` }}
    >
      <span className="log-gutter" aria-hidden="true">
        {index + 1}
      </span>
      <span className="log-text">
        {pieces.map((piece, at) => (
          <Piece key={at} piece={piece} />
        ))}
        {cut && (
          <span className="log-cut">
            {' '}
            … {(text.length - MAX_SHOWN_CHARS).toLocaleString('en-US')} more characters (download
            the log to read them)
          </span>
        )}
      </span>
    </div>
  );
});

function Piece({ piece }: { piece: MarkedSegment }) {
  const style: CSSProperties | undefined =
    piece.color || piece.background
      ? {
          ...(piece.color && { color: piece.color }),
          ...(piece.background && { backgroundColor: piece.background }),
        }
      : undefined;
  if (piece.mark) {
    return (
      <mark
        className={`${piece.className ?? ''} log-match${piece.mark === 'current' ? ' log-match-current' : ''}`}
        style={style}
      >
        {piece.text}
      </mark>
    );
  }
  if (!piece.className && !style) return piece.text;
  return (
    <span className={piece.className} style={style}>
      {piece.text}
    </span>
  );
}
