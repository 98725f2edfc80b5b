import { useReactFlow } from '@xyflow/react';
import { type RefObject, memo, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore, useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { type CanvasNode, type StepShape, parseKeys, stepKeysOf } from './canvas-model';
import { findSteps } from './find-steps';
import { stepTypeMeta } from './step-type-meta';
import { useListNavigation } from './useListNavigation';

const MAX_MATCHES = 8;

/**
 * "Find step": typing lists the matching steps; Enter (or a click) selects one and centres the
 * view on it. Ctrl+F focuses the box through `inputRef`. Memoized, like the toolbar.
 */
export const FindStep = memo(function FindStep({
  inputRef,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const store = useDocumentStoreApi();
  const { getInternalNode, getZoom, setCenter } = useReactFlow<CanvasNode>();
  const [query, setQuery] = useState('');
  const stepKeys = useDocumentStore(useShallow((state) => stepKeysOf(state.document)));
  const steps = useMemo(() => parseKeys<StepShape>(stepKeys), [stepKeys]);
  const matches = useMemo(() => findSteps(steps, query).slice(0, MAX_MATCHES), [steps, query]);
  const listId = useId();

  const reveal = (step: StepShape) => {
    store.getState().select({ steps: [step.name], notes: [] });
    const node = getInternalNode(step.id);
    if (node) {
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? 0;
      const height = node.measured.height ?? 0;
      void setCenter(x + width / 2, y + height / 2, {
        zoom: Math.max(getZoom(), 1),
        duration: 300,
      });
    }
    setQuery('');
    inputRef.current?.blur();
  };
  const navigation = useListNavigation(matches, reveal, () => {
    setQuery('');
    inputRef.current?.blur();
  });
  const open = query.trim() !== '';

  return (
    <div className="pw-find" role="search" aria-label="Find a step">
      <input
        ref={inputRef}
        className="pw-find__input"
        type="search"
        role="combobox"
        aria-label="Find step"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          open && matches.length > 0 ? `${listId}-${navigation.active}` : undefined
        }
        placeholder="Find step…  Ctrl+F"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={navigation.onKeyDown}
      />
      {open && (
        <ul
          id={listId}
          className="pw-find__list pw-menu"
          role="listbox"
          aria-label="Matching steps"
        >
          {matches.map((step, index) => (
            <li
              key={step.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === navigation.active}
              className="pw-menu__option"
              // Keeps focus in the box, so the click lands before it closes.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => navigation.setActive(index)}
              onClick={() => reveal(step)}
            >
              <span className="pw-menu__label">{step.displayName ?? step.name}</span>
              <span className="pw-menu__hint">{stepTypeMeta(step.type).label}</span>
            </li>
          ))}
          {matches.length === 0 && (
            <li className="pw-menu__empty" role="presentation">
              No step matches “{query.trim()}”.
            </li>
          )}
        </ul>
      )}
    </div>
  );
});
