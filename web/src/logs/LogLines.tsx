import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type Ref,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import type { LineStore } from './line-store';
import type { LogMatch } from './log-search';
import { LogRow } from './LogRow';

/** Every line is one row this tall: fixed heights keep 100,000 rows cheap and the end exact. */
export const ROW_HEIGHT = 20;

/** What the toolbar can ask of the list. */
export interface LogLinesHandle {
  scrollToLine: (line: number) => void;
  scrollToEnd: () => void;
}

interface LogLinesProps {
  store: LineStore;
  /** Changes whenever the store does. */
  version: number;
  label: string;
  matches: LogMatch[];
  currentMatch: number;
  /** Stick to the end as lines arrive. */
  follow: boolean;
  /** The person scrolled: `atEnd` says whether the end of the log is in view. */
  onScrolled: (atEnd: boolean) => void;
  handle?: Ref<LogLinesHandle>;
}

/**
 * The lines, virtualized: only the rows in view (and a few around) are in the DOM. Long lines
 * scroll sideways rather than wrap, so every row has the same height.
 */
export function LogLines(props: LogLinesProps) {
  const { store, version, label, matches, currentMatch, follow, onScrolled, handle } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: store.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });

  const scrollToEnd = useCallback(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, []);
  useImperativeHandle(
    handle,
    () => ({
      scrollToLine: (line) => virtualizer.scrollToIndex(line, { align: 'center' }),
      scrollToEnd,
    }),
    [virtualizer, scrollToEnd],
  );

  useLayoutEffect(() => {
    if (follow) scrollToEnd();
  }, [follow, version, scrollToEnd]);

  const rangesByLine = useMemo(() => {
    const byLine = new Map<number, { start: number; end: number; current: boolean }[]>();
    matches.forEach((match, index) => {
      const ranges = byLine.get(match.line) ?? [];
      ranges.push({ start: match.start, end: match.end, current: index === currentMatch });
      byLine.set(match.line, ranges);
    });
    return byLine;
  }, [matches, currentMatch]);

  const digits = String(Math.max(store.length, 1)).length;
  return (
    <div
      ref={scroller}
      className="log-scroller"
      role="log"
      aria-label={label}
      // The region changes with every batch; the status line announces counts instead.
      aria-live="off"
      tabIndex={0}
      onScroll={(event) => {
        const element = event.currentTarget;
        const fromEnd = element.scrollHeight - element.scrollTop - element.clientHeight;
        onScrolled(fromEnd < ROW_HEIGHT * 2);
      }}
      style={{ ['--log-gutter-ch' as string]: `${digits + 1}ch` }}
    >
      <div className="log-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const { text, stderr } = store.line(item.index);
          return (
            <LogRow
              key={item.key}
              index={item.index}
              text={text}
              stderr={stderr}
              ranges={rangesByLine.get(item.index) ?? noRanges}
              top={item.start}
            />
          );
        })}
      </div>
    </div>
  );
}

const noRanges: { start: number; end: number; current: boolean }[] = [];
