import type { KnownStepType } from '@pipewright/shared';
import { useId, useMemo, useState } from 'react';
import { StepIcon } from './StepIcon';
import { searchStepTypes } from './palette-search';
import { stepTypeMeta } from './step-type-meta';
import { useListNavigation } from './useListNavigation';

/**
 * The quick-add menu, opened at the pointer (A, or a double-click on empty canvas): type to
 * filter the step types, arrows to choose, Enter to add there. Leaving it closes it.
 */
export function QuickAddMenu({
  left,
  top,
  onPick,
  onClose,
}: {
  left: number;
  top: number;
  onPick: (type: KnownStepType) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const types = useMemo(() => searchStepTypes(query), [query]);
  const navigation = useListNavigation(types, onPick, onClose);
  const listId = useId();

  return (
    <div
      className="pw-quick-add pw-menu nodrag nopan nowheel"
      role="dialog"
      aria-label="Quick add step"
      style={{ left, top }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onClose();
      }}
    >
      <input
        className="pw-quick-add__input"
        type="search"
        role="combobox"
        aria-label="Step type to add"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={types.length > 0 ? `${listId}-${navigation.active}` : undefined}
        placeholder="Add a step…"
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={navigation.onKeyDown}
      />
      <ul id={listId} className="pw-quick-add__list" role="listbox" aria-label="Step types">
        {types.map((type, index) => (
          <li
            key={type}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === navigation.active}
            className="pw-menu__option"
            data-category={stepTypeMeta(type).category}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => navigation.setActive(index)}
            onClick={() => onPick(type)}
          >
            <span className="pw-menu__icon">
              <StepIcon type={type} size={16} />
            </span>
            <span className="pw-menu__label">{stepTypeMeta(type).label}</span>
          </li>
        ))}
        {types.length === 0 && (
          <li className="pw-menu__empty" role="presentation">
            No step type matches “{query.trim()}”.
          </li>
        )}
      </ul>
    </div>
  );
}
