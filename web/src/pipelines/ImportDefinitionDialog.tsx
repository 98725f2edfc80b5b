import { flattenDocument } from '@pipewright/shared';
import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { pipelineNameProblem } from '../designer/pipeline-name';
import type { ImportResult } from '../files/import-pipeline';
import { pendingImportState } from '../files/pending-import';
import { Dialog } from '../ui/Dialog';

/**
 * After picking a definition file (`ImportDefinitionButton`): what was read, and a name for the
 * new pipeline. Opening it puts it in the designer unsaved, so it can be fixed before the first
 * save.
 */
export function ImportDefinitionDialog({
  fileName,
  result,
  suggestedName,
  takenNames,
  onClose,
}: {
  fileName: string;
  result: ImportResult;
  suggestedName: string;
  takenNames: ReadonlySet<string>;
  onClose: () => void;
}) {
  const [, navigate] = useLocation();
  const [name, setName] = useState(suggestedName);
  const problemId = useId();

  if (!result.ok) {
    return (
      <Dialog title={`Could not import ${fileName}`} onClose={onClose}>
        <p className="callout callout--error">{result.message}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  const trimmed = name.trim();
  const problem =
    pipelineNameProblem(trimmed) ??
    (takenNames.has(trimmed) ? `A pipeline named “${trimmed}” already exists.` : null);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <Dialog title="Import a SageMaker definition" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (problem) return;
          navigate('/new', {
            state: pendingImportState({ document: result.document, name: trimmed, fileName }),
          });
        }}
      >
        <p>
          {fileName}: a{' '}
          {result.format === 'native' ? 'Pipewright document' : 'SageMaker definition'} with{' '}
          {flattenDocument(result.document).length} steps
          {errors === 0
            ? ' and no errors.'
            : ` and ${errors} error${errors === 1 ? '' : 's'} to fix in the designer before saving.`}
        </p>
        <label className="field">
          <span className="field__label">Pipeline name</span>
          <input
            className="field__input"
            value={name}
            spellCheck={false}
            aria-invalid={problem !== null}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {problem && (
            <span id={problemId} className="field__error">
              {problem}
            </span>
          )}
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={problem !== null}>
            Open in the designer
          </button>
        </div>
      </form>
    </Dialog>
  );
}
