import { useState } from 'react';
import { Link } from 'wouter';
import { StartRunDialog } from '../start-run/StartRunDialog';
import '../ui/ui.css';
import { ExecutionsFilters } from './ExecutionsFilters';
import { ExecutionsTable } from './ExecutionsTable';
import { useExecutionList } from './useExecutionList';
import { useStatusAnnouncement } from './useStatusAnnouncement';
import './executions.css';

/**
 * Executions, newest first: of one pipeline when `pipelineName` is given, else of all. Rows
 * change in place as runs progress (live summaries over the fetched page); nothing polls.
 */
export function ExecutionsPage({ pipelineName }: { pipelineName?: string }) {
  const state = useExecutionList(pipelineName);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [running, setRunning] = useState(false);
  const announcement = useStatusAnnouncement(state.rows);
  const { list, rows } = state;
  const filtered = state.status !== undefined || state.search !== '';

  const compare = comparePair(selected, rows);
  return (
    <main className="app-main executions">
      <header className="executions__header">
        <div>
          <h2>{pipelineName ? `Executions of ${pipelineName}` : 'Executions'}</h2>
          {pipelineName && (
            <Link
              className="executions__back"
              href={`/pipelines/${encodeURIComponent(pipelineName)}`}
            >
              Open {pipelineName} in the designer
            </Link>
          )}
        </div>
        <div className="executions__actions">
          {compare ? (
            <Link className="button" href={`/compare/${compare[0]}/${compare[1]}`}>
              Compare the 2 selected
            </Link>
          ) : (
            <button
              type="button"
              className="button"
              disabled
              title="Select two executions to compare them"
            >
              Compare
            </button>
          )}
          {pipelineName && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setRunning(true)}
            >
              Run…
            </button>
          )}
        </div>
      </header>
      <ExecutionsFilters state={state} showPipeline={pipelineName === undefined} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {list.isError && (
        <p className="callout callout--error" role="alert">
          Could not list executions: {list.error.message}
        </p>
      )}
      {list.isPending && <p className="executions__note">Loading executions…</p>}
      {list.isSuccess && rows.length === 0 && (
        <EmptyState filtered={filtered} pipelineName={pipelineName} onClear={state.clearFilters} />
      )}
      {rows.length > 0 && (
        <ExecutionsTable
          rows={rows}
          showPipeline={pipelineName === undefined}
          stale={list.isPlaceholderData}
          selected={selected}
          onSelect={setSelected}
        />
      )}
      {(state.previousPage || state.nextPage) && (
        <nav className="executions__pages" aria-label="Pages">
          <button
            type="button"
            className="button"
            disabled={!state.previousPage}
            onClick={state.previousPage}
          >
            Previous
          </button>
          <span className="executions__page">Page {state.pageNumber}</span>
          <button
            type="button"
            className="button"
            disabled={!state.nextPage}
            onClick={state.nextPage}
          >
            Next page
          </button>
        </nav>
      )}
      {pipelineName && (
        <StartRunDialog
          pipelineName={pipelineName}
          open={running}
          onClose={() => setRunning(false)}
        />
      )}
    </main>
  );
}

/** The two selected executions, older first, when both are still listed. */
function comparePair(
  selected: readonly string[],
  rows: readonly { PipelineExecutionId: string; CreationTime: string }[],
): [string, string] | undefined {
  const picked = rows.filter((row) => selected.includes(row.PipelineExecutionId));
  if (picked.length !== 2) return undefined;
  const [a, b] = picked.sort((x, y) => Date.parse(x.CreationTime) - Date.parse(y.CreationTime));
  return a && b ? [a.PipelineExecutionId, b.PipelineExecutionId] : undefined;
}

function EmptyState({
  filtered,
  pipelineName,
  onClear,
}: {
  filtered: boolean;
  pipelineName: string | undefined;
  onClear: () => void;
}) {
  if (filtered) {
    return (
      <section className="executions__empty">
        <h3>No executions match</h3>
        <p>Nothing here has this status or matches this search.</p>
        <button type="button" className="button" onClick={onClear}>
          Clear the filters
        </button>
      </section>
    );
  }
  return (
    <section className="executions__empty">
      <h3>No executions yet</h3>
      <p>
        {pipelineName ? (
          <>
            Press <strong>Run…</strong> to start {pipelineName} with the parameters you choose.
          </>
        ) : (
          <>
            Open a pipeline from <Link href="/">Pipelines</Link> and press <strong>Run</strong>: its
            executions show up here as they start, and update as they run.
          </>
        )}
      </p>
    </section>
  );
}
