import { isExecutionFinished } from '@pipewright/shared';
import type { StepDecoration } from '../execution-graph/step-decoration';
import type { ExecutionView } from './execution-view';
import { StepTimeline } from './timeline/StepTimeline';
import { useStepAttempts } from './timeline/useStepAttempts';
import { useNow } from '../runs/useNow';

/** The timeline tab: fetches the attempts and keeps running bars growing. */
export function TimelineTab({
  executionId,
  document,
  view,
  decorations,
}: {
  executionId: string;
  document: unknown;
  view: ExecutionView;
  decorations: Readonly<Record<string, StepDecoration>>;
}) {
  const running = !isExecutionFinished(view.status);
  const attempts = useStepAttempts(executionId);
  const now = useNow(running);
  if (attempts.error) {
    return (
      <p className="pw-run-alert" role="alert">
        The timeline could not be loaded: {attempts.error.message}
      </p>
    );
  }
  if (!attempts.data) return <p className="pw-run-muted">Loading the timeline…</p>;
  return (
    <StepTimeline
      executionId={executionId}
      document={document}
      attempts={attempts.data.attempts}
      decorations={decorations}
      startTime={view.startTime}
      endTime={view.endTime}
      now={now}
    />
  );
}
