import { type Parameter, upsertParameter } from '@pipewright/shared';
import { useDocumentStore } from '../../stores/DocumentStoreProvider';
import { useDocumentEdit } from '../edit/useDocumentEdit';
import { ParameterCard } from './ParameterCard';
import { newParameter } from './parameter-edits';

const noParameters: readonly Parameter[] = [];

/** With nothing selected: the pipeline's parameters, the values a run can be started with. */
export function ParametersPanel() {
  const edit = useDocumentEdit();
  // A stable empty list: a fresh `[]` per read would make zustand re-render forever.
  const parameters = useDocumentStore((state) => state.document.Parameters) ?? noParameters;
  return (
    <div className="insp-parameters" onBlur={edit.endGroup}>
      <header className="inspector__header">
        <p className="inspector__kind">Pipeline</p>
        <h2 className="inspector__title">Parameters</h2>
      </header>
      <p className="insp-field__help">
        Values a run starts with. Steps read them through a reference (ƒx); renaming one updates
        every reference.
      </p>
      {parameters.length === 0 && <p className="insp-list-field__empty">No parameters yet.</p>}
      <ul className="insp-parameters__list">
        {parameters.map((parameter, index) => (
          <li key={index}>
            <ParameterCard parameter={parameter} index={index} edit={edit} />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="insp-button"
        onClick={() => edit.apply((document) => upsertParameter(document, newParameter(document)))}
      >
        + Add parameter
      </button>
      <p className="insp-field__help">Select a step on the canvas to edit it.</p>
    </div>
  );
}
