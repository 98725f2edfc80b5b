import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pipelineOf } from '../engine/engine-test-helpers';
import { type Services, openServices } from '../services';
import { openStore } from '../store';
import { CallbackRepository } from './callback.repository';

const opened: Services[] = [];
const dataDirs: string[] = [];
afterEach(async () => {
  for (const services of opened.splice(0)) await services.close();
  for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pipewright-callback-'));
  dataDirs.push(dir);
  return dir;
}

async function open(dataDir: string): Promise<Services> {
  const services = await openServices({ dataDir, sandbox: 'host', stopGraceMs: 500 });
  opened.push(services);
  return services;
}

/** Calls `check` until it returns a value (no timing is asserted). */
async function eventually<T>(check: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 1000; tries++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the condition never held');
}

/** The token a waiting Callback step shows in its metadata, once it shows one. */
function tokenOf(services: Services, executionId: string, stepName = 'Approve', attempt = 1) {
  return eventually(() => {
    const step = services.store.executions.get(executionId).state?.steps[stepName];
    if (step?.status !== 'Executing' || step.attemptCount !== attempt) return undefined;
    return (step.metadata?.Callback as { CallbackToken?: string } | undefined)?.CallbackToken;
  });
}

/** A Callback gate whose outputs feed a Condition and, through it, a step's arguments. */
function gatedPipeline() {
  return pipelineOf([
    {
      Name: 'Approve',
      Type: 'Callback',
      Arguments: { model: 'churn-v2' },
      SqsQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/approvals',
      OutputParameters: [
        { OutputName: 'approved', OutputType: 'Boolean' },
        { OutputName: 'reviewer', OutputType: 'String' },
      ],
    },
    {
      Name: 'IsApproved',
      Type: 'Condition',
      Arguments: {
        Conditions: [
          {
            Type: 'Equals',
            LeftValue: { Get: "Steps.Approve.OutputParameters['approved']" },
            RightValue: true,
          },
        ],
        IfSteps: [
          {
            Name: 'Ship',
            Type: 'Processing',
            Arguments: {
              AppSpecification: {
                ImageUri: 'local',
                ContainerEntrypoint: [
                  'python3',
                  '-c',
                  'import sys; print("shipped by", sys.argv[1])',
                  { Get: "Steps.Approve.OutputParameters['reviewer']" },
                ],
              },
            },
          },
        ],
        ElseSteps: [],
      },
    },
  ]);
}

async function startGate(services: Services): Promise<string> {
  services.store.pipelines.create({ name: 'gate', document: gatedPipeline() });
  return services.engine.start({ pipelineName: 'gate' });
}

describe('Callback steps in the engine', () => {
  it('waits for success, whose outputs feed the condition and a downstream step', async () => {
    const dataDir = await tempDataDir();
    const services = await open(dataDir);
    const id = await startGate(services);
    const token = await tokenOf(services, id);
    expect(services.store.executions.get(id).state?.steps.Approve?.metadata).toEqual({
      Callback: {
        CallbackToken: token,
        SqsQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/approvals',
      },
    });
    const message = JSON.parse(
      await readFile(
        join(
          dataDir,
          'objects',
          'pipewright',
          'executions',
          id,
          'Approve',
          'callback-message.json',
        ),
        'utf8',
      ),
    );
    expect(message).toEqual({
      token,
      pipelineExecutionArn: `arn:aws:sagemaker:local:000000000000:pipeline/gate/execution/${id}`,
      arguments: { model: 'churn-v2' },
      status: 'Executing',
    });

    services.callbacks.succeed(token, [
      { Name: 'approved', Value: 'true' },
      { Name: 'reviewer', Value: 'ana' },
    ]);
    await services.engine.idle();
    const { state } = services.store.executions.get(id);
    expect(state?.status).toBe('Succeeded');
    expect(state?.steps.Approve?.metadata).toEqual({
      Callback: {
        CallbackToken: token,
        SqsQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/approvals',
        OutputParameters: [
          { Name: 'approved', Value: 'true' },
          { Name: 'reviewer', Value: 'ana' },
        ],
      },
    });
    expect(services.store.executions.getStepProperties(id, 'Approve')?.properties).toEqual({
      OutputParameters: [
        { Name: 'approved', Value: true },
        { Name: 'reviewer', Value: 'ana' },
      ],
    });
    const log = await readFile(
      join(dataDir, 'executions', id, 'steps', 'Ship', 'attempt-1', 'logs', 'output.log'),
      'utf8',
    );
    expect(log).toBe('shipped by ana\n');
    const gateLog = await readFile(
      join(dataDir, 'executions', id, 'steps', 'Approve', 'attempt-1', 'logs', 'output.log'),
      'utf8',
    );
    expect(gateLog).toContain(`"token":"${token}"`);
    expect(gateLog).toContain(`pipewright callback succeed --token ${token}`);
  });

  it('fails with the reason sent as failure', async () => {
    const services = await open(await tempDataDir());
    const id = await startGate(services);
    services.callbacks.fail(await tokenOf(services, id), 'The model card is incomplete.');
    await services.engine.idle();
    const { state } = services.store.executions.get(id);
    expect(state?.status).toBe('Failed');
    expect(state?.steps.Approve).toMatchObject({
      status: 'Failed',
      failureReason: 'The model card is incomplete.',
    });
    expect(state?.steps.IsApproved).toBeUndefined();
  });

  it('ends Stopped when the execution is stopped during the wait; the token then refuses answers', async () => {
    const services = await open(await tempDataDir());
    const id = await startGate(services);
    const token = await tokenOf(services, id);
    services.engine.stop(id);
    await services.engine.idle();
    expect(services.store.executions.get(id).state).toMatchObject({
      status: 'Stopped',
      steps: { Approve: { status: 'Stopped' } },
    });
    expect(() => services.callbacks.succeed(token, [])).toThrow(/no longer waits.*was stopped/);
  });

  it('keeps waiting on the same token after a restart, and takes an answer sent while the server was down', async () => {
    const dataDir = await tempDataDir();
    const first = await open(dataDir);
    const id = await startGate(first);
    const token = await tokenOf(first, id);
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    const second = await open(dataDir);
    // The interrupted attempt runs again as attempt 2, waiting on the token already sent out.
    expect(await tokenOf(second, id, 'Approve', 2)).toBe(token);
    await second.close();
    opened.splice(opened.indexOf(second), 1);

    // No engine runs: an answer written straight into the store (as `pipewright callback` does)…
    const offline = openStore(dataDir);
    new CallbackRepository(offline.database).answer(token, {
      kind: 'success',
      outputParameters: [
        { Name: 'approved', Value: 'false' },
        { Name: 'reviewer', Value: 'bo' },
      ],
    });
    offline.close();

    // …is what the next attempt finds: it succeeds at once and the else branch (empty) is taken.
    const third = await open(dataDir);
    await eventually(() =>
      third.store.executions.get(id).state?.status === 'Succeeded' ? true : undefined,
    );
    const { state } = third.store.executions.get(id);
    expect(state?.steps.Approve).toMatchObject({ status: 'Succeeded', attemptCount: 3 });
    expect(state?.steps.IsApproved?.metadata).toEqual({ Condition: { Outcome: 'False' } });
  });
});
