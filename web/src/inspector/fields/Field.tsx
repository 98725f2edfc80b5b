import { type ReactNode, useId } from 'react';
import { ProblemList } from './ProblemList';
import { type FieldProblems, useFieldProblems } from './useFieldProblems';

/** What a field hands its control: the id its label points at and the accessibility wiring. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

/** The control props for a field's problems (and an optional help text id). */
export function controlProps(id: string, problems: FieldProblems, helpId?: string): ControlProps {
  const describedBy = [problems.problemsId, helpId].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': problems.invalid || undefined,
    'aria-describedby': describedBy || undefined,
  };
}

/**
 * A labelled form field that shows the diagnostics inside its JSON pointer. `data-pointer` lets
 * the inspector find it when a problem is clicked.
 */
export function Field({
  label,
  pointer,
  help,
  className,
  children,
}: {
  label: ReactNode;
  pointer: string;
  help?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const problems = useFieldProblems(pointer);
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div className={`insp-field ${className ?? ''}`} data-pointer={pointer}>
      <label className="insp-field__label" htmlFor={id}>
        {label}
      </label>
      {children(controlProps(id, problems, helpId))}
      {help && (
        <p id={helpId} className="insp-field__help">
          {help}
        </p>
      )}
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </div>
  );
}
