import { ConflictError, type Problem, UserError } from '@pipewright/shared';
import {
  type DeclaredOutput,
  type OutputParameter,
  checkOutputValues,
} from '../runtime/output-parameters';
import type { CallbackRecord } from './callback-rows';

/** What is sent for a token: SageMaker's SendPipelineExecutionStepSuccess or …Failure. */
export type CallbackAnswer =
  | { kind: 'success'; outputParameters: readonly { Name: string; Value: string }[] }
  | { kind: 'failure'; failureReason?: string };

/** The reason a step fails with when failure is sent without one. */
export const defaultFailureReason = 'Failure was sent for the callback token, with no reason.';

/**
 * The output parameters sent with success, converted to the declared types. Every declared
 * output must be sent, once, and nothing else; otherwise a 400 lists each problem with where
 * it is in the request body.
 */
export function convertSentOutputs(
  declared: readonly DeclaredOutput[],
  sent: readonly { Name: string; Value: string }[],
): OutputParameter[] {
  const problems: Problem[] = [];
  const known = new Set(declared.map((output) => output.name));
  const supplied = new Map<string, unknown>();
  const indexOf = new Map<string, number>();
  sent.forEach(({ Name, Value }, index) => {
    const path = `/body/outputParameters/${index}/Name`;
    if (!known.has(Name)) {
      const names = [...known].map((name) => `"${name}"`).join(', ');
      problems.push({
        path,
        message: `The Callback step declares no output parameter "${Name}".`,
        hint: names === '' ? 'It declares no output parameters.' : `It declares ${names}.`,
      });
    } else if (supplied.has(Name)) {
      problems.push({ path, message: `Output parameter "${Name}" is sent twice.` });
    } else {
      supplied.set(Name, Value);
      indexOf.set(Name, index);
    }
  });
  const checked = checkOutputValues(declared, supplied, 'what was sent');
  if (!checked.ok) {
    for (const problem of checked.problems) {
      const index = indexOf.get(problem.name);
      problems.push({
        path:
          index === undefined ? '/body/outputParameters' : `/body/outputParameters/${index}/Value`,
        message: problem.message,
        ...(problem.hint !== undefined && { hint: problem.hint }),
      });
    }
  }
  if (problems.length > 0 || !checked.ok) {
    const more =
      problems.length > 1
        ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})`
        : '';
    throw new UserError(
      `${problems[0]?.message ?? 'The output parameters are not valid.'}${more}`,
      {
        details: problems,
        hint: problems[0]?.hint,
      },
    );
  }
  return checked.outputs;
}

/** Refuses an answer for a token that no longer waits: answered before, or stopped. */
export function checkStillWaiting(record: CallbackRecord): void {
  const where = `step "${record.stepName}" of execution ${record.executionId}`;
  if (record.status === 'Succeeded' || record.status === 'Failed') {
    const sent = record.status === 'Succeeded' ? 'success' : 'failure';
    throw new ConflictError(
      `Callback token ${record.token} was already used: ${sent} was sent for ${where} at ${record.answeredAt}.`,
      { hint: 'A token is answered once. Retrying the execution gives the step a new token.' },
    );
  }
  if (record.status === 'Stopped') {
    throw new ConflictError(
      `Callback token ${record.token} no longer waits: ${where} was stopped.`,
      { hint: 'Retry the execution: the Callback step runs again with a new token.' },
    );
  }
}

/**
 * Refuses an answer when the step is not running any more, although its token still says
 * Waiting: the execution ended (or is being stopped) without the step's attempt seeing it.
 */
export function checkStepRunning(
  record: CallbackRecord,
  execution: { status: string; stepStatus: string | undefined } | undefined,
): void {
  const where = `step "${record.stepName}" of execution ${record.executionId}`;
  if (execution === undefined) {
    throw new ConflictError(
      `Callback token ${record.token}: execution ${record.executionId} is gone.`,
    );
  }
  const running = execution.stepStatus === 'Starting' || execution.stepStatus === 'Executing';
  if (execution.status !== 'Executing' || !running) {
    throw new ConflictError(
      `Callback token ${record.token} no longer waits: ${where} is ${execution.stepStatus ?? 'not running'} and the execution is ${execution.status}.`,
      { hint: 'Retry the execution: the Callback step runs again with a new token.' },
    );
  }
}
