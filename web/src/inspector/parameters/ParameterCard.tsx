import {
  type Parameter,
  type ParameterType,
  type ParameterValue,
  joinPointer,
  parameterTypes,
  removeParameter,
  upsertParameter,
} from '@pipewright/shared';
import { useDocumentStore } from '../../stores/DocumentStoreProvider';
import type { DocumentEdit } from '../edit/useDocumentEdit';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { ParameterNameField } from './ParameterNameField';
import { ParameterValueField } from './ParameterValueField';
import { changeParameterType, parameterUses } from './parameter-edits';

/** One parameter: name, type, default, allowed values and description, and a delete button. */
export function ParameterCard({
  parameter,
  index,
  edit,
}: {
  parameter: Parameter;
  index: number;
  edit: DocumentEdit;
}) {
  const pointer = joinPointer('/Parameters', index);
  const name = parameter.Name;
  const type: ParameterType = parameter.Type ?? 'String';
  const uses = useDocumentStore((state) => parameterUses(state.document, name));
  const update = (change: (parameter: Parameter) => Parameter, group?: string) =>
    edit.apply((document) => {
      const current = document.Parameters?.[index];
      return current ? upsertParameter(document, change(current), current.Name) : document;
    }, group);
  const setEnum = (values: ParameterValue[] | undefined) =>
    update(
      ({ EnumValues: _old, ...rest }) => (values ? { ...rest, EnumValues: values } : rest),
      joinPointer(pointer, 'EnumValues'),
    );
  return (
    <fieldset className="insp-parameter" data-pointer={pointer}>
      <legend className="insp-parameter__legend">
        <span className="insp-input--mono">{name}</span> <span className="insp-badge">{type}</span>
      </legend>
      <div className="insp-field-row">
        <ParameterNameField name={name} pointer={joinPointer(pointer, 'Name')} edit={edit} />
        <SelectField
          label="Type"
          pointer={joinPointer(pointer, 'Type')}
          value={type}
          options={parameterTypes}
          onChange={(next) =>
            update((current) => changeParameterType(current, (next ?? 'String') as ParameterType))
          }
        />
      </div>
      <ParameterValueField
        label="Default value"
        pointer={joinPointer(pointer, 'DefaultValue')}
        type={type}
        value={parameter.DefaultValue}
        placeholder="none: a run must give a value"
        onChange={(value) =>
          update(
            ({ DefaultValue: _old, ...rest }) =>
              value === undefined ? rest : { ...rest, DefaultValue: value },
            joinPointer(pointer, 'DefaultValue'),
          )
        }
      />
      <fieldset
        className="insp-list-field insp-list-field--compact"
        data-pointer={joinPointer(pointer, 'EnumValues')}
      >
        <legend className="insp-list-field__legend">Allowed values</legend>
        {(parameter.EnumValues ?? []).length === 0 && (
          <p className="insp-list-field__empty">Any value of the type.</p>
        )}
        {(parameter.EnumValues ?? []).map((value, at) => (
          <div key={at} className="insp-expr__row">
            <ParameterValueField
              label={`Allowed value ${at + 1} of ${name}`}
              hideLabel
              pointer={joinPointer(pointer, 'EnumValues', at)}
              type={type}
              value={value}
              onChange={(next) =>
                setEnum(
                  (parameter.EnumValues ?? []).map((old, position) =>
                    position === at ? (next ?? '') : old,
                  ),
                )
              }
            />
            <button
              type="button"
              className="insp-icon-button"
              aria-label={`Remove allowed value ${at + 1} of ${name}`}
              onClick={() => {
                const rest = (parameter.EnumValues ?? []).filter((_, position) => position !== at);
                setEnum(rest.length > 0 ? rest : undefined);
              }}
            >
              −
            </button>
          </div>
        ))}
        <button
          type="button"
          className="insp-add-button"
          aria-label={`Add an allowed value to ${name}`}
          onClick={() =>
            setEnum([
              ...(parameter.EnumValues ?? []),
              type === 'Boolean' ? true : type === 'String' ? '' : 0,
            ])
          }
        >
          + Allowed value
        </button>
      </fieldset>
      <TextField
        label="Description"
        pointer={joinPointer(pointer, 'Description')}
        value={parameter.Description ?? ''}
        onChange={(text) =>
          update(
            ({ Description: _old, ...rest }) =>
              text === '' ? rest : { ...rest, Description: text },
            joinPointer(pointer, 'Description'),
          )
        }
      />
      <div className="insp-parameter__footer">
        <span className="insp-field__help">
          {uses === 0 ? 'Not used yet.' : `Used by ${uses} reference${uses === 1 ? '' : 's'}.`}
        </span>
        <button
          type="button"
          className="insp-link-button insp-link-button--danger"
          aria-label={`Delete parameter ${name}`}
          onClick={() => edit.apply((document) => removeParameter(document, name))}
        >
          Delete
        </button>
      </div>
    </fieldset>
  );
}
