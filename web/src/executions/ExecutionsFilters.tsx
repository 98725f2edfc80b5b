import { type ExecutionStatus, executionStatuses } from '@pipewright/shared';
import { useEffect, useRef, useState } from 'react';
import { type ExecutionSort, executionSorts, type useExecutionList } from './useExecutionList';

const sortLabels: Record<ExecutionSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  longest: 'Longest (this page)',
};

/** Status chips, a search box and the sort, above the executions table. */
export function ExecutionsFilters({
  state,
  showPipeline,
}: {
  state: ReturnType<typeof useExecutionList>;
  showPipeline: boolean;
}) {
  return (
    <div className="executions__filters">
      <div className="executions__chips" role="group" aria-label="Status">
        <StatusChip
          label="All"
          pressed={state.status === undefined}
          onPress={() => state.setStatus(undefined)}
        />
        {executionStatuses.map((status: ExecutionStatus) => (
          <StatusChip
            key={status}
            label={status}
            pressed={state.status === status}
            onPress={() => state.setStatus(state.status === status ? undefined : status)}
          />
        ))}
      </div>
      <SearchBox
        value={state.search}
        label={showPipeline ? 'Search by name, id or pipeline' : 'Search by name or id'}
        onSearch={state.setSearch}
      />
      <label className="executions__sort">
        <span>Sort</span>
        <select
          className="field__input"
          value={state.sort}
          onChange={(event) => state.setSort(event.target.value as ExecutionSort)}
        >
          {executionSorts.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function StatusChip({
  label,
  pressed,
  onPress,
}: {
  label: string;
  pressed: boolean;
  onPress: () => void;
}) {
  return (
    <button type="button" className="executions__chip" aria-pressed={pressed} onClick={onPress}>
      {label}
    </button>
  );
}

/** Searches on the server a moment after typing stops, not on every key. */
function SearchBox({
  value,
  label,
  onSearch,
}: {
  value: string;
  label: string;
  onSearch: (text: string) => void;
}) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The address changed under us (Back, Clear the filters): show what it says.
    setLastValue(value);
    setText(value);
  }
  // The page re-renders as live updates arrive; only typing may restart the wait.
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  });
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onSearchRef.current(text), 250);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <input
      type="search"
      className="field__input executions__search"
      aria-label={label}
      placeholder="Search…"
      value={text}
      onChange={(event) => setText(event.target.value)}
    />
  );
}
