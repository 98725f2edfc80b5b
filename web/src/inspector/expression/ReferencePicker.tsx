import type { ExpressionValue } from '@pipewright/shared';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDocumentStore } from '../../stores/DocumentStoreProvider';
import { useOptionalStepForm } from '../edit/StepFormContext';
import {
  type ReferenceGroup,
  type ReferenceOption,
  filterOptions,
  pickValue,
  referenceOptions,
} from './reference-options';

/**
 * The button beside a value that offers what it can refer to: parameters, execution variables,
 * upstream steps' properties (property files as JsonGet), and the Join and JsonGet builders.
 */
export function ReferencePicker({
  label,
  value,
  onPick,
}: {
  label: string;
  value: ExpressionValue | undefined;
  onPick: (value: ExpressionValue) => void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="insp-ref-picker">
      <button
        ref={button}
        type="button"
        className="insp-ref-picker__button"
        aria-label={`Choose a reference for ${label}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Use a parameter, an execution variable or another step's property"
        onClick={() => setOpen(!open)}
      >
        ƒx
      </button>
      {open && (
        <ReferencePopover
          label={label}
          onClose={close}
          onPick={(option) => {
            onPick(pickValue(value, option));
            close();
          }}
        />
      )}
    </div>
  );
}

function ReferencePopover({
  label,
  onPick,
  onClose,
}: {
  label: string;
  onPick: (option: ReferenceOption) => void;
  onClose: () => void;
}) {
  const id = useId();
  const stepName = useOptionalStepForm()?.name ?? '';
  const document = useDocumentStore((state) => state.document);
  const all = useMemo(() => referenceOptions(document, stepName), [document, stepName]);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => limitGroups(filterOptions(all, query), query), [all, query]);
  const flat = groups.flatMap((group) => group.options.slice(0, group.shown));
  const [active, setActive] = useState(0);
  const activeOption = flat[Math.min(active, flat.length - 1)];
  const root = useRef<HTMLDivElement>(null);
  const optionId = (option: ReferenceOption) => `${id}-${option.key.replace(/[^\w-]/g, '_')}`;

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const picker = root.current?.parentElement;
      if (picker && !picker.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  useEffect(() => {
    if (activeOption)
      window.document
        .getElementById(optionId(activeOption))
        ?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.max(0, Math.min(flat.length - 1, current + step)));
    } else if (event.key === 'Enter' && activeOption) {
      event.preventDefault();
      onPick(activeOption);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div
      ref={root}
      className="insp-ref-picker__popover"
      role="dialog"
      aria-label={`References for ${label}`}
    >
      <input
        className="insp-ref-picker__search"
        role="combobox"
        aria-label="Search references"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
        placeholder="Search parameters, variables, step properties…"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label="References"
        className="insp-ref-picker__list"
      >
        {groups.length === 0 && (
          <p className="insp-ref-picker__empty">Nothing matches “{query}”.</p>
        )}
        {groups.map((group) => (
          <div key={group.label} role="group" aria-label={group.label}>
            <div className="insp-ref-picker__group" aria-hidden="true">
              {group.label}
            </div>
            {group.options.slice(0, group.shown).map((option) => (
              <div
                key={option.key}
                id={optionId(option)}
                role="option"
                aria-selected={option === activeOption}
                className="insp-ref-picker__option"
                // Keeps focus in the search box, so the popover does not close before the click.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onPick(option)}
              >
                <span className="insp-ref-picker__label">{option.label}</span>
                <span className="insp-ref-picker__detail">{option.detail}</span>
              </div>
            ))}
            {group.shown < group.options.length && (
              <p className="insp-ref-picker__more">
                {group.options.length - group.shown} more: type to search them
              </p>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Until something is typed, long groups (a step's hundred properties) show their first few. */
const shownWithoutQuery = 12;

function limitGroups(groups: ReferenceGroup[], query: string) {
  return groups.map((group) => ({
    ...group,
    shown:
      query.trim() === ''
        ? Math.min(shownWithoutQuery, group.options.length)
        : group.options.length,
  }));
}
