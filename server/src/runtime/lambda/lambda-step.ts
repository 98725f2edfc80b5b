import { join } from 'node:path';
import type { OutputListener } from '../log-files';
import type { ObjectStore } from '../object-store';
import {
  checkOutputValues,
  declaredOutputs,
  describeProblems,
  outputMetadata,
} from '../output-parameters';
import { RuntimeUserError, isRuntimeUserError, systemErrorCode } from '../runtime-error';
import { type StepMetadata, type StepOutcome, fitReason } from '../step-outcome';
import { parseFunctionArn } from './function-arn';
import { findLambdaHandler } from './handler-lookup';
import { type InvocationResult, invokeLambda } from './lambda-invoke';

/** SageMaker's Lambda step timeout: 120 s unless the step sets `Timeout`, at most 10 minutes. */
export const defaultLambdaTimeoutSeconds = 120;
export const maxLambdaTimeoutSeconds = 600;

/** Everything one attempt of a Lambda step needs. */
export interface LambdaStepContext {
  /** The raw step: FunctionArn, OutputParameters and Timeout live beside Arguments. */
  step: Record<string, unknown>;
  /** The step's Arguments with every expression resolved: the handler's event. */
  arguments: unknown;
  attemptDir: string;
  /** The document's `x-pipewright.files`, where handlers are looked for first. */
  embeddedFiles: Readonly<Record<string, { content: string }>>;
  objectStore: ObjectStore;
  /** Where `lambdas/` is looked for; the process's working directory by default. */
  workingDir?: string;
  onExecuting: (metadata: StepMetadata) => void;
  onLog: OutputListener;
  signal: AbortSignal;
  stopGraceMs?: number;
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs one attempt of a Lambda step: finds the handler for its FunctionArn, calls it with the
 * resolved Arguments as the event, and fills OutputParameters from the object it returns, each
 * checked against its OutputType. A problem is a `Failed` outcome with a reason, never a throw.
 */
export async function runLambdaStep(context: LambdaStepContext): Promise<StepOutcome> {
  const arn = typeof context.step.FunctionArn === 'string' ? context.step.FunctionArn : '';
  const failed = (reason: string, detail?: string): StepOutcome => ({
    status: 'Failed',
    reason: fitReason(reason, detail),
    metadata: { Lambda: { Arn: arn } },
  });
  try {
    const target = parseFunctionArn(context.step.FunctionArn);
    const timeoutSeconds = timeoutOf(context.step.Timeout);
    const handler = await findLambdaHandler({
      target,
      embeddedFiles: context.embeddedFiles,
      workingDir: context.workingDir ?? process.cwd(),
      objectStore: context.objectStore,
      functionDir: join(context.attemptDir, 'function'),
    });
    const name = target.functionName;
    const result = await invokeLambda({
      handler,
      event: context.arguments,
      functionName: name,
      functionArn: arn,
      region: target.region,
      timeoutSeconds,
      attemptDir: context.attemptDir,
      onLog: context.onLog,
      signal: context.signal,
      onStarted: () => context.onExecuting({ Lambda: { Arn: arn } }),
      ...(context.stopGraceMs !== undefined && { stopGraceMs: context.stopGraceMs }),
      ...(context.hostEnv !== undefined && { hostEnv: context.hostEnv }),
    });
    return outcomeOf(result, { name, arn, timeoutSeconds, step: context.step, failed });
  } catch (error) {
    if (isRuntimeUserError(error)) return failed(`ClientError: ${error.message}`);
    if (systemErrorCode(error) !== undefined) {
      return failed(`InternalServerError: ${(error as Error).message}`);
    }
    throw error;
  }
}

function timeoutOf(value: unknown): number {
  if (value === undefined) return defaultLambdaTimeoutSeconds;
  if (typeof value !== 'number' || !(value > 0) || value > maxLambdaTimeoutSeconds) {
    throw new RuntimeUserError(
      'invalid-arguments',
      `Timeout must be a number of seconds from 1 to ${maxLambdaTimeoutSeconds} (SageMaker's limit for a Lambda step); it is ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

function outcomeOf(
  result: InvocationResult,
  info: {
    name: string;
    arn: string;
    timeoutSeconds: number;
    step: Record<string, unknown>;
    failed: (reason: string, detail?: string) => StepOutcome;
  },
): StepOutcome {
  const { name, failed } = info;
  switch (result.kind) {
    case 'stopped':
      return { status: 'Stopped', metadata: { Lambda: { Arn: info.arn } } };
    case 'timed-out':
      return failed(
        `The Lambda function "${name}" timed out after ${info.timeoutSeconds} s (the step's Timeout) and was stopped.`,
      );
    case 'crashed':
      return failed(
        `The Lambda function "${name}" ended without returning a result.`,
        result.reason,
      );
    case 'raised':
      return failed(
        `The Lambda function "${name}" raised ${result.errorType}: ${result.errorMessage}`,
      );
    case 'returned':
      return returnedOutcome(result.value, info);
  }
}

function returnedOutcome(
  value: unknown,
  info: {
    name: string;
    arn: string;
    step: Record<string, unknown>;
    failed: (reason: string) => StepOutcome;
  },
): StepOutcome {
  const declared = declaredOutputs(info.step);
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (declared.length > 0 && !isObject) {
    return info.failed(
      `The Lambda function "${info.name}" returned ${preview(value)}, not an object with its output parameters (${declared.map((output) => output.name).join(', ')}).`,
    );
  }
  const supplied = new Map(isObject ? Object.entries(value) : []);
  const checked = checkOutputValues(declared, supplied, `the result of "${info.name}"`);
  if (!checked.ok) return info.failed(describeProblems(checked.problems));
  return {
    status: 'Succeeded',
    properties: { OutputParameters: checked.outputs },
    metadata: { Lambda: { Arn: info.arn, OutputParameters: outputMetadata(checked.outputs) } },
    propertyFiles: {},
  };
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
