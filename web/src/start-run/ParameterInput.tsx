import { useId } from 'react';
import { type ParameterField, valueText } from './parameter-form';

/**
 * One parameter's field: a text box for String, Integer and Float, a checkbox for Boolean, a
 * choice for EnumValues. Its error sits under it and is tied to it with aria-describedby.
 */
export function ParameterInput({
  field,
  text,
  error,
  onChange,
}: {
  field: ParameterField;
  text: string;
  error: string | undefined;
  onChange: (text: string) => void;
}) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [field.description && helpId, error && errorId].filter(Boolean).join(' ');
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
  const typeLabel = <span className="start-run__type">{field.type}</span>;

  if (field.type === 'Boolean' && !field.options) {
    return (
      <div className="field start-run__param">
        <label className="start-run__check" htmlFor={id}>
          <input
            {...common}
            type="checkbox"
            checked={text === 'true'}
            onChange={(event) => onChange(event.target.checked ? 'true' : 'false')}
          />
          <span className="field__label">{field.name}</span>
          {typeLabel}
        </label>
        {field.description && (
          <span id={helpId} className="field__help">
            {field.description}
          </span>
        )}
      </div>
    );
  }

  return (
    <div className="field start-run__param">
      <label className="start-run__label" htmlFor={id}>
        <span className="field__label">{field.name}</span>
        {typeLabel}
      </label>
      {field.options ? (
        <select
          {...common}
          className="field__input"
          value={text}
          onChange={(event) => onChange(event.target.value)}
        >
          {(field.defaultValue === undefined || !field.options.includes(field.defaultValue)) && (
            <option value="">Choose…</option>
          )}
          {field.options.map((option) => (
            <option key={String(option)} value={String(option)}>
              {String(option)}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          className="field__input"
          inputMode={
            field.type === 'Integer' ? 'numeric' : field.type === 'Float' ? 'decimal' : undefined
          }
          spellCheck={false}
          autoComplete="off"
          value={text}
          placeholder={
            field.defaultValue === undefined
              ? 'Required'
              : `Default: ${valueText(field.defaultValue)}`
          }
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {field.description && (
        <span id={helpId} className="field__help">
          {field.description}
        </span>
      )}
      {error && (
        <span id={errorId} className="field__help field__error">
          {error}
        </span>
      )}
    </div>
  );
}
