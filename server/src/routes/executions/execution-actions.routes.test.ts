import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createPipeline,
  processingPipeline,
  startExecution,
} from '../../testing/pipeline-fixtures';
import { AUTH_HEADERS, useTestApp } from '../../testing/test-app';

const headers = AUTH_HEADERS;

/** Fails the first time (leaving a marker file), succeeds every time after. */
const flaky = (marker: string) =>
  processingPipeline([
    'sh',
    '-c',
    'if [ -e "$1" ]; then echo second; else touch "$1"; echo first; exit 1; fi',
    'flaky',
    marker,
  ]);

describe('stop', () => {
  const testApp = useTestApp();

  it('stops a running execution, and refuses to stop it again', async () => {
    const { app, services } = await testApp();
    await createPipeline(app, 'slow', processingPipeline(['sleep', '30']));
    const { id } = await startExecution(app, 'slow');

    const stop = await app.inject({ method: 'POST', url: `/api/executions/${id}/stop`, headers });
    expect(stop.statusCode).toBe(200);
    expect(stop.json()).toMatchObject({ PipelineExecutionStatus: 'Stopping' });
    await services.engine.idle();

    const described = await app.inject({ url: `/api/executions/${id}`, headers });
    expect(described.json()).toMatchObject({ PipelineExecutionStatus: 'Stopped' });
    const again = await app.inject({ method: 'POST', url: `/api/executions/${id}/stop`, headers });
    expect(again.statusCode).toBe(409);
  });
});

describe('retry', () => {
  const testApp = useTestApp();

  it('runs a failed step again as a new attempt, once per idempotency key', async () => {
    const { app, services, workDir } = await testApp();
    await createPipeline(app, 'flaky', flaky(join(workDir, 'ran-once')));
    const { id } = await startExecution(app, 'flaky');
    await services.engine.idle();
    const failed = await app.inject({ url: `/api/executions/${id}`, headers });
    expect(failed.json()).toMatchObject({ PipelineExecutionStatus: 'Failed' });

    const retry = () =>
      app.inject({
        method: 'POST',
        url: `/api/executions/${id}/retry`,
        headers: { ...headers, 'idempotency-key': 'retry-1' },
      });
    const first = await retry();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ PipelineExecutionStatus: 'Executing' });
    const replayed = await retry();
    expect(replayed.statusCode).toBe(200);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    await services.engine.idle();

    const steps = await app.inject({ url: `/api/executions/${id}/steps`, headers });
    expect(steps.json()).toEqual({
      PipelineExecutionSteps: [
        expect.objectContaining({ StepName: 'Hello', StepStatus: 'Succeeded', AttemptCount: 2 }),
      ],
    });
    const log = (attempt: number) =>
      app.inject({ url: `/api/executions/${id}/steps/Hello/logs?attempt=${attempt}`, headers });
    expect((await log(1)).body).toBe('first\n');
    expect((await log(2)).body).toBe('second\n');
    expect((await retry()).json()).toMatchObject({ PipelineExecutionStatus: 'Succeeded' });
  });

  it('refuses to retry an execution that has not failed, and keeps the key usable', async () => {
    const { app, services } = await testApp();
    await createPipeline(app, 'fine', processingPipeline(['true']));
    const { id } = await startExecution(app, 'fine');
    await services.engine.idle();
    const retry = () =>
      app.inject({
        method: 'POST',
        url: `/api/executions/${id}/retry`,
        headers,
        payload: { idempotencyKey: 'k1' },
      });
    const refused = await retry();
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ message: expect.stringMatching(/Failed or Stopped/) });
    expect((await retry()).statusCode).toBe(409);
  });
});

describe('execution errors', () => {
  const testApp = useTestApp();
  const pipeline = processingPipeline(['true'], {
    parameters: [{ Name: 'Epochs', Type: 'Integer', DefaultValue: 1 }],
  });

  it('lists each bad parameter value with its path, code and hint', async () => {
    const { app } = await testApp();
    await createPipeline(app, 'p', pipeline);
    const res = await startExecution(app, 'p', { parameters: { Epochs: 'many', Epoch: 2 } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatchObject({
      message: 'The parameter values are not valid for this pipeline.',
      problems: expect.arrayContaining([
        expect.objectContaining({ path: '/body/parameters/Epochs', code: 'wrong-type' }),
        expect.objectContaining({
          path: '/body/parameters/Epoch',
          code: 'unknown-parameter',
          hint: expect.stringMatching(/Epochs/),
        }),
      ]),
    });
  });

  it('refuses an idempotency key given twice with different values', async () => {
    const { app } = await testApp();
    await createPipeline(app, 'p', pipeline);
    const res = await startExecution(app, 'p', { idempotencyKey: 'a' }, { 'idempotency-key': 'b' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatchObject({ problems: [{ path: '/headers/idempotency-key' }] });
  });

  it.each([
    ['POST', '/api/pipelines/missing/executions', 404],
    ['GET', '/api/executions/a1b2c3d4e5f6', 404],
    ['GET', '/api/executions/a1b2c3d4e5f6/steps', 404],
    ['POST', '/api/executions/a1b2c3d4e5f6/stop', 404],
    ['POST', '/api/executions/a1b2c3d4e5f6/retry', 404],
    ['GET', '/api/executions/a1b2c3d4e5f6/steps/Hello/logs', 404],
    ['GET', '/api/executions/a1b2c3d4e5f6/steps/Hello/properties', 404],
    ['GET', '/api/executions/NOT-AN-ID', 400],
    ['GET', '/api/executions?status=Running', 400],
  ] as const)('%s %s answers %i', async (method, url, status) => {
    const { app } = await testApp();
    const res = await app.inject({ method, url, headers });
    expect(res.statusCode).toBe(status);
    if (status === 400) expect(res.json()).toMatchObject({ problems: [expect.any(Object)] });
  });

  it('says which steps and attempts have no logs or properties', async () => {
    const { app, services } = await testApp();
    await createPipeline(app, 'p', pipeline);
    const { id } = await startExecution(app, 'p');
    await services.engine.idle();
    const get = (url: string) => app.inject({ url: `/api/executions/${id}${url}`, headers });
    expect((await get('/steps/Other/logs')).json()).toMatchObject({
      statusCode: 404,
      message: `Step "Other" has not started in execution ${id}.`,
    });
    expect((await get('/steps/Hello/logs?attempt=2')).json()).toMatchObject({
      statusCode: 404,
      message: `Step "Hello" of execution ${id} has 1 attempt, not 2.`,
    });
    expect((await get('/steps/Hello/properties?attempt=3')).statusCode).toBe(404);
    expect((await get('/steps/Hello/logs?tail=5&start=1')).json()).toMatchObject({
      problems: [{ path: '/query/tail' }],
    });
  });
});
