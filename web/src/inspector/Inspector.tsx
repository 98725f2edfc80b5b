import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../stores/DocumentStoreProvider';
import { ParametersPanel } from './parameters/ParametersPanel';
import { SelectionSummary } from './SelectionSummary';
import { StepInspector } from './StepInspector';
import './inspector.css';
import './inspector-controls.css';
import './inspector-groups.css';

/**
 * The right-hand panel: the pipeline's parameters when nothing is selected, the selected step's
 * form and JSON when one step is, a summary when several things are.
 */
export function Inspector() {
  const { steps, notes } = useDocumentStore(
    useShallow((state) => ({ steps: state.selection.steps, notes: state.selection.notes.length })),
  );
  const single = steps.length === 1 && notes === 0 ? steps[0] : undefined;
  return (
    <aside className="inspector" aria-label="Inspector">
      {single !== undefined ? (
        // Keyed by name: another step starts with its own tab and drafts.
        <StepInspector key={single} name={single} />
      ) : steps.length + notes > 0 ? (
        <SelectionSummary steps={steps} notes={notes} />
      ) : (
        <ParametersPanel />
      )}
    </aside>
  );
}
