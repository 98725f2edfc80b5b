import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface TabDefinition<Id extends string> {
  id: Id;
  label: string;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys, Home and End move between
 * tabs, and the panel is labelled by its tab.
 */
export function Tabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  label: string;
  tabs: readonly TabDefinition<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  children: ReactNode;
}) {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (tab: Id) => `${id}-tab-${tab}`;
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const tab = target === null ? undefined : tabs[target];
    if (!tab || target === null) return;
    event.preventDefault();
    onSelect(tab.id);
    buttons.current[target]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="insp-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            className="insp-tabs__tab"
            aria-selected={tab.id === selected}
            aria-controls={`${id}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={tabId(selected)}
        className="insp-tabs__panel"
      >
        {children}
      </div>
    </>
  );
}
