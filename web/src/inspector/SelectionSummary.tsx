import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../stores/DocumentStoreProvider';
import { findStepNode } from './edit/step-lookup';

/** Several things selected: what they are, and how to edit one. */
export function SelectionSummary({ steps, notes }: { steps: string[]; notes: number }) {
  const types = useDocumentStore(
    useShallow((state) => steps.map((name) => findStepNode(state.document, name)?.type ?? '?')),
  );
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  const parts = [
    steps.length > 0 && `${steps.length} step${steps.length === 1 ? '' : 's'}`,
    notes > 0 && `${notes} note${notes === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return (
    <div className="insp-selection-summary">
      <header className="inspector__header">
        <p className="inspector__kind">Selection</p>
        <h2 className="inspector__title">{parts.join(' and ')} selected</h2>
      </header>
      {steps.length > 0 && (
        <>
          <ul className="insp-selection-summary__types" aria-label="Selected step types">
            {[...counts].map(([type, count]) => (
              <li key={type}>
                <span className="insp-badge">{type}</span> × {count}
              </li>
            ))}
          </ul>
          <ul className="insp-selection-summary__names" aria-label="Selected steps">
            {steps.map((name) => (
              <li key={name} className="insp-input--mono">
                {name}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="insp-field__help">
        Select a single step to edit it. Delete, copy or move the selection on the canvas.
      </p>
    </div>
  );
}
