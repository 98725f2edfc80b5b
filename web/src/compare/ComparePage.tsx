import { flattenDocument } from '@pipewright/shared';
import { Link } from 'wouter';
import '../ui/ui.css';
import { CompareGraph } from './CompareGraph';
import { diffMetrics, diffParameters, diffSteps } from './compare-diff';
import { ExecutionCard } from './ExecutionCard';
import { MetricTable } from './MetricTable';
import { ParameterTable } from './ParameterTable';
import { SideError } from './SideError';
import { StepTable } from './StepTable';
import { useExecutionSide } from './useExecutionSide';
import { useStepMetrics } from './useStepMetrics';
import './compare.css';

/**
 * Two executions side by side (A on the left, B on the right): parameters, each step's status
 * and duration, metrics, and the graph coloured by what changed between them.
 */
export function ComparePage({ left, right }: { left: string; right: string }) {
  const a = useExecutionSide(left);
  const b = useExecutionSide(right);
  const aDocument = a.pipeline.data?.Definition;
  const bDocument = b.pipeline.data?.Definition;
  const aMetrics = useStepMetrics(left, a.steps.data?.PipelineExecutionSteps, aDocument);
  const bMetrics = useStepMetrics(right, b.steps.data?.PipelineExecutionSteps, bDocument);

  const header = (
    <header className="compare__header">
      <h2>Compare executions</h2>
      <Link
        href={`/compare/${encodeURIComponent(right)}/${encodeURIComponent(left)}`}
        className="button"
      >
        ⇄ Swap A and B
      </Link>
    </header>
  );

  if (a.detail.isError || b.detail.isError || a.detail.isPending || b.detail.isPending) {
    return (
      <main className="app-main compare">
        {header}
        {a.detail.isError && <SideError side="A" executionId={left} error={a.detail.error} />}
        {b.detail.isError && <SideError side="B" executionId={right} error={b.detail.error} />}
        {(a.detail.isPending || b.detail.isPending) && (
          <p className="compare__muted">Loading the executions…</p>
        )}
      </main>
    );
  }

  const aExecution = a.detail.data;
  const bExecution = b.detail.data;
  const samePipeline = aExecution.PipelineName === bExecution.PipelineName;
  const order = [
    ...flattenDocument(aDocument).map((node) => node.name),
    ...flattenDocument(bDocument).map((node) => node.name),
  ];
  const parameters = diffParameters(aExecution.Parameters, bExecution.Parameters);
  const steps = diffSteps(
    a.steps.data?.PipelineExecutionSteps ?? [],
    b.steps.data?.PipelineExecutionSteps ?? [],
    order,
  );
  const metricStepNames = [...new Set([...aMetrics.byStep.keys(), ...bMetrics.byStep.keys()])];
  const metrics = metricStepNames.map((stepName) => ({
    stepName,
    rows: diffMetrics(aMetrics.byStep.get(stepName) ?? [], bMetrics.byStep.get(stepName) ?? []),
  }));

  return (
    <main className="app-main compare">
      {header}
      <div className="compare__sides">
        <ExecutionCard side="A" execution={aExecution} />
        <ExecutionCard side="B" execution={bExecution} />
      </div>
      {!samePipeline && (
        <p className="callout" role="note">
          These executions ran different pipelines ({aExecution.PipelineName} and{' '}
          {bExecution.PipelineName}). Parameters and steps are compared by name; steps only one
          pipeline has are shown on their side alone.
        </p>
      )}
      {samePipeline && aExecution.PipelineVersion !== bExecution.PipelineVersion && (
        <p className="callout" role="note">
          A ran version {aExecution.PipelineVersion} of {aExecution.PipelineName} and B ran version{' '}
          {bExecution.PipelineVersion}: steps whose definition changed are marked.
        </p>
      )}
      <ParameterTable rows={parameters} />
      <StepTable
        rows={steps}
        leftId={left}
        rightId={right}
        loading={a.steps.isPending || b.steps.isPending}
      />
      <MetricTable groups={metrics} loading={aMetrics.loading || bMetrics.loading} />
      <CompareGraph
        leftDocument={aDocument}
        rightDocument={bDocument}
        rightExecutionId={right}
        steps={steps}
        parameters={parameters}
        metrics={metrics}
        loading={a.pipeline.isPending || b.pipeline.isPending}
      />
    </main>
  );
}
