import type { ExecutionStatus } from '@pipewright/shared';
import { ToneIcon } from '../execution-graph/ToneIcon';
import type { DecorationTone } from '../execution-graph/step-decoration';

const toneOf: Record<ExecutionStatus, DecorationTone> = {
  Executing: 'running',
  Stopping: 'running',
  Stopped: 'stopped',
  Failed: 'failed',
  Succeeded: 'succeeded',
};

/** An execution's status in colour, icon and words; announced when it changes. */
export function ExecutionStatusBadge({ status }: { status: ExecutionStatus }) {
  return (
    <span className="pw-run-status" data-tone={toneOf[status]} role="status">
      <ToneIcon tone={toneOf[status]} />
      {status}
    </span>
  );
}
