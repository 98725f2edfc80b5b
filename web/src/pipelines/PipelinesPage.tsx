import type { PipelineSummary } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { pipelineQueries } from '../api/pipelines.queries';
import { formatTime } from '../designer/load-document';
import { StartRunDialog } from '../start-run/StartRunDialog';
import '../ui/data-table.css';
import '../ui/ui.css';
import { ImportDefinitionButton } from './ImportDefinitionButton';
import './pipelines.css';

/** The pipelines on this server, newest change first, with the ways to start a new one. */
export function PipelinesPage() {
  const list = useQuery(pipelineQueries.list());
  const [running, setRunning] = useState<string | null>(null);
  const items = list.data?.items;
  const takenNames = useMemo(() => new Set(items?.map((item) => item.PipelineName)), [items]);

  const actions = (
    <div className="pipelines__actions">
      <ImportDefinitionButton takenNames={takenNames} />
      <Link href="/new" className="button button--primary">
        New pipeline
      </Link>
    </div>
  );

  return (
    <main className="app-main pipelines">
      <header className="pipelines__header">
        <h2>Pipelines</h2>
        {actions}
      </header>
      {list.isPending && <p className="pipelines__note">Loading pipelines…</p>}
      {list.isError && (
        <p className="callout callout--error">Could not list pipelines: {list.error.message}</p>
      )}
      {items && items.length === 0 && <EmptyState />}
      {items && items.length > 0 && <PipelineTable items={items} onRun={setRunning} />}
      <StartRunDialog
        pipelineName={running ?? ''}
        open={running !== null}
        onClose={() => setRunning(null)}
      />
    </main>
  );
}

function PipelineTable({
  items,
  onRun,
}: {
  items: PipelineSummary[];
  onRun: (pipelineName: string) => void;
}) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Latest version</th>
          <th scope="col">Last modified</th>
          <th scope="col">Last run</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.PipelineName}>
            <th scope="row">
              <Link href={`/pipelines/${encodeURIComponent(item.PipelineName)}`}>
                {item.PipelineName}
              </Link>
            </th>
            <td>
              <span className="pipelines__version">v{item.LatestVersion}</span>
              {item.LatestVersionMessage && (
                <span className="pipelines__message">{item.LatestVersionMessage}</span>
              )}
            </td>
            <td>
              <time dateTime={item.LastModifiedTime}>{formatTime(item.LastModifiedTime)}</time>
            </td>
            <td>
              {item.LastExecutionTime ? (
                <time dateTime={item.LastExecutionTime}>{formatTime(item.LastExecutionTime)}</time>
              ) : (
                <span className="pipelines__muted">Never</span>
              )}
            </td>
            <td className="pipelines__row-actions">
              <Link
                href={`/pipelines/${encodeURIComponent(item.PipelineName)}/executions`}
                aria-label={`Executions of ${item.PipelineName}`}
              >
                Executions
              </Link>
              <button
                type="button"
                className="button"
                aria-label={`Run ${item.PipelineName}`}
                onClick={() => onRun(item.PipelineName)}
              >
                Run…
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EmptyState() {
  return (
    <section className="pipelines__empty" aria-labelledby="pipelines-empty-title">
      <h3 id="pipelines-empty-title">No pipelines yet</h3>
      <p>
        Start with <strong>New pipeline</strong>: drag steps from the palette onto the canvas and
        connect them. Or bring one you have: <strong>Import a SageMaker definition</strong> reads
        the JSON that SageMaker’s <code>pipeline.definition()</code> returns or a file exported from
        Pipewright, and lays its steps out for you.
      </p>
      <p>
        Nothing is stored until you save; until then your work is kept as a draft in this browser.
      </p>
    </section>
  );
}
