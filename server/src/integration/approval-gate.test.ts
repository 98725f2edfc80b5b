import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { captureIo } from '../cli/cli-test-helpers';
import { runCommand } from '../cli/run-command';
import { createPipeline, startExecution } from '../testing/pipeline-fixtures';
import { AUTH_HEADERS, useTestApp } from '../testing/test-app';

const example = fileURLToPath(
  new URL('../../../examples/approval-gate/pipeline.json', import.meta.url),
);
const launcher = fileURLToPath(new URL('../../bin/pipewright.js', import.meta.url));

/** Calls `check` until it returns a value (no timing is asserted). */
async function eventually<T>(check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let tries = 0; tries < 1500; tries++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the condition never held');
}

const get = async (app: FastifyInstance, url: string) =>
  (await app.inject({ method: 'GET', url, headers: AUTH_HEADERS })).json<Record<string, unknown>>();

/** Starts the example through the API and returns its id once the approval gate waits. */
async function startUntilTheGateWaits(app: FastifyInstance) {
  await createPipeline(app, 'approval-gate', JSON.parse(await readFile(example, 'utf8')));
  const { id } = await startExecution(app, 'approval-gate');
  const token = await eventually(async () => {
    const { PipelineExecutionSteps: steps } = (await get(app, `/api/executions/${id}/steps`)) as {
      PipelineExecutionSteps: {
        StepName: string;
        Metadata?: Record<string, { CallbackToken?: string }>;
      }[];
    };
    return steps.find((step) => step.StepName === 'ApproveRelease')?.Metadata?.Callback
      ?.CallbackToken;
  });
  return { id, token };
}

const answer = (app: FastifyInstance, callbackToken: string, approved: string, approver: string) =>
  app.inject({
    method: 'POST',
    url: '/api/callbacks/success',
    headers: AUTH_HEADERS,
    payload: {
      callbackToken,
      outputParameters: [
        { Name: 'approved', Value: approved },
        { Name: 'approver', Value: approver },
      ],
    },
  });

describe('the approval-gate example', () => {
  const testApp = useTestApp();

  it('runs through the engine: the Lambda judges, the API approves, the release is published', async () => {
    const { app, services } = await testApp();
    const { id, token } = await startUntilTheGateWaits(app);
    expect(await get(app, `/api/executions/${id}/steps/Triage/properties`)).toEqual({
      OutputParameters: [
        { Name: 'meets_bar', Value: true },
        { Name: 'risk', Value: 'low' },
        { Name: 'headline', Value: 'accuracy 0.900 on 60 rows (minimum 0.850): low risk' },
      ],
    });
    expect((await answer(app, token, 'true', 'ana')).statusCode).toBe(200);
    await services.engine.idle();
    expect(services.store.executions.get(id).state?.status).toBe('Succeeded');
    const note = await readFile(
      join(
        services.objectStore.objectsDir,
        'pipewright',
        'executions',
        id,
        'Publish',
        'release',
        'release-note.txt',
      ),
      'utf8',
    );
    expect(note).toContain('approved by: ana');
    expect(note).toContain('low risk');
  });

  it('takes the else branch when the reviewer does not approve', async () => {
    const { app, services } = await testApp();
    const { id, token } = await startUntilTheGateWaits(app);
    expect((await answer(app, token, 'False', 'bo')).statusCode).toBe(200);
    await services.engine.idle();
    expect(services.store.executions.get(id).state).toMatchObject({
      status: 'Failed',
      failureReason: 'Not released. Meets the accuracy bar: true - approved: false - reviewer: bo',
    });
  });

  it('runs with `pipewright run`, answered by `pipewright callback succeed` from another process', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-approval-'));
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const io = captureIo();
    const run = runCommand(example, { data: dataDir, sandbox: 'host' }, io);
    const token = await eventually(
      () => /ApproveRelease waits for a callback, token ([A-Za-z0-9]{10})\./.exec(io.out())?.[1],
    );
    expect(io.out()).toContain(
      `callback succeed --token ${token} --output approved=true --output approver=value --data ${dataDir}`,
    );
    const answered = await promisify(execFile)(process.execPath, [
      launcher,
      'callback',
      'succeed',
      '--token',
      token,
      '--output',
      'approved=true',
      '--output',
      'approver=ana',
      '--data',
      dataDir,
    ]);
    expect(answered.stdout).toContain(`✔ Sent success for step "ApproveRelease"`);
    expect(await run).toBe(0);
    expect(io.out()).toContain('✔ Publish succeeded');
    expect(io.out()).toContain('✔ execution Succeeded');
  });
});
