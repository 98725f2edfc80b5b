import { type ExpressionValue, type JoinExpression, joinPointer } from '@pipewright/shared';
import { ProblemList } from '../fields/ProblemList';
import { useFieldProblems, useGroupProblems } from '../fields/useFieldProblems';
import { ExpressionField, type ExpressionFieldProps } from './ExpressionField';

/** A `Std:Join` builder: a separator and parts, each a literal or an expression. */
export function JoinBuilder({
  label,
  name,
  pointer,
  value,
  onChange,
  actions,
}: ExpressionFieldProps & { name: string }) {
  const join = (value as JoinExpression)['Std:Join'];
  const base = joinPointer(pointer, 'Std:Join');
  const problems = useGroupProblems(pointer, base, joinPointer(base, 'Values'));
  const separatorProblems = useFieldProblems(joinPointer(base, 'On'));
  const setJoin = (next: Partial<JoinExpression['Std:Join']>) =>
    onChange({ 'Std:Join': { ...join, ...next } });
  const setPart = (index: number, part: ExpressionValue | undefined) =>
    setJoin({ Values: join.Values.map((old, at) => (at === index ? (part ?? '') : old)) });
  return (
    <fieldset className="insp-field insp-expr-builder" data-pointer={pointer}>
      <legend className="insp-field__label">
        {label} <span className="insp-expr__badge">Join</span>
      </legend>
      <div className="insp-expr-builder__row">
        <label className="insp-expr-builder__inline">
          Separator
          <input
            className="insp-input insp-input--mono insp-expr-builder__separator"
            aria-label={`${name} separator`}
            aria-invalid={separatorProblems.invalid || undefined}
            aria-describedby={separatorProblems.problemsId}
            data-pointer={joinPointer(base, 'On')}
            value={typeof join.On === 'string' ? join.On : ''}
            onChange={(event) => setJoin({ On: event.target.value })}
          />
        </label>
        <button
          type="button"
          className="insp-link-button"
          aria-label={`Use a literal value for ${name}`}
          onClick={() => onChange('')}
        >
          Remove Join
        </button>
        {actions}
      </div>
      <ProblemList id={separatorProblems.problemsId} problems={separatorProblems.problems} />
      <ol className="insp-expr-builder__parts">
        {join.Values.map((part, index) => (
          <li key={index}>
            <ExpressionField
              label={`Part ${index + 1}`}
              name={`${name} part ${index + 1}`}
              pointer={joinPointer(base, 'Values', index)}
              value={part}
              literal="any"
              onChange={(next) => setPart(index, next)}
              actions={
                <button
                  type="button"
                  className="insp-icon-button"
                  aria-label={`Remove ${name} part ${index + 1}`}
                  onClick={() => setJoin({ Values: join.Values.filter((_, at) => at !== index) })}
                >
                  −
                </button>
              }
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="insp-add-button"
        aria-label={`Add a part to ${name}`}
        onClick={() => setJoin({ Values: [...join.Values, ''] })}
      >
        + Part
      </button>
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </fieldset>
  );
}
