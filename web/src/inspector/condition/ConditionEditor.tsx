import { type Condition, type ExpressionValue, joinPointer } from '@pipewright/shared';
import type { ReactNode } from 'react';
import { ExpressionField } from '../expression/ExpressionField';
import { ProblemList } from '../fields/ProblemList';
import { useGroupProblems } from '../fields/useFieldProblems';
import { ConditionList } from './ConditionList';
import {
  type ConditionKind,
  changeConditionKind,
  conditionKindLabels,
  conditionKinds,
  isComparison,
} from './condition-model';

/** One condition: its operator and operands; Not and Or hold nested conditions. */
export function ConditionEditor({
  name,
  pointer,
  condition,
  onChange,
  actions,
}: {
  name: string;
  pointer: string;
  condition: Condition;
  onChange: (condition: Condition) => void;
  actions?: ReactNode;
}) {
  const problems = useGroupProblems(pointer, joinPointer(pointer, 'Type'));
  const kind = condition.Type as string;
  const known = (conditionKinds as readonly string[]).includes(kind);
  const operand = (key: string, label: string, value: ExpressionValue) => (
    <ExpressionField
      label={label}
      name={`${name} ${label.toLowerCase()}`}
      pointer={joinPointer(pointer, key)}
      value={value}
      literal="any"
      onChange={(next) => onChange({ ...condition, [key]: next ?? '' } as Condition)}
    />
  );
  return (
    <fieldset className="insp-condition" data-pointer={pointer}>
      <legend className="insp-condition__name">{name}</legend>
      <div className="insp-condition__header">
        <select
          className="insp-input"
          aria-label={`${name} operator`}
          value={kind}
          onChange={(event) =>
            onChange(changeConditionKind(condition, event.target.value as ConditionKind))
          }
        >
          {!known && <option value={kind}>{kind}</option>}
          {conditionKinds.map((option) => (
            <option key={option} value={option}>
              {conditionKindLabels[option]}
            </option>
          ))}
        </select>
        {actions}
      </div>
      {condition.Type === 'In' ? (
        <InOperands name={name} pointer={pointer} condition={condition} onChange={onChange} />
      ) : condition.Type === 'Not' ? (
        <ConditionEditor
          name={`${name}.1`}
          pointer={joinPointer(pointer, 'Condition')}
          condition={condition.Condition}
          onChange={(inner) => onChange({ ...condition, Condition: inner })}
        />
      ) : condition.Type === 'Or' ? (
        <ConditionList
          name={`${name}.`}
          pointer={joinPointer(pointer, 'Conditions')}
          conditions={condition.Conditions}
          joiner="or"
          onChange={(conditions) => onChange({ ...condition, Conditions: conditions })}
        />
      ) : isComparison(kind) && 'LeftValue' in condition ? (
        <>
          {operand('LeftValue', 'Left value', condition.LeftValue)}
          {operand('RightValue', 'Right value', condition.RightValue)}
        </>
      ) : (
        <p className="insp-field__help">This condition can be edited in the JSON tab.</p>
      )}
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </fieldset>
  );
}

function InOperands({
  name,
  pointer,
  condition,
  onChange,
}: {
  name: string;
  pointer: string;
  condition: Extract<Condition, { Type: 'In' }>;
  onChange: (condition: Condition) => void;
}) {
  const setValues = (values: ExpressionValue[]) => onChange({ ...condition, Values: values });
  return (
    <>
      <ExpressionField
        label="Value"
        name={`${name} query value`}
        pointer={joinPointer(pointer, 'QueryValue')}
        value={condition.QueryValue}
        literal="any"
        onChange={(next) => onChange({ ...condition, QueryValue: next ?? '' })}
      />
      <p className="insp-condition__is-one-of">is one of</p>
      {condition.Values.map((value, index) => (
        <ExpressionField
          key={index}
          label={`Choice ${index + 1}`}
          name={`${name} choice ${index + 1}`}
          pointer={joinPointer(pointer, 'Values', index)}
          value={value}
          literal="any"
          onChange={(next) =>
            setValues(condition.Values.map((old, at) => (at === index ? (next ?? '') : old)))
          }
          actions={
            <button
              type="button"
              className="insp-icon-button"
              aria-label={`Remove ${name} choice ${index + 1}`}
              onClick={() => setValues(condition.Values.filter((_, at) => at !== index))}
            >
              −
            </button>
          }
        />
      ))}
      <button
        type="button"
        className="insp-add-button"
        aria-label={`Add a choice to ${name}`}
        onClick={() => setValues([...condition.Values, ''])}
      >
        + Choice
      </button>
    </>
  );
}
