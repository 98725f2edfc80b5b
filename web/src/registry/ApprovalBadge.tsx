import type { ModelApprovalStatus } from '@pipewright/shared';
import { approvalStatusLabels } from './approval-counts';

const toneOf: Record<ModelApprovalStatus, string> = {
  PendingManualApproval: 'wait',
  Approved: 'ok',
  Rejected: 'bad',
};

const markOf: Record<ModelApprovalStatus, string> = {
  PendingManualApproval: '◷',
  Approved: '✓',
  Rejected: '✕',
};

/** An approval status in colour, with a mark and words so it never rests on colour alone. */
export function ApprovalBadge({ status }: { status: ModelApprovalStatus }) {
  return (
    <span className={`approval-badge approval-badge--${toneOf[status]}`}>
      <span aria-hidden="true">{markOf[status]}</span> {approvalStatusLabels[status]}
    </span>
  );
}
