import { type PipelineDocument, flattenDocument } from '@pipewright/shared';
import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { ExecutionGraph } from '../execution-graph/ExecutionGraph';
import type { ParameterRow, StepRow } from './compare-diff';
import type { StepMetrics } from './MetricTable';
import { type StepChangeDecoration, compareDecorations } from './step-changes';

/**
 * B's pipeline (A's when B's cannot load) with every step marked by what changed since A: its
 * definition, a parameter it reads, its status or its metrics. The list under it says the same
 * in words and names the steps only A has, which B's graph cannot show.
 */
export function CompareGraph({
  leftDocument,
  rightDocument,
  rightExecutionId,
  steps,
  parameters,
  metrics,
  loading,
}: {
  leftDocument: PipelineDocument | undefined;
  rightDocument: PipelineDocument | undefined;
  rightExecutionId: string;
  steps: StepRow[];
  parameters: ParameterRow[];
  metrics: StepMetrics[];
  loading: boolean;
}) {
  const [, navigate] = useLocation();
  const decorations = useMemo(() => {
    const definitions = (document: PipelineDocument | undefined) =>
      new Map(flattenDocument(document).map((node) => [node.name, node.step as unknown]));
    return compareDecorations({
      leftSteps: definitions(leftDocument),
      rightSteps: definitions(rightDocument),
      rows: steps,
      changedParameters: new Set(parameters.filter((row) => row.changed).map((row) => row.name)),
      stepsWithChangedMetrics: new Set(
        metrics
          .filter((group) => group.rows.some((row) => row.changed))
          .map((group) => group.stepName),
      ),
    });
  }, [leftDocument, rightDocument, steps, parameters, metrics]);
  const graphDecorations = useMemo(() => Object.fromEntries(decorations), [decorations]);
  const drawn = rightDocument ?? leftDocument;

  return (
    <section className="compare__section" aria-labelledby="compare-graph">
      <h3 id="compare-graph">What changed, step by step</h3>
      {loading && <p className="compare__muted">Loading the pipelines…</p>}
      {!loading && drawn === undefined && (
        <p className="compare__muted">The pipelines these executions ran could not be loaded.</p>
      )}
      {drawn !== undefined && (
        <div className="compare__graph">
          <ExecutionGraph
            document={drawn}
            decorations={graphDecorations}
            onStepClick={(name) =>
              navigate(`/executions/${rightExecutionId}/steps/${encodeURIComponent(name)}`)
            }
            ariaLabel="Steps of B, marked by what changed since A"
          />
        </div>
      )}
      {decorations.size > 0 && <ChangeList decorations={decorations} />}
    </section>
  );
}

function ChangeList({ decorations }: { decorations: Map<string, StepChangeDecoration> }) {
  return (
    <ul className="compare__changes" aria-label="Steps by what changed">
      {[...decorations].map(([name, decoration]) => (
        <li key={name} className={`compare__change compare__change--${decoration.tone}`}>
          <span className="compare__change-name">{name}</span>
          <span className="compare__change-what">{decoration.label}</span>
          {decoration.badges && (
            <span className="compare__muted">what changed: {decoration.badges.join(', ')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
