import { extensionKey } from '@pipewright/shared';
import { runLambdaStep } from '../../runtime/lambda/lambda-step';
import type { RunnerServices, StepRunner } from './step-runner';

/** Lambda steps: the FunctionArn's local handler, in its own process (see docs/local-runtime.md). */
export const runLambda: StepRunner = (context) =>
  runLambdaStep({
    step: context.step,
    arguments: context.arguments,
    attemptDir: context.attemptDir,
    embeddedFiles: embeddedFilesOf(context.services, context.executionId),
    objectStore: context.services.objectStore,
    onExecuting: context.onExecuting,
    onLog: context.onLog,
    signal: context.signal,
    ...(context.services.workingDir !== undefined && { workingDir: context.services.workingDir }),
    ...(context.services.stopGraceMs !== undefined && {
      stopGraceMs: context.services.stopGraceMs,
    }),
  });

/** The embedded files of the pipeline version the execution runs. */
function embeddedFilesOf(
  services: RunnerServices,
  executionId: string,
): Record<string, { content: string }> {
  const { header } = services.store.executions.get(executionId);
  const { Definition } = services.store.pipelines.get(header.pipelineName, header.pipelineVersion);
  const files = (Definition as Record<string, unknown>)[extensionKey] as
    { files?: Record<string, { content: string }> } | undefined;
  return files?.files ?? {};
}
