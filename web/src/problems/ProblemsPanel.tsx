import type { Diagnostic } from '@pipewright/shared';
import { useMemo } from 'react';
import {
  useDiagnostics,
  useDocumentStore,
  useDocumentStoreApi,
} from '../stores/DocumentStoreProvider';
import './problems.css';
import { sortDiagnostics } from './sort-diagnostics';

/**
 * The live diagnostics of the document, errors first. Choosing one selects its step and the
 * field it is about, so the canvas and the inspector show where to fix it.
 */
export function ProblemsPanel() {
  const diagnostics = useDiagnostics();
  const sorted = useMemo(() => sortDiagnostics(diagnostics), [diagnostics]);
  const store = useDocumentStoreApi();
  const selectedField = useDocumentStore((state) => state.selection.field);

  if (sorted.length === 0) {
    return (
      <p className="problems__empty">
        <span className="problems__ok" aria-hidden="true">
          ✓
        </span>
        No problems: the pipeline is valid.
      </p>
    );
  }
  return (
    <ul className="problems" aria-label="Problems">
      {sorted.map((diagnostic, index) => (
        <li key={`${diagnostic.pointer}|${diagnostic.code}|${index}`}>
          <ProblemRow
            diagnostic={diagnostic}
            selected={selectedField === diagnostic.pointer}
            onSelect={() =>
              store.getState().select({
                steps: diagnostic.stepName ? [diagnostic.stepName] : [],
                field: diagnostic.pointer,
              })
            }
          />
        </li>
      ))}
    </ul>
  );
}

function ProblemRow({
  diagnostic,
  selected,
  onSelect,
}: {
  diagnostic: Diagnostic;
  selected: boolean;
  onSelect: () => void;
}) {
  const isError = diagnostic.severity === 'error';
  return (
    <button
      type="button"
      className="problem"
      data-severity={diagnostic.severity}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
    >
      <span className="problem__icon" role="img" aria-label={isError ? 'Error' : 'Warning'}>
        {isError ? '✕' : '!'}
      </span>
      <span className="problem__main">
        <span className="problem__message">{diagnostic.message}</span>
        {diagnostic.hint && <span className="problem__hint">{diagnostic.hint}</span>}
      </span>
      <span className="problem__where">
        {diagnostic.stepName && <span className="problem__step">{diagnostic.stepName}</span>}
        <code className="problem__code">{diagnostic.code}</code>
      </span>
    </button>
  );
}
