import { type ComponentType, useEffect, useId, useRef } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ArgumentsTab } from './ArgumentsTab';
import { ArtifactsTab } from './ArtifactsTab';
import { CallbackTab } from './CallbackTab';
import { ConditionTab } from './ConditionTab';
import { JobsTab } from './JobsTab';
import { LogsTab } from './LogsTab';
import { MetricsTab } from './MetricsTab';
import { OverviewTab } from './OverviewTab';
import { PropertiesTab } from './PropertiesTab';
import { StepStatusBadge } from './StepStatusBadge';
import { type StepTabId, resolveTab, tabsFor } from './step-tabs';
import { type TabProps, stepTabUrl } from './tab-props';
import { useStepContext } from './useStepContext';
import './step-drawer.css';

const tabViews: Record<StepTabId, ComponentType<TabProps>> = {
  overview: OverviewTab,
  logs: LogsTab,
  arguments: ArgumentsTab,
  properties: PropertiesTab,
  artifacts: ArtifactsTab,
  metrics: MetricsTab,
  jobs: JobsTab,
  condition: ConditionTab,
  callback: CallbackTab,
};

function attemptFrom(search: string): number | undefined {
  const value = Number(new URLSearchParams(search).get('attempt'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * One step of an execution in a side panel: its tabs are those that apply to its type, and
 * each tab has its own address (`/executions/<id>/steps/<step>/<tab>`, `?attempt=N` for one
 * attempt). Focus moves into the panel when it opens; Escape or the close button closes it.
 */
export function StepDrawer({
  executionId,
  stepName,
  tab,
  onClose,
}: {
  executionId: string;
  stepName: string;
  tab?: string;
  onClose: () => void;
}) {
  const context = useStepContext(executionId, stepName);
  const stepType = context.node?.type;
  const tabs = tabsFor(stepType);
  const active = resolveTab(tab, stepType);
  const [, navigate] = useLocation();
  const attempt = attemptFrom(useSearch());
  const titleRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    titleRef.current?.focus();
  }, [executionId, stepName]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog opened from the drawer closes first, on its own.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      onCloseRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const View = tabViews[active];
  const tabId = (id: string) => `${ids}-tab-${id}`;
  return (
    <aside className="step-drawer" aria-labelledby={`${ids}-title`}>
      <header className="step-drawer__header">
        <div className="step-drawer__title-row">
          <h2 id={`${ids}-title`} ref={titleRef} tabIndex={-1} className="step-drawer__title">
            {stepName}
          </h2>
          {stepType && <span className="step-drawer__type">{stepType}</span>}
          <StepStatusBadge status={context.run?.status} />
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close step details"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <nav
        className="step-drawer__tabs"
        role="tablist"
        aria-label="Step details"
        onKeyDown={(event) => {
          // Arrow keys move between tabs, as in any tab list; each tab is still a link.
          const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
          if (step === undefined) return;
          event.preventDefault();
          const index = tabs.findIndex((entry) => entry.id === active);
          const next = tabs[(index + step + tabs.length) % tabs.length];
          if (!next) return;
          navigate(stepTabUrl(executionId, stepName, next.id));
          document.getElementById(tabId(next.id))?.focus();
        }}
      >
        {tabs.map((entry) => (
          <Link
            key={entry.id}
            id={tabId(entry.id)}
            href={stepTabUrl(executionId, stepName, entry.id)}
            role="tab"
            aria-selected={entry.id === active}
            tabIndex={entry.id === active ? 0 : -1}
            aria-controls={`${ids}-panel`}
            className="step-drawer__tab"
          >
            {entry.label}
          </Link>
        ))}
      </nav>
      <div
        id={`${ids}-panel`}
        role="tabpanel"
        aria-labelledby={tabId(active)}
        className="step-drawer__panel"
      >
        {context.error ? (
          <p className="callout callout--error" role="alert">
            Could not load this step: {context.error.message}
          </p>
        ) : context.loading ? (
          <p className="step-drawer__empty">Loading…</p>
        ) : (
          <View
            key={`${stepName}/${active}`}
            executionId={executionId}
            stepName={stepName}
            context={context}
            attempt={attempt}
            setAttempt={(next) => navigate(stepTabUrl(executionId, stepName, active, next))}
          />
        )}
      </div>
    </aside>
  );
}
