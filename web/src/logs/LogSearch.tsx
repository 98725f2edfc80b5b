import { MAX_MATCHES } from './log-search';

interface LogSearchProps {
  query: string;
  onQueryChange: (query: string) => void;
  matchCount: number;
  /** The selected match, from 0. */
  current: number;
  onStep: (direction: 1 | -1) => void;
}

/**
 * The search box with its arrows and "n of m" right beside it: Enter goes to the next match,
 * Shift+Enter to the previous one.
 */
export function LogSearch({ query, onQueryChange, matchCount, current, onStep }: LogSearchProps) {
  const count =
    matchCount >= MAX_MATCHES ? `${MAX_MATCHES.toLocaleString('en-US')}+` : String(matchCount);
  return (
    <div className="log-search">
      <input
        type="search"
        aria-label="Search the log"
        placeholder="Search"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onStep(event.shiftKey ? -1 : 1);
        }}
      />
      <button
        type="button"
        aria-label="Previous match"
        disabled={matchCount === 0}
        onClick={() => onStep(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label="Next match"
        disabled={matchCount === 0}
        onClick={() => onStep(1)}
      >
        ↓
      </button>
      <output className="log-search-count" aria-live="polite">
        {query === '' ? '' : matchCount === 0 ? 'No matches' : `${current + 1} of ${count}`}
      </output>
    </div>
  );
}
