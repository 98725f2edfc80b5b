import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { executionArn } from '@pipewright/shared';
import { LogFiles, type OutputListener } from '../runtime/log-files';
import type { ObjectStore } from '../runtime/object-store';
import { declaredOutputs, outputMetadata } from '../runtime/output-parameters';
import type { StepMetadata, StepOutcome } from '../runtime/step-outcome';
import { apiInstructions, cliInstructions } from './callback-instructions';
import type { CallbackService } from './callback.service';

/** Everything one attempt of a Callback step needs. */
export interface CallbackStepContext {
  callbacks: CallbackService;
  executionId: string;
  pipelineName: string;
  stepName: string;
  attempt: number;
  /** The raw step: SqsQueueUrl and OutputParameters live beside Arguments. */
  step: Record<string, unknown>;
  /** The resolved Arguments: what SageMaker would put in the SQS message. */
  arguments: unknown;
  attemptDir: string;
  /** `s3://pipewright/executions/<id>/<step>/`: the message is also written there. */
  defaultOutputPrefix: string;
  objectStore: ObjectStore;
  /** The data directory, for the `pipewright callback … --data` line in the log. */
  dataDir: string;
  onExecuting: (metadata: StepMetadata) => void;
  onLog: OutputListener;
  signal: AbortSignal;
  /** Whether the abort is a stop of the execution, not the server shutting down. */
  isStopRequested: () => boolean;
}

/**
 * Runs one attempt of a Callback step: takes a token (the step's unsettled one after a
 * restart, otherwise a new one), logs the message SageMaker would send to SQS and waits until
 * success or failure is sent for the token, or the execution is stopped.
 */
export async function runCallbackStep(context: CallbackStepContext): Promise<StepOutcome> {
  const declared = declaredOutputs(context.step);
  const queue = typeof context.step.SqsQueueUrl === 'string' ? context.step.SqsQueueUrl : undefined;
  const { record, reused } = context.callbacks.open({
    executionId: context.executionId,
    stepName: context.stepName,
    attempt: context.attempt,
    declaredOutputs: declared,
  });
  const { token } = record;
  const callback = { CallbackToken: token, ...(queue !== undefined && { SqsQueueUrl: queue }) };
  const logs = await LogFiles.open(join(context.attemptDir, 'logs'), context.onLog);
  const say = (text: string) => logs.write('stdout', Buffer.from(`${text}\n`));
  try {
    const message = (status: 'Executing' | 'Stopping') => ({
      token,
      pipelineExecutionArn: executionArn(context.pipelineName, context.executionId),
      arguments: context.arguments,
      status,
    });
    const messageFile = join(context.attemptDir, 'callback-message.json');
    await writeFile(messageFile, `${JSON.stringify(message('Executing'), null, 2)}\n`);
    await context.objectStore.put(
      messageFile,
      `${context.defaultOutputPrefix}callback-message.json`,
    );
    say(
      reused
        ? `Still waiting for callback token ${token}: the server restarted while the step waited, and the token already sent out stays valid.`
        : `Waiting for callback token ${token}.`,
    );
    say(`The message SageMaker would send to ${queue ?? 'the SQS queue'}:`);
    say(JSON.stringify(message('Executing')));
    say('Answer it with one of:');
    for (const line of [
      ...cliInstructions(token, declared, context.dataDir),
      ...apiInstructions(token, declared),
    ]) {
      say(`  ${line}`);
    }
    context.onExecuting({ Callback: callback });

    let wait = await context.callbacks.waitForAnswer(token, context.signal);
    if (wait.kind === 'aborted') {
      // Shutting down: the token stays open for the attempt that runs after the restart.
      if (!context.isStopRequested()) return { status: 'Stopped' };
      const after = context.callbacks.stop(token);
      if (after?.status === 'Stopped' || after === undefined) {
        say(JSON.stringify(message('Stopping')));
        return { status: 'Stopped', metadata: { Callback: callback } };
      }
      wait = { kind: 'answered', record: after };
    }
    if (wait.kind === 'gone') {
      return { status: 'Failed', reason: `Callback token ${token} no longer exists.` };
    }
    const answered = wait.record;
    context.callbacks.settle(token);
    if (answered.status === 'Succeeded') {
      const outputs = answered.outputs ?? [];
      say(`Success was sent for token ${token}.`);
      return {
        status: 'Succeeded',
        properties: { OutputParameters: outputs },
        metadata: { Callback: { ...callback, OutputParameters: outputMetadata(outputs) } },
        propertyFiles: {},
      };
    }
    say(`Failure was sent for token ${token}: ${answered.failureReason ?? ''}`);
    return {
      status: 'Failed',
      reason: answered.failureReason ?? 'Failure was sent for the callback token.',
      metadata: { Callback: callback },
    };
  } finally {
    await logs.close();
  }
}
