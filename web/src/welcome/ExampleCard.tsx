import type { ExampleSummary } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { exampleQueries } from '../api/examples.queries';
import { GraphThumbnail } from './GraphThumbnail';
import { useExampleActions } from './useExampleActions';

/** One example of the gallery: its graph, what it does and shows, and the two ways in. */
export function ExampleCard({ example }: { example: ExampleSummary }) {
  const detail = useQuery(exampleQueries.detail(example.id));
  const { open, run } = useExampleActions(example.id);
  const titleId = `example-${example.id}-title`;
  const failure = open.error ?? run.error;
  return (
    <article className="example-card" aria-labelledby={titleId}>
      <div className="example-card__picture">
        {detail.data ? (
          <GraphThumbnail document={detail.data.definition} label={`Graph of ${example.title}`} />
        ) : (
          <div className="example-card__picture-placeholder" aria-hidden="true" />
        )}
      </div>
      <div className="example-card__body">
        <h3 id={titleId} className="example-card__title">
          {example.title}
        </h3>
        <p className="example-card__summary">{example.summary}</p>
        {example.shows && (
          <p className="example-card__shows">
            <span className="example-card__shows-label">Shows</span> {example.shows}
          </p>
        )}
        {failure && (
          <p className="callout callout--error" role="alert">
            {failure.message}
          </p>
        )}
        <div className="example-card__actions">
          <button
            type="button"
            className="button"
            aria-label={`Open ${example.title} in the designer`}
            disabled={open.isPending || run.isPending}
            onClick={() => open.mutate()}
          >
            {open.isPending ? 'Opening…' : 'Open in designer'}
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-label={`Run ${example.title}`}
            disabled={open.isPending || run.isPending}
            onClick={() => run.mutate()}
          >
            {run.isPending ? 'Starting…' : 'Run'}
          </button>
        </div>
      </div>
    </article>
  );
}
