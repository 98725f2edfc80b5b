import type { ExecutionSummary, PipelineDocument } from '@pipewright/shared';
import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import { ExecutionGraph } from '../execution-graph/ExecutionGraph';
import type { StepDecoration } from '../execution-graph/step-decoration';
import { StartRunDialog } from '../start-run/StartRunDialog';

/**
 * The run on the pipeline's graph. A click opens the step; in "pick steps" mode a click picks
 * it instead, and "Run selected" starts a selective execution reusing this run's results.
 */
export function GraphTab({
  summary,
  document,
  decorations,
  selectedStep,
}: {
  summary: ExecutionSummary;
  document: PipelineDocument;
  decorations: Record<string, StepDecoration>;
  selectedStep: string | undefined;
}) {
  const [, navigate] = useLocation();
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  const [starting, setStarting] = useState(false);
  const id = summary.PipelineExecutionId;

  const onStepClick = useCallback(
    (name: string) => {
      if (picked) {
        const next = new Set(picked);
        if (next.has(name)) next.delete(name);
        else next.add(name);
        setPicked(next);
      } else {
        navigate(`/executions/${encodeURIComponent(id)}/steps/${encodeURIComponent(name)}`);
      }
    },
    [picked, navigate, id],
  );

  return (
    <div className="pw-run-graph">
      <div className="pw-run-graph__toolbar">
        <button
          type="button"
          className="button"
          aria-pressed={picked !== null}
          onClick={() => setPicked(picked ? null : new Set())}
        >
          {picked ? 'Cancel picking' : 'Pick steps to run'}
        </button>
        {picked && (
          <>
            <span className="pw-run-graph__hint" role="status">
              {picked.size === 0
                ? 'Click steps to pick them. The others reuse this run’s results.'
                : `${picked.size} step${picked.size === 1 ? '' : 's'} picked`}
            </span>
            <button
              type="button"
              className="button button--primary"
              disabled={picked.size === 0}
              onClick={() => setStarting(true)}
            >
              Run selected
            </button>
          </>
        )}
      </div>
      <ExecutionGraph
        document={document}
        decorations={decorations}
        {...(selectedStep !== undefined && { selectedStep })}
        onStepClick={onStepClick}
        {...(picked && { pickedSteps: picked })}
        ariaLabel={`Steps of ${summary.PipelineExecutionDisplayName}`}
      />
      <StartRunDialog
        pipelineName={summary.PipelineName}
        open={starting}
        onClose={() => setStarting(false)}
        initialParameters={Object.fromEntries(summary.Parameters.map((p) => [p.Name, p.Value]))}
        selectedSteps={[...(picked ?? [])]}
        sourceExecutionArn={summary.PipelineExecutionArn}
        title="Run selected steps"
      />
    </div>
  );
}
