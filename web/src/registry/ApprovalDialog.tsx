import type { ModelPackageDescription } from '@pipewright/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { decideApproval, registryQueries } from '../api/registry.queries';
import { Dialog } from '../ui/Dialog';
import { approvalStatusLabels } from './approval-counts';

export type Decision = 'Approved' | 'Rejected';

/**
 * Confirms an approval or a rejection, with a note (a rejection needs one, so the next person
 * knows why). Nothing changes on screen until the server answers; then the registry is fetched
 * again, so every list shows the new status.
 */
export function ApprovalDialog({
  model,
  decision,
  onClose,
  onDecided,
}: {
  model: ModelPackageDescription;
  decision: Decision;
  onClose: () => void;
  onDecided: (model: ModelPackageDescription) => void;
}) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const noteId = useId();
  const helpId = useId();
  const rejecting = decision === 'Rejected';
  const missingReason = rejecting && note.trim() === '';
  const name = `${model.ModelPackageGroupName} version ${model.ModelPackageVersion}`;
  const verb = rejecting ? 'Reject' : 'Approve';

  const mutation = useMutation({
    mutationFn: () =>
      decideApproval(model.ModelPackageGroupName, model.ModelPackageVersion, {
        status: decision,
        ...(note.trim() && { note: note.trim() }),
      }),
    onSuccess: async (decided) => {
      await queryClient.invalidateQueries({ queryKey: registryQueries.all() });
      onDecided(decided);
    },
  });

  return (
    <Dialog title={`${verb} ${name}?`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!missingReason) mutation.mutate();
        }}
      >
        <p>
          Its status changes from{' '}
          <strong>{approvalStatusLabels[model.ModelApprovalStatus].toLowerCase()}</strong> to{' '}
          <strong>{approvalStatusLabels[decision].toLowerCase()}</strong>. Anything that deploys
          approved versions of this group will see the change.
        </p>
        <label className="field" htmlFor={noteId}>
          <span className="field__label">
            {rejecting ? 'Reason (required)' : 'Note (optional)'}
          </span>
          <textarea
            id={noteId}
            className="field__input"
            rows={3}
            maxLength={1024}
            value={note}
            aria-invalid={tried && missingReason}
            aria-describedby={helpId}
            onChange={(event) => setNote(event.target.value)}
          />
          <span
            id={helpId}
            className={tried && missingReason ? 'field__help field__error' : 'field__help'}
          >
            {tried && missingReason
              ? 'Say why it is rejected, so the next person knows.'
              : 'Kept in the approval history as the reason for this decision.'}
          </span>
        </label>
        {mutation.isError && (
          <p className="callout callout--error" role="alert">
            Could not {verb.toLowerCase()} the version: {mutation.error.message}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={rejecting ? 'button button--danger' : 'button button--primary'}
            disabled={mutation.isPending}
          >
            {mutation.isPending
              ? `${verb === 'Reject' ? 'Rejecting' : 'Approving'}…`
              : `${verb} version ${model.ModelPackageVersion}`}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
