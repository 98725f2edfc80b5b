import { useId } from 'react';
import { useDesignerUi } from './designer-ui-store';
import { pipelineNameProblem } from './pipeline-name';

/**
 * The name of a pipeline that is not saved yet. The problem shows only once something is typed:
 * an empty field on a fresh page is not yet a mistake.
 */
export function PipelineNameField({ label }: { label: string }) {
  const name = useDesignerUi((state) => state.proposedName);
  const setName = useDesignerUi((state) => state.setProposedName);
  const problemId = useId();
  const problem = name === '' ? null : pipelineNameProblem(name);
  return (
    <label className="name-field">
      <span className="name-field__label">{label}</span>
      <input
        className="field__input name-field__input"
        value={name}
        placeholder="my-pipeline"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      {problem && (
        <span id={problemId} className="field__error name-field__problem">
          {problem}
        </span>
      )}
    </label>
  );
}
