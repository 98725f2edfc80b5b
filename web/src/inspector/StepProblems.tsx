import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore, useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { diagnosticsOf } from '../stores/document-store';
import { problemsAt } from './fields/field-problems';

/**
 * Every problem of the step, above its form: each one takes you to its field (or to the JSON tab
 * when no field shows it), so nothing wrong is ever out of sight.
 */
export function StepProblems({ name, pointer }: { name: string; pointer: string }) {
  const store = useDocumentStoreApi();
  const problems = useDocumentStore(
    useShallow((state) => problemsAt(diagnosticsOf(state.document), pointer)),
  );
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = [
    errors > 0 && `${errors} error${errors === 1 ? '' : 's'}`,
    warnings > 0 && `${warnings} warning${warnings === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <details className={`insp-step-problems ${errors > 0 ? 'insp-step-problems--error' : ''}`}>
      <summary>{summary} in this step</summary>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <button
              type="button"
              className="insp-link-button insp-step-problems__item"
              onClick={() =>
                store.getState().select({ steps: [name], notes: [], field: problem.pointer })
              }
            >
              {problem.message}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
