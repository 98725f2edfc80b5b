// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LineStore } from './line-store';
import { findMatches } from './log-search';
import { LogLines } from './LogLines';

function storeOfLines(count: number) {
  const store = new LineStore();
  for (let index = 0; index < count; index += 1) store.append(`line ${index}\n`);
  return store;
}

function renderLines(store: LineStore, options: { follow?: boolean; query?: string } = {}) {
  const matches = findMatches(store, options.query ?? '');
  render(
    <LogLines
      store={store}
      version={store.version}
      label="Log of Train, attempt 1"
      matches={matches}
      currentMatch={0}
      follow={options.follow ?? false}
      onScrolled={() => {}}
    />,
  );
  return screen.getByRole('log', { name: 'Log of Train, attempt 1' });
}

describe('LogLines', () => {
  // jsdom lays nothing out: give the scroller the size of a small panel.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('puts only a window of 100,000 lines in the page', () => {
    const log = renderLines(storeOfLines(100_000));
    const rows = within(log).getAllByText(/^line \d+$/);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(200);
    expect(within(log).getByText('line 0')).toBeTruthy();
    expect(within(log).queryByText('line 99999')).toBeNull();
  });

  it('numbers the lines', () => {
    const log = renderLines(storeOfLines(3));
    expect(log.textContent).toBe('1line 02line 13line 2');
  });

  it('highlights search matches inside the line', () => {
    const store = new LineStore();
    store.append('loss went down\nno hit\n');
    const log = renderLines(store, { query: 'went' });
    const marks = log.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['went']);
  });

  it('tints lines that stderr wrote', () => {
    const store = new LineStore();
    store.append('fine\n', 'stdout');
    store.append('boom\n', 'stderr');
    const log = renderLines(store);
    expect(within(log).getByText('boom').closest('.log-row-stderr')).not.toBeNull();
    expect(within(log).getByText('fine').closest('.log-row-stderr')).toBeNull();
  });
});
