import {
  type EvaluationContext,
  type ExecutionState,
  type PipelineDocument,
  flattenDocument,
} from '@pipewright/shared';
import type { EngineStore } from './engine-ports';

export interface ContextInput {
  executionId: string;
  pipelineName: string;
  stepName: string;
  stepType: string;
  state: ExecutionState;
  document: PipelineDocument;
  store: EngineStore;
  readJsonSync: (uri: string) => unknown;
}

const arnPrefix = 'arn:aws:sagemaker:local:000000000000';

/**
 * The values a step's expressions resolve against when it starts: typed parameters, the eight
 * execution variables, upstream steps' Describe-shaped properties, and property files read from
 * the object store (sagemaker-definition.md §14, "runtime resolution order").
 */
export function evaluationContextFor(input: ContextInput): EvaluationContext {
  const { executionId, pipelineName, stepName, stepType, state, document, store } = input;
  const jobName = `${stepName}-${executionId}`;
  return {
    parameters: state.parameters,
    execution: {
      StartDateTime: state.startTime,
      CurrentDateTime: new Date().toISOString(),
      PipelineName: pipelineName,
      PipelineArn: `${arnPrefix}:pipeline/${pipelineName}`,
      PipelineExecutionId: executionId,
      PipelineExecutionArn: `${arnPrefix}:pipeline/${pipelineName}/execution/${executionId}`,
      ...(stepType === 'Processing' && { ProcessingJobName: jobName }),
      ...(stepType === 'Training' && { TrainingJobName: jobName }),
    },
    experimentConfig: { ExperimentName: pipelineName, TrialName: executionId },
    stepProperties: (name) => store.stepProperties(executionId, name),
    propertyFile: (name, fileName) => {
      const uri = propertyFileUri(
        document,
        store.stepProperties(executionId, name),
        name,
        fileName,
      );
      return uri === undefined ? undefined : input.readJsonSync(uri);
    },
    readJson: (uri) => input.readJsonSync(uri),
  };
}

/** `<S3Uri of the output named by the property file>/<FilePath>`, as SageMaker resolves it. */
function propertyFileUri(
  document: PipelineDocument,
  properties: unknown,
  stepName: string,
  fileName: string,
): string | undefined {
  const node = flattenDocument(document).find((candidate) => candidate.name === stepName);
  const files = node?.step.PropertyFiles;
  if (!Array.isArray(files)) return undefined;
  const file = files.find(
    (entry: { PropertyFileName?: unknown }) => entry.PropertyFileName === fileName,
  ) as { OutputName: string; FilePath: string } | undefined;
  if (!file) return undefined;
  const outputs = (properties as { ProcessingOutputConfig?: { Outputs?: unknown[] } } | undefined)
    ?.ProcessingOutputConfig?.Outputs;
  const output = outputs?.find(
    (entry) => (entry as { OutputName?: unknown }).OutputName === file.OutputName,
  ) as { S3Output?: { S3Uri?: string } } | undefined;
  const base = output?.S3Output?.S3Uri;
  if (base === undefined) return undefined;
  return `${base.replace(/\/+$/, '')}/${file.FilePath.replace(/^\/+/, '')}`;
}
