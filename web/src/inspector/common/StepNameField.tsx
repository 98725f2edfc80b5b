import { renameStep } from '@pipewright/shared';
import { useId, useState } from 'react';
import { useDocumentStoreApi } from '../../stores/DocumentStoreProvider';
import { useStepForm } from '../edit/StepFormContext';
import { controlProps } from '../fields/Field';
import { ProblemList } from '../fields/ProblemList';
import { useFieldProblems } from '../fields/useFieldProblems';

/**
 * The step's name. It is renamed when the field is left (or on Enter), through `renameStep`, so
 * DependsOn entries, `Steps.<name>` references and the canvas position follow; a refused name
 * stays in the field with the reason beside it.
 */
export function StepNameField() {
  const form = useStepForm();
  const store = useDocumentStoreApi();
  const id = useId();
  const pointer = `${form.pointer}/Name`;
  const problems = useFieldProblems(pointer);
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft === form.name) {
      setDraft(null);
      setRefusal(null);
      return;
    }
    const result = renameStep(store.getState().document, form.name, draft);
    if (!result.ok) {
      setRefusal(result.reason);
      return;
    }
    form.edit.apply(() => result.document);
    store.getState().select({ steps: [draft], notes: [] });
    setDraft(null);
    setRefusal(null);
  };
  const refusalId = `${id}-refusal`;
  const control = controlProps(id, problems, refusal ? refusalId : undefined);
  return (
    <div className="insp-field" data-pointer={pointer}>
      <label className="insp-field__label" htmlFor={id}>
        Step name
      </label>
      <input
        {...control}
        className="insp-input insp-input--mono"
        aria-invalid={control['aria-invalid'] || refusal !== null || undefined}
        value={draft ?? form.name}
        spellCheck={false}
        onChange={(event) => {
          setDraft(event.target.value);
          setRefusal(null);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            setDraft(null);
            setRefusal(null);
          }
        }}
      />
      {refusal ? (
        <p
          id={refusalId}
          role="alert"
          className="insp-field-problems__item insp-field-problems__item--error"
        >
          {refusal}
        </p>
      ) : (
        <p className="insp-field__help">References to this step follow a rename.</p>
      )}
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </div>
  );
}
