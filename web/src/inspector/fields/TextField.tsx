import type { ReactNode } from 'react';
import { Field } from './Field';

/** A plain text field (never an expression): names, descriptions, URLs of AWS resources. */
export function TextField({
  label,
  pointer,
  value,
  onChange,
  placeholder,
  help,
  multiline = false,
  mono = false,
}: {
  label: string;
  pointer: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  help?: ReactNode;
  multiline?: boolean;
  mono?: boolean;
}) {
  const className = `insp-input${mono ? ' insp-input--mono' : ''}`;
  return (
    <Field label={label} pointer={pointer} help={help}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className={`${className} insp-input--area`}
            rows={2}
            placeholder={placeholder}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...control}
            className={className}
            placeholder={placeholder}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
