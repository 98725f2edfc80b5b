import type { ModelPackageDescription } from '@pipewright/shared';
import { formatDateTime } from '../runs/format-time';
import { ApprovalBadge } from './ApprovalBadge';
import { approvalStatusLabels } from './approval-counts';

/** Every decision on a version, newest first, ending with its registration. */
export function ApprovalHistory({ model }: { model: ModelPackageDescription }) {
  const decisions = [...model.approvalHistory].reverse();
  const registeredAs = model.approvalHistory[0]?.previousStatus ?? model.ModelApprovalStatus;
  return (
    <ol className="registry__history" aria-label="Approval history">
      {decisions.map((decision, index) => (
        <li key={`${decision.at}-${index}`}>
          <div className="registry__history-head">
            <ApprovalBadge status={decision.status} />
            <span>
              by <strong>{decision.by}</strong> on{' '}
              <time dateTime={decision.at}>{formatDateTime(decision.at)}</time>, was{' '}
              {approvalStatusLabels[decision.previousStatus].toLowerCase()}
            </span>
          </div>
          {decision.note ? (
            <p className="registry__note">{decision.note}</p>
          ) : (
            <p className="registry__muted">No note.</p>
          )}
        </li>
      ))}
      <li>
        <div className="registry__history-head">
          <span className="registry__muted">Registered</span>
          <span>
            as {approvalStatusLabels[registeredAs].toLowerCase()} on{' '}
            <time dateTime={model.CreationTime}>{formatDateTime(model.CreationTime)}</time>
          </span>
        </div>
      </li>
    </ol>
  );
}
