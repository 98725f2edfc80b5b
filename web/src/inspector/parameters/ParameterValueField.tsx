import type { ParameterType, ParameterValue } from '@pipewright/shared';
import { useState } from 'react';
import { Field } from '../fields/Field';
import { parameterValueFromText } from './parameter-edits';

/** A parameter's default or allowed value, typed by the parameter: a menu for Boolean. */
export function ParameterValueField({
  label,
  pointer,
  type,
  value,
  onChange,
  placeholder,
  hideLabel = false,
}: {
  label: string;
  pointer: string;
  type: ParameterType;
  value: ParameterValue | undefined;
  onChange: (value: ParameterValue | undefined) => void;
  placeholder?: string;
  hideLabel?: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Field label={label} pointer={pointer} className={hideLabel ? 'insp-field--bare' : undefined}>
      {(control) =>
        type === 'Boolean' ? (
          <select
            {...control}
            className="insp-input"
            value={value === undefined ? '' : String(value)}
            onChange={(event) =>
              onChange(event.target.value === '' ? undefined : event.target.value === 'true')
            }
          >
            <option value="">{placeholder ? '(none)' : ''}</option>
            <option value="true">true</option>
            <option value="false">false</option>
          </select>
        ) : (
          <input
            {...control}
            className="insp-input insp-input--mono"
            inputMode={type === 'String' ? undefined : 'decimal'}
            placeholder={placeholder}
            value={draft ?? (value === undefined ? '' : String(value))}
            onChange={(event) => {
              const text = event.target.value;
              setDraft(text);
              onChange(text === '' ? undefined : parameterValueFromText(text, type));
            }}
            onBlur={() => setDraft(null)}
          />
        )
      }
    </Field>
  );
}
