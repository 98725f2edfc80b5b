import { type KeyboardEvent, type PointerEvent, useEffect, useId, useRef, useState } from 'react';
import { JsonView } from '../json/JsonView';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { useDiagnostics } from '../stores/DocumentStoreProvider';
import './bottom-panel.css';
import {
  type PanelLayout,
  clampHeight,
  readPanelLayout,
  writePanelLayout,
} from './bottom-panel-layout';

const TABS = ['problems', 'json'] as const;

/**
 * Problems and the JSON view under the canvas: a tablist (arrow keys move between tabs), a
 * handle to resize it (drag, or arrow keys) and a button to fold it away.
 */
export function BottomPanel() {
  const [layout, setLayout] = useState<PanelLayout>(readPanelLayout);
  // The JSON editor stays mounted once shown, so its cursor and scroll survive tab switches.
  const [jsonShown, setJsonShown] = useState(layout.tab === 'json');
  const diagnostics = useDiagnostics();
  const id = useId();
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => writePanelLayout(layout), [layout]);

  const update = (change: Partial<PanelLayout>) => setLayout((was) => ({ ...was, ...change }));
  const choose = (tab: PanelLayout['tab']) => {
    update({ tab, collapsed: false });
    if (tab === 'json') setJsonShown(true);
    tabRefs.current[tab]?.focus();
  };
  const onTabKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(layout.tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  };

  const labels = { problems: `Problems (${diagnostics.length})`, json: 'JSON' };
  const height = clampHeight(layout.height, window.innerHeight);
  return (
    <section
      className="bottom-panel"
      aria-label="Problems and JSON"
      style={{ height: layout.collapsed ? undefined : height }}
    >
      {!layout.collapsed && (
        <ResizeHandle height={height} onResize={(next) => update({ height: next })} />
      )}
      <div className="bottom-panel__bar">
        <div role="tablist" aria-label="Problems and JSON" className="bottom-panel__tabs">
          {TABS.map((tab) => (
            <button
              key={tab}
              ref={(element) => {
                tabRefs.current[tab] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-${tab}-tab`}
              aria-controls={`${id}-${tab}-panel`}
              aria-selected={layout.tab === tab}
              tabIndex={layout.tab === tab ? 0 : -1}
              className="bottom-panel__tab"
              data-errors={tab === 'problems' && diagnostics.some((d) => d.severity === 'error')}
              onClick={() => choose(tab)}
              onKeyDown={onTabKeyDown}
            >
              {labels[tab]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-expanded={!layout.collapsed}
          aria-label={layout.collapsed ? 'Show the panel' : 'Hide the panel'}
          onClick={() => update({ collapsed: !layout.collapsed })}
        >
          <span aria-hidden="true">{layout.collapsed ? '▴' : '▾'}</span>
        </button>
      </div>
      <div
        role="tabpanel"
        id={`${id}-problems-panel`}
        aria-labelledby={`${id}-problems-tab`}
        className="bottom-panel__body"
        hidden={layout.collapsed || layout.tab !== 'problems'}
      >
        <ProblemsPanel />
      </div>
      <div
        role="tabpanel"
        id={`${id}-json-panel`}
        aria-labelledby={`${id}-json-tab`}
        className="bottom-panel__body bottom-panel__body--editor"
        hidden={layout.collapsed || layout.tab !== 'json'}
      >
        {jsonShown && <JsonView active={!layout.collapsed && layout.tab === 'json'} />}
      </div>
    </section>
  );
}

/** A horizontal splitter: drag it, or focus it and press the arrow keys. */
function ResizeHandle({
  height,
  onResize,
}: {
  height: number;
  onResize: (height: number) => void;
}) {
  const start = useRef<{ y: number; height: number } | null>(null);
  const resize = (next: number) => onResize(clampHeight(next, window.innerHeight));
  return (
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the panel"
      aria-valuenow={height}
      tabIndex={0}
      className="bottom-panel__handle"
      onPointerDown={(event: PointerEvent<HTMLDivElement>) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        start.current = { y: event.clientY, height };
      }}
      onPointerMove={(event) => {
        if (start.current) resize(start.current.height + start.current.y - event.clientY);
      }}
      onPointerUp={() => {
        start.current = null;
      }}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 96 : 24;
        if (event.key === 'ArrowUp') resize(height + step);
        else if (event.key === 'ArrowDown') resize(height - step);
        else return;
        event.preventDefault();
      }}
    />
  );
}
