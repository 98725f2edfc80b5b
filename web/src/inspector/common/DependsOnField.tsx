import { connectSteps, createPipelineGraph, disconnectSteps } from '@pipewright/shared';
import { useId, useMemo, useState } from 'react';
import { useDocumentStore, useDocumentStoreApi } from '../../stores/DocumentStoreProvider';
import { useStepForm } from '../edit/StepFormContext';
import { ProblemList } from '../fields/ProblemList';
import { useFieldProblems } from '../fields/useFieldProblems';

/**
 * The steps this one waits for (DependsOn). Adding goes through `connectSteps`, which refuses a
 * cycle or a Fail step with a sentence; the menu offers only steps that can be added.
 */
export function DependsOnField() {
  const form = useStepForm();
  const store = useDocumentStoreApi();
  const id = useId();
  const pointer = `${form.pointer}/DependsOn`;
  const problems = useFieldProblems(pointer);
  const [refusal, setRefusal] = useState<string | null>(null);
  const dependsOn = dependsOnOf(form.step);
  const document = useDocumentStore((state) => state.document);
  const candidates = useMemo(() => {
    const current = dependsOnOf(form.step);
    const graph = createPipelineGraph(document);
    const downstream = graph.downstream(form.name);
    return graph.nodes
      .filter(
        (node) =>
          node.name !== form.name &&
          node.name !== '' &&
          node.type !== 'Fail' &&
          !downstream.has(node.name) &&
          !current.includes(node.name),
      )
      .map((node) => node.name);
  }, [document, form.name, form.step]);
  const add = (name: string) => {
    const result = connectSteps(store.getState().document, name, form.name);
    if (!result.ok) {
      setRefusal(result.reason);
      return;
    }
    setRefusal(null);
    form.edit.apply(() => result.document);
  };
  return (
    <div className="insp-field" data-pointer={pointer}>
      <span className="insp-field__label" id={`${id}-label`}>
        Runs after (DependsOn)
      </span>
      {dependsOn.length === 0 ? (
        <p className="insp-field__help">
          No explicit dependencies; references to other steps add their own.
        </p>
      ) : (
        <ul className="insp-chips" aria-labelledby={`${id}-label`}>
          {dependsOn.map((name, index) => (
            <li key={index} className="insp-chip" data-pointer={`${pointer}/${index}`}>
              <span className="insp-chip__text">{String(name)}</span>
              <button
                type="button"
                className="insp-chip__remove"
                aria-label={`Remove dependency on ${String(name)}`}
                onClick={() =>
                  form.edit.apply((current) => disconnectSteps(current, String(name), form.name))
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        className="insp-input"
        aria-label="Add a dependency"
        aria-describedby={problems.problemsId}
        aria-invalid={problems.invalid || undefined}
        value=""
        disabled={candidates.length === 0}
        onChange={(event) => event.target.value && add(event.target.value)}
      >
        <option value="">
          {candidates.length === 0 ? 'No step to add' : 'Add a step to wait for…'}
        </option>
        {candidates.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      {refusal && (
        <p role="alert" className="insp-field-problems__item insp-field-problems__item--error">
          {refusal}
        </p>
      )}
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </div>
  );
}

function dependsOnOf(step: Record<string, unknown>): unknown[] {
  return Array.isArray(step.DependsOn) ? step.DependsOn : [];
}
