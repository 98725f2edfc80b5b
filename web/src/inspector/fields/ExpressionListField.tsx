import { type ExpressionValue, joinPointer } from '@pipewright/shared';
import type { ReactNode } from 'react';
import { ExpressionField } from '../expression/ExpressionField';
import { ProblemList } from './ProblemList';
import { useGroupProblems } from './useFieldProblems';

/** A list of values (entrypoint words, content types), one row each, each may be an expression. */
export function ExpressionListField({
  label,
  pointer,
  values,
  onChange,
  itemName = 'item',
  literal = 'string',
  help,
  hideLegend = false,
}: {
  label: string;
  pointer: string;
  values: readonly ExpressionValue[];
  onChange: (values: ExpressionValue[]) => void;
  itemName?: string;
  literal?: 'string' | 'number' | 'any';
  help?: ReactNode;
  /** The legend for screen readers only, when a section title above already says it. */
  hideLegend?: boolean;
}) {
  const problems = useGroupProblems(pointer);
  return (
    <fieldset className="insp-list-field insp-list-field--compact" data-pointer={pointer}>
      <legend className={hideLegend ? 'visually-hidden' : 'insp-list-field__legend'}>
        {label}
      </legend>
      {help && <p className="insp-field__help">{help}</p>}
      {values.map((value, index) => (
        <ExpressionField
          key={index}
          hideLabel
          label={`${label} ${itemName} ${index + 1}`}
          pointer={joinPointer(pointer, index)}
          value={value}
          literal={literal}
          onChange={(next) =>
            onChange(values.map((old, at) => (at === index ? (next ?? '') : old)))
          }
          actions={
            <button
              type="button"
              className="insp-icon-button"
              aria-label={`Remove ${label} ${itemName} ${index + 1}`}
              onClick={() => onChange(values.filter((_, at) => at !== index))}
            >
              −
            </button>
          }
        />
      ))}
      <button
        type="button"
        className="insp-add-button"
        aria-label={`Add ${label} ${itemName}`}
        onClick={() => onChange([...values, ''])}
      >
        + {itemName}
      </button>
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </fieldset>
  );
}
