import type { ExpressionValue } from '@pipewright/shared';
import { ExpressionField } from '../expression/ExpressionField';
import { SelectField } from './SelectField';

/**
 * A value with known choices that may also be an expression (`ModelApprovalStatus` from a
 * parameter): a menu for literals, the expression field once it is a reference.
 */
export function EnumField({
  label,
  pointer,
  value,
  options,
  onChange,
  empty,
}: {
  label: string;
  pointer: string;
  value: ExpressionValue | undefined;
  options: readonly string[];
  onChange: (value: ExpressionValue | undefined) => void;
  empty?: string;
}) {
  if (value !== undefined && typeof value !== 'string') {
    return <ExpressionField label={label} pointer={pointer} value={value} onChange={onChange} />;
  }
  return (
    <SelectField
      label={label}
      pointer={pointer}
      value={value}
      options={options}
      empty={empty}
      onChange={onChange}
    />
  );
}
