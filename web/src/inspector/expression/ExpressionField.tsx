import type { ExpressionValue } from '@pipewright/shared';
import { type ReactNode, useId } from 'react';
import { controlProps } from '../fields/Field';
import { ProblemList } from '../fields/ProblemList';
import { useFieldProblems } from '../fields/useFieldProblems';
import { type LiteralType, convertLiteral, expressionKind, literalTypeOf } from './expression-kind';
import { JoinBuilder } from './JoinBuilder';
import { JsonGetBuilder } from './JsonGetBuilder';
import { LiteralInput } from './LiteralInput';
import { ReferencePicker } from './ReferencePicker';

type Value = ExpressionValue | undefined;

export interface ExpressionFieldProps {
  /** The visible label. */
  label: ReactNode;
  /** The accessible name, when the label alone is ambiguous ("Condition 2 left value"). */
  name?: string;
  pointer: string;
  value: Value;
  onChange: (value: Value) => void;
  /** The literal's type; `any` lets the person choose (condition operands, Join parts). */
  literal?: LiteralType | 'any';
  /** Empty text removes the key instead of writing `""`. */
  optional?: boolean;
  placeholder?: string;
  help?: ReactNode;
  /** Extra controls after the picker, such as a remove button. */
  actions?: ReactNode;
  /** Keeps the label for screen readers only (rows of a list, whose legend says it all). */
  hideLabel?: boolean;
}

/**
 * A value that may be a literal or an expression: an input with a reference picker beside it;
 * a `Get` shows its path (editable, flagged when it does not resolve); Join and JsonGet open
 * their builders. Anything else is shown read-only, to be edited in the JSON tab.
 */
export function ExpressionField(props: ExpressionFieldProps) {
  const { label, value, onChange, literal = 'string', optional = false } = props;
  const name = props.name ?? (typeof label === 'string' ? label : 'value');
  const kind = expressionKind(value);
  if (kind === 'join') return <JoinBuilder {...props} name={name} />;
  if (kind === 'json-get') return <JsonGetBuilder {...props} name={name} />;
  return (
    <SimpleExpression {...props} name={name} kind={kind} literal={literal} optional={optional}>
      {(control) => {
        if (kind === 'get') {
          const path = (value as { Get: string }).Get;
          return (
            <div className="insp-expr__reference">
              <span className="insp-expr__badge" aria-hidden="true">
                Get
              </span>
              <input
                {...control}
                className="insp-input insp-input--mono"
                title={path}
                value={path}
                onChange={(event) => onChange({ Get: event.target.value })}
              />
            </div>
          );
        }
        if (kind === 'other') {
          return (
            <output {...control} className="insp-expr__other">
              {JSON.stringify(value)}
            </output>
          );
        }
        const type = literal === 'any' ? literalTypeOf(value) : literal;
        return (
          <>
            {literal === 'any' && (
              <select
                className="insp-input insp-expr__type"
                aria-label={`${name} type`}
                value={type}
                onChange={(event) =>
                  onChange(convertLiteral(value, event.target.value as LiteralType))
                }
              >
                <option value="string">Text</option>
                <option value="number">Number</option>
                <option value="boolean">Boolean</option>
              </select>
            )}
            <LiteralInput
              control={control}
              type={type}
              value={value}
              optional={optional}
              placeholder={props.placeholder}
              onChange={onChange}
            />
          </>
        );
      }}
    </SimpleExpression>
  );
}

function SimpleExpression({
  label,
  name,
  pointer,
  value,
  onChange,
  help,
  actions,
  hideLabel,
  kind,
  children,
}: ExpressionFieldProps & {
  name: string;
  kind: ReturnType<typeof expressionKind>;
  children: (control: ReturnType<typeof controlProps>) => ReactNode;
}) {
  const id = useId();
  const problems = useFieldProblems(pointer);
  const helpId = help ? `${id}-help` : undefined;
  const control = controlProps(id, problems, helpId);
  return (
    <div className="insp-field insp-expr" data-pointer={pointer}>
      <label className={hideLabel ? 'visually-hidden' : 'insp-field__label'} htmlFor={id}>
        {label}
      </label>
      <div className="insp-expr__row">
        {children({ ...control, ...(name !== label && { 'aria-label': name }) } as typeof control)}
        {kind === 'get' && (
          <button
            type="button"
            className="insp-icon-button"
            aria-label={`Use a literal value for ${name}`}
            title="Use a literal value instead"
            onClick={() => onChange('')}
          >
            ×
          </button>
        )}
        <ReferencePicker label={name} value={value} onPick={onChange} />
        {actions}
      </div>
      {help && (
        <p id={helpId} className="insp-field__help">
          {help}
        </p>
      )}
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </div>
  );
}
