import type { ModelPackageDescription } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { executionQueries } from '../api/executions.queries';
import { generatingExecutionId, registeringStepName } from './registry-source';

/** A link to the execution step that registered a version, or to the execution alone. */
export function VersionSource({ description }: { description: ModelPackageDescription }) {
  const executionId = generatingExecutionId(description.MetadataProperties);
  const steps = useQuery({
    ...executionQueries.steps(executionId ?? ''),
    enabled: executionId !== undefined,
  });
  if (executionId === undefined) return <span className="registry__muted">Unknown</span>;
  const stepName =
    steps.data &&
    registeringStepName(steps.data.PipelineExecutionSteps, description.ModelPackageArn);
  if (stepName === undefined) {
    return <Link href={`/executions/${executionId}`}>Execution {executionId}</Link>;
  }
  return (
    <Link href={`/executions/${executionId}/steps/${encodeURIComponent(stepName)}`}>
      {stepName} in {executionId}
    </Link>
  );
}
