import { joinPointer } from '@pipewright/shared';
import type { ReactNode } from 'react';
import { useGroupProblems } from './useFieldProblems';
import { ProblemList } from './ProblemList';

/**
 * A list of structured items (inputs, outputs, channels, retry policies…): each item a small
 * card with its own fields and a remove button, and an add button below.
 */
export function ListField<Item>({
  label,
  pointer,
  items,
  onChange,
  newItem,
  itemLabel,
  addLabel,
  renderItem,
  empty,
  hideLegend = false,
}: {
  label: string;
  pointer: string;
  items: readonly Item[];
  onChange: (items: Item[]) => void;
  newItem: (items: readonly Item[]) => Item;
  /** The item's accessible name, such as `Input "data"`. */
  itemLabel: (item: Item, index: number) => string;
  addLabel: string;
  renderItem: (item: Item, index: number, pointer: string) => ReactNode;
  empty?: string;
  /** The legend for screen readers only, when a section title above already says it. */
  hideLegend?: boolean;
}) {
  const problems = useGroupProblems(pointer);
  return (
    <fieldset className="insp-list-field" data-pointer={pointer}>
      <legend className={hideLegend ? 'visually-hidden' : 'insp-list-field__legend'}>
        {label}
      </legend>
      {items.length === 0 && empty && <p className="insp-list-field__empty">{empty}</p>}
      <ul className="insp-list-field__items">
        {items.map((item, index) => {
          const name = itemLabel(item, index);
          const itemPointer = joinPointer(pointer, index);
          return (
            <li key={index} className="insp-list-item" data-pointer={itemPointer} aria-label={name}>
              <div className="insp-list-item__header">
                <span className="insp-list-item__title">{name}</span>
                <button
                  type="button"
                  className="insp-link-button insp-link-button--danger"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(items.filter((_, at) => at !== index))}
                >
                  Remove
                </button>
              </div>
              {renderItem(item, index, itemPointer)}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="insp-add-button"
        onClick={() => onChange([...items, newItem(items)])}
      >
        + {addLabel}
      </button>
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </fieldset>
  );
}
