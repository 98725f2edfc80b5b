import { type ReactNode, useState } from 'react';
import { parseNumber } from '../expression/expression-kind';
import { Field } from './Field';

/**
 * A plain number (retry limits, timeouts). What is typed stays a draft until it is a number, so
 * "1." on the way to "1.5" is never written; clearing the field removes the key.
 */
export function NumberField({
  label,
  pointer,
  value,
  onChange,
  placeholder,
  help,
}: {
  label: string;
  pointer: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  placeholder?: string;
  help?: ReactNode;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value === undefined ? '' : String(value));
  const notANumber = draft !== null && draft.trim() !== '' && parseNumber(draft) === undefined;
  return (
    <Field label={label} pointer={pointer} help={notANumber ? 'Enter a number.' : help}>
      {(control) => (
        <input
          {...control}
          className="insp-input insp-input--number"
          inputMode="decimal"
          aria-invalid={control['aria-invalid'] || notANumber || undefined}
          placeholder={placeholder}
          value={text}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            if (next.trim() === '') onChange(undefined);
            else {
              const number = parseNumber(next);
              if (number !== undefined) onChange(number);
            }
          }}
          onBlur={() => setDraft(null)}
        />
      )}
    </Field>
  );
}
