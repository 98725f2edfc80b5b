import { callbackTokenPattern } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import type { Store } from '../store';
import { sampleDocument, started, useTempStore } from '../store/store-test-helpers';
import { CallbackRepository } from './callback.repository';

const at = '2026-01-01T00:00:00.000Z';
const declared = [
  { name: 'approved', type: 'Boolean' as const },
  { name: 'score', type: 'Float' as const },
];

/** An execution whose step "Approve" is Executing, and a repository on the same store. */
function waitingStep(store: Store) {
  store.pipelines.create({ name: 'gate', document: sampleDocument() });
  const { execution } = store.executions.create({ pipelineName: 'gate', version: 1 });
  const executionId = execution.header.executionId;
  store.executions.appendEvents(executionId, [
    started(['Approve']),
    { type: 'step-starting', at, stepName: 'Approve', attempt: 1 },
    { type: 'step-executing', at, stepName: 'Approve', attempt: 1 },
  ]);
  const callbacks = new CallbackRepository(store.database);
  const { record } = callbacks.open({
    executionId,
    stepName: 'Approve',
    attempt: 1,
    declaredOutputs: declared,
  });
  return { callbacks, executionId, token: record.token };
}

const errorOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error as { status: number; message: string; details?: unknown[] };
  }
  throw new Error('it did not throw');
};

describe('callback tokens', () => {
  const tempStore = useTempStore();

  it('makes a 10-character token and records success with outputs converted to their types', () => {
    const { callbacks, token, executionId } = waitingStep(tempStore());
    expect(token).toMatch(callbackTokenPattern);
    const record = callbacks.answer(token, {
      kind: 'success',
      outputParameters: [
        { Name: 'score', Value: '0.75' },
        { Name: 'approved', Value: 'True' },
      ],
    });
    expect(record).toMatchObject({
      executionId,
      pipelineName: 'gate',
      stepName: 'Approve',
      status: 'Succeeded',
      outputs: [
        { Name: 'approved', Value: true },
        { Name: 'score', Value: 0.75 },
      ],
    });
  });

  it('answers 404 for an unknown token and 409 for a token already used', () => {
    const { callbacks, token } = waitingStep(tempStore());
    expect(errorOf(() => callbacks.answer('ABCDEFGHIJ', { kind: 'failure' }))).toMatchObject({
      status: 404,
      message: 'No Callback step has the token "ABCDEFGHIJ".',
    });
    callbacks.answer(token, { kind: 'failure', failureReason: 'rejected by Ana' });
    const again = errorOf(() => callbacks.answer(token, { kind: 'success', outputParameters: [] }));
    expect(again.status).toBe(409);
    expect(again.message).toMatch(
      new RegExp(`^Callback token ${token} was already used: failure was sent for step "Approve"`),
    );
    expect(callbacks.get(token)).toMatchObject({
      status: 'Failed',
      failureReason: 'rejected by Ana',
    });
  });

  it('refuses outputs that are missing, unknown, repeated or of the wrong type, listing each', () => {
    const { callbacks, token } = waitingStep(tempStore());
    const error = errorOf(() =>
      callbacks.answer(token, {
        kind: 'success',
        outputParameters: [
          { Name: 'score', Value: 'high' },
          { Name: 'colour', Value: 'red' },
          { Name: 'score', Value: '1' },
        ],
      }),
    );
    expect(error.status).toBe(400);
    expect(error.details).toEqual([
      {
        path: '/body/outputParameters/1/Name',
        message: 'The Callback step declares no output parameter "colour".',
        hint: 'It declares "approved", "score".',
      },
      { path: '/body/outputParameters/2/Name', message: 'Output parameter "score" is sent twice.' },
      {
        path: '/body/outputParameters',
        message: 'Output parameter "approved" (Boolean) is missing from what was sent.',
      },
      {
        path: '/body/outputParameters/0/Value',
        message: 'Output parameter "score" must be a Float, but what was sent has the text "high".',
        hint: 'Give a number such as 6.0.',
      },
    ]);
    expect(callbacks.get(token)?.status).toBe('Waiting');
  });

  it('gives a restarted step its unsettled token back, and a new one once settled', () => {
    const { callbacks, token, executionId } = waitingStep(tempStore());
    const again = callbacks.open({
      executionId,
      stepName: 'Approve',
      attempt: 2,
      declaredOutputs: declared,
    });
    expect(again).toMatchObject({ reused: true, record: { token, attempt: 2 } });
    callbacks.answer(token, { kind: 'failure' });
    callbacks.settle(token);
    const retried = callbacks.open({
      executionId,
      stepName: 'Approve',
      attempt: 3,
      declaredOutputs: declared,
    });
    expect(retried.reused).toBe(false);
    expect(retried.record.token).not.toBe(token);
  });

  it('refuses answers once the step was stopped, or once the step no longer runs', () => {
    const store = tempStore();
    const { callbacks, token, executionId } = waitingStep(store);
    expect(callbacks.stop(token)?.status).toBe('Stopped');
    expect(errorOf(() => callbacks.answer(token, { kind: 'failure' }))).toMatchObject({
      status: 409,
      message: `Callback token ${token} no longer waits: step "Approve" of execution ${executionId} was stopped.`,
    });

    const fresh = callbacks.open({
      executionId,
      stepName: 'Approve',
      attempt: 2,
      declaredOutputs: declared,
    });
    store.executions.appendEvents(executionId, [
      { type: 'step-failed', at, stepName: 'Approve', attempt: 1, reason: 'gone' },
    ]);
    expect(errorOf(() => callbacks.answer(fresh.record.token, { kind: 'failure' }))).toMatchObject({
      status: 409,
    });
  });
});
