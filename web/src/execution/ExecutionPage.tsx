import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { StepDrawer } from '../step-drawer/StepDrawer';
import { ExecutionHeader } from './ExecutionHeader';
import { type ExecutionTab, ExecutionTabs } from './ExecutionTabs';
import { GraphTab } from './GraphTab';
import { TimelineTab } from './TimelineTab';
import { decorateSteps, stepCountsOf } from './execution-decorations';
import { useExecutionData } from './useExecutionData';
import '../runs/tone-tokens.css';
import './execution-page.css';

/**
 * One execution: header (status, progress, times, failure, actions), then its graph or its
 * timeline. `view` is the tab; `stepName` and `stepTab` open the step drawer over the graph.
 */
export function ExecutionPage({
  executionId,
  view: tab,
  stepName,
  stepTab,
}: {
  executionId: string;
  view?: string;
  stepName?: string;
  stepTab?: string;
}) {
  const [, navigate] = useLocation();
  const { summary, document, view, error } = useExecutionData(executionId);
  const decorations = useMemo(
    () => (document && view ? decorateSteps(document, view) : {}),
    [document, view],
  );
  const current: ExecutionTab = tab === 'timeline' ? 'timeline' : 'graph';

  if (error && !summary) {
    return (
      <main className="page pw-run">
        <p className="pw-run-alert" role="alert">
          Execution {executionId} could not be loaded: {error.message}
        </p>
      </main>
    );
  }
  if (!summary || !view) {
    return (
      <main className="page pw-run" aria-busy="true">
        <p className="pw-run-muted">Loading execution {executionId}…</p>
      </main>
    );
  }

  return (
    <main className="pw-run">
      <ExecutionHeader
        summary={summary}
        view={view}
        counts={document ? stepCountsOf(document, view) : summary.StepCounts}
      />
      <ExecutionTabs executionId={executionId} current={current} />
      <div className="pw-run__body">
        <section
          id="pw-run-panel"
          role="tabpanel"
          aria-label={current === 'graph' ? 'Graph' : 'Timeline'}
          className="pw-run__panel"
        >
          {!document ? (
            <p className="pw-run-muted">Loading the pipeline…</p>
          ) : current === 'graph' ? (
            <GraphTab
              summary={summary}
              document={document}
              decorations={decorations}
              selectedStep={stepName}
            />
          ) : (
            <TimelineTab
              executionId={executionId}
              document={document}
              view={view}
              decorations={decorations}
            />
          )}
        </section>
        {stepName !== undefined && (
          <div className="pw-run__drawer">
            <StepDrawer
              executionId={executionId}
              stepName={stepName}
              {...(stepTab !== undefined && { tab: stepTab })}
              onClose={() => navigate(`/executions/${encodeURIComponent(executionId)}`)}
            />
          </div>
        )}
      </div>
    </main>
  );
}
