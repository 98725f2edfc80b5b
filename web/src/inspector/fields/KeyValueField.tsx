import { joinPointer } from '@pipewright/shared';
import { type ReactNode, useState } from 'react';
import { ExpressionField } from '../expression/ExpressionField';
import type { Entry } from '../mapping/form-mapping';
import { ProblemList } from './ProblemList';
import { useGroupProblems } from './useFieldProblems';

/**
 * A map of names to values (environment, hyperparameters, a Lambda's event): a name and a value
 * per row. Names are committed when the name field is left, so a half-typed name never collides
 * with another one.
 */
export function KeyValueField({
  label,
  pointer,
  entries,
  onChange,
  keyName = 'name',
  newKey = 'NAME',
  help,
  hideLegend = false,
}: {
  label: string;
  pointer: string;
  entries: readonly Entry[];
  onChange: (entries: Entry[]) => void;
  keyName?: string;
  newKey?: string;
  help?: ReactNode;
  /** The legend for screen readers only, when a section title above already says it. */
  hideLegend?: boolean;
}) {
  const problems = useGroupProblems(pointer);
  const taken = new Set(entries.map(([key]) => key));
  const rename = (index: number, key: string) =>
    onChange(entries.map((entry, at) => (at === index ? [key, entry[1]] : entry)));
  return (
    <fieldset className="insp-list-field insp-list-field--compact" data-pointer={pointer}>
      <legend className={hideLegend ? 'visually-hidden' : 'insp-list-field__legend'}>
        {label}
      </legend>
      {help && <p className="insp-field__help">{help}</p>}
      {entries.map(([key, value], index) => (
        <div key={index} className="insp-key-value">
          <KeyInput
            label={`${label} ${keyName} ${index + 1}`}
            value={key}
            isTaken={(candidate) => candidate !== key && taken.has(candidate)}
            onCommit={(next) => rename(index, next)}
          />
          <ExpressionField
            hideLabel
            label={`${label} ${key}`}
            pointer={joinPointer(pointer, key)}
            value={value}
            onChange={(next) =>
              onChange(entries.map((entry, at) => (at === index ? [key, next ?? ''] : entry)))
            }
            actions={
              <button
                type="button"
                className="insp-icon-button"
                aria-label={`Remove ${label} ${key}`}
                onClick={() => onChange(entries.filter((_, at) => at !== index))}
              >
                −
              </button>
            }
          />
        </div>
      ))}
      <button
        type="button"
        className="insp-add-button"
        aria-label={`Add ${label} ${keyName}`}
        onClick={() => onChange([...entries, [uniqueKey(newKey, taken), '']])}
      >
        + {keyName}
      </button>
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </fieldset>
  );
}

function KeyInput({
  label,
  value,
  isTaken,
  onCommit,
}: {
  label: string;
  value: string;
  isTaken: (key: string) => boolean;
  onCommit: (key: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const problem =
    text === '' ? 'A name is needed.' : isTaken(text) ? `"${text}" is used twice.` : null;
  const commit = () => {
    if (draft !== null && problem === null) onCommit(draft);
    setDraft(null);
  };
  return (
    <div className="insp-key-value__key">
      <input
        className="insp-input insp-input--mono"
        aria-label={label}
        aria-invalid={problem !== null || undefined}
        title={problem ?? undefined}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
      {problem !== null && (
        <p className="insp-field-problems__item insp-field-problems__item--error">{problem}</p>
      )}
    </div>
  );
}

function uniqueKey(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let index = 2; ; index++) if (!taken.has(`${base}_${index}`)) return `${base}_${index}`;
}
