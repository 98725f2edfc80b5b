import { hasErrors } from '@pipewright/shared';
import { useState } from 'react';
import { PipelineNameField } from '../designer/PipelineNameField';
import { useDesignerUi } from '../designer/designer-ui-store';
import { formatTime } from '../designer/load-document';
import { pipelineNameProblem } from '../designer/pipeline-name';
import { useDiagnostics, useDocumentStore } from '../stores/DocumentStoreProvider';
import { Dialog } from '../ui/Dialog';
import { useSavePipeline } from './useSavePipeline';

/** Asks for a message (and a name, the first time), then saves as a new version. */
export function SaveDialog({ onClose }: { onClose: () => void }) {
  const { state, save, saveAnyway, discardMine } = useSavePipeline(onClose);
  const pipelineName = useDocumentStore((s) => s.pipelineName);
  const proposedName = useDesignerUi((s) => s.proposedName);
  const diagnostics = useDiagnostics();
  const [message, setMessage] = useState('');
  const busy = state.kind === 'saving';

  if (state.kind === 'conflict') {
    const { check } = state;
    return (
      <Dialog title="A newer version was saved" onClose={onClose}>
        <p>
          Version {check.latestVersion} of “{pipelineName}” was saved at{' '}
          {formatTime(check.latestSavedAt)}, after the version you started from
          {check.baseVersion === null ? '' : ` (${check.baseVersion})`}, perhaps in another tab.
          Saving now adds your document after it as a new version; the changes in version{' '}
          {check.latestVersion} are not merged into yours.
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void discardMine()}
          >
            Open the latest (discard mine)
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void saveAnyway(state.message)}
          >
            Save anyway as a new version
          </button>
        </div>
      </Dialog>
    );
  }

  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  const nameProblem = pipelineName === null ? pipelineNameProblem(proposedName.trim()) : null;
  const blocked = hasErrors(diagnostics) || nameProblem !== null;
  return (
    <Dialog
      title={pipelineName === null ? 'Save the new pipeline' : `Save “${pipelineName}”`}
      onClose={onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!blocked && !busy) void save(message.trim());
        }}
      >
        <p className="field__help">
          {pipelineName === null
            ? 'Saving creates the pipeline on the server as version 1.'
            : 'Saving adds a new version; earlier versions stay as they were.'}
        </p>
        {pipelineName === null && <PipelineNameField label="Name" />}
        <label className="field">
          <span className="field__label">Message (optional)</span>
          <input
            className="field__input"
            value={message}
            maxLength={1024}
            placeholder="What changed?"
            onChange={(event) => setMessage(event.target.value)}
          />
        </label>
        {errorCount > 0 && (
          <p className="callout callout--error">
            The pipeline has {errorCount} error{errorCount === 1 ? '' : 's'}, and the server only
            keeps pipelines without errors. Fix {errorCount === 1 ? 'it' : 'them'} first (the
            Problems panel lists them); your changes stay in this browser’s draft meanwhile.
          </p>
        )}
        {state.kind === 'failed' && (
          <div className="callout callout--error" role="alert">
            {state.message}
            {state.problems.length > 0 && (
              <ul>
                {state.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={blocked || busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
