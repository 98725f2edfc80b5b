import type { ReactNode } from 'react';
import { Field } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A choice among known values. A value the list does not know (an import from a newer SDK) is
 * still shown and kept, so opening a step never changes it.
 */
export function SelectField({
  label,
  pointer,
  value,
  options,
  onChange,
  empty,
  help,
}: {
  label: string;
  pointer: string;
  value: string | undefined;
  options: readonly (string | SelectOption)[];
  onChange: (value: string | undefined) => void;
  /** The label of the "not set" choice; without it, the field always has a value. */
  empty?: string;
  help?: ReactNode;
}) {
  const choices = options.map((option) =>
    typeof option === 'string' ? { value: option, label: option } : option,
  );
  const known = value === undefined || choices.some((choice) => choice.value === value);
  return (
    <Field label={label} pointer={pointer} help={help}>
      {(control) => (
        <select
          {...control}
          className="insp-input"
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        >
          {(empty !== undefined || value === undefined) && <option value="">{empty ?? ''}</option>}
          {!known && <option value={value}>{value}</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
