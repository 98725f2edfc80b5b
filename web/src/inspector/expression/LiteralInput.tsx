import type { ExpressionValue } from '@pipewright/shared';
import { useState } from 'react';
import type { ControlProps } from '../fields/Field';
import { type LiteralType, literalText, parseNumber } from './expression-kind';

/**
 * The input of a literal value. A number field keeps what is typed as a draft and writes only
 * numbers, so "1." on the way to "1.5" never lands in the document as text.
 */
export function LiteralInput({
  control,
  type,
  value,
  optional,
  placeholder,
  onChange,
  onBlur,
}: {
  control: ControlProps;
  type: LiteralType;
  value: ExpressionValue | undefined;
  optional: boolean;
  placeholder?: string;
  onChange: (value: ExpressionValue | undefined) => void;
  onBlur?: () => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  if (type === 'boolean') {
    return (
      <select
        {...control}
        className="insp-input"
        value={value === undefined ? '' : String(value)}
        onChange={(event) =>
          onChange(event.target.value === '' ? undefined : event.target.value === 'true')
        }
      >
        {optional && <option value="">(not set)</option>}
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  }
  const text = draft ?? literalText(value);
  const notANumber =
    type === 'number' && draft !== null && draft.trim() !== '' && parseNumber(draft) === undefined;
  return (
    <input
      {...control}
      className="insp-input"
      inputMode={type === 'number' ? 'decimal' : undefined}
      aria-invalid={control['aria-invalid'] || notANumber || undefined}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        if (type !== 'number') {
          onChange(next === '' && optional ? undefined : next);
          return;
        }
        setDraft(next);
        if (next.trim() === '') onChange(undefined);
        else {
          const number = parseNumber(next);
          if (number !== undefined) onChange(number);
        }
      }}
      onBlur={() => {
        setDraft(null);
        onBlur?.();
      }}
    />
  );
}
