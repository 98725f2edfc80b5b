import { useId } from 'react';
import { ProblemList } from './ProblemList';
import { useFieldProblems } from './useFieldProblems';

/** A yes/no field, label after the box. */
export function CheckboxField({
  label,
  pointer,
  checked,
  onChange,
}: {
  label: string;
  pointer: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const problems = useFieldProblems(pointer);
  return (
    <div className="insp-field insp-field--checkbox" data-pointer={pointer}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={problems.invalid || undefined}
        aria-describedby={problems.problemsId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </div>
  );
}
