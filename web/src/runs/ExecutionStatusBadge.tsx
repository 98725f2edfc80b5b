import type { ExecutionStatus } from '@pipewright/shared';
import { ToneIcon } from '../execution-graph/ToneIcon';
import type { DecorationTone } from '../execution-graph/step-decoration';
import './execution-status-badge.css';

const toneOf: Record<ExecutionStatus, DecorationTone> = {
  Executing: 'running',
  Stopping: 'running',
  Stopped: 'stopped',
  Failed: 'failed',
  Succeeded: 'succeeded',
};

/**
 * An execution's status as colour, icon and word, so none of them is needed alone. With
 * `announce` a change is read out (the one badge of a page header); rows of a table stay quiet,
 * or every live change would be.
 */
export function ExecutionStatusBadge({
  status,
  announce = false,
}: {
  status: ExecutionStatus;
  announce?: boolean;
}) {
  return (
    <span
      className="execution-status-badge"
      data-tone={toneOf[status]}
      {...(announce && { role: 'status' })}
    >
      <ToneIcon tone={toneOf[status]} size={14} />
      {status}
    </span>
  );
}
