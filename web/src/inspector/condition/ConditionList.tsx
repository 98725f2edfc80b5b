import { type Condition, joinPointer } from '@pipewright/shared';
import { ProblemList } from '../fields/ProblemList';
import { useGroupProblems } from '../fields/useFieldProblems';
import { ConditionEditor } from './ConditionEditor';
import { newCondition } from './condition-model';

/**
 * A list of conditions: a Condition step's (all must hold) or an Or's (any may hold). Each is
 * named by its place, "Condition 2" or "Condition 2.1" inside it, so every control has a name
 * of its own.
 */
export function ConditionList({
  name,
  pointer,
  conditions,
  onChange,
  joiner,
}: {
  /** The prefix of the items' names: "Condition" at the top, "Condition 2." inside an Or. */
  name: string;
  pointer: string;
  conditions: readonly Condition[];
  onChange: (conditions: Condition[]) => void;
  /** The word between items: "and" or "or". */
  joiner: 'and' | 'or';
}) {
  const problems = useGroupProblems(pointer);
  return (
    <div className="insp-condition-list" data-pointer={pointer}>
      {conditions.map((condition, index) => {
        const itemName = `${name}${index + 1}`;
        return (
          <div key={index}>
            {index > 0 && <p className="insp-condition-list__joiner">{joiner}</p>}
            <ConditionEditor
              name={itemName}
              pointer={joinPointer(pointer, index)}
              condition={condition}
              onChange={(next) =>
                onChange(conditions.map((old, at) => (at === index ? next : old)))
              }
              actions={
                <button
                  type="button"
                  className="insp-link-button insp-link-button--danger"
                  aria-label={`Remove ${itemName}`}
                  onClick={() => onChange(conditions.filter((_, at) => at !== index))}
                >
                  Remove
                </button>
              }
            />
          </div>
        );
      })}
      <button
        type="button"
        className="insp-add-button"
        aria-label={`Add ${name}${conditions.length + 1}`}
        onClick={() => onChange([...conditions, newCondition('Equals')])}
      >
        + {joiner === 'and' ? 'Condition' : 'Alternative'}
      </button>
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </div>
  );
}
