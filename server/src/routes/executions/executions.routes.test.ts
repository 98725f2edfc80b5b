import {
  ExecutionStepListSchema,
  ExecutionSummarySchema,
  ObjectListingSchema,
} from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import {
  createPipeline,
  processingPipeline,
  startExecution,
} from '../../testing/pipeline-fixtures';
import { AUTH_HEADERS, useTestApp } from '../../testing/test-app';

const headers = AUTH_HEADERS;

/** Prints five numbered lines and a warning, and writes result.txt to its output folder. */
const script = [
  'import sys, os',
  "for i in range(1, 6): print(f'line {i}')",
  "print('careful', file=sys.stderr)",
  "open(os.path.join(sys.argv[1], 'result.txt'), 'w').write(os.environ.get('GREETING', '?'))",
].join('\n');

const pipeline = processingPipeline(['python3', '-c', script, '/opt/ml/processing/out'], {
  stepName: 'Report',
  parameters: [{ Name: 'Epochs', Type: 'Integer', DefaultValue: 1 }],
  outputs: [
    { OutputName: 'result', LocalPath: '/opt/ml/processing/out', S3Uri: 's3://results/run/' },
  ],
});

describe('an execution through the API, start to finish', () => {
  const testApp = useTestApp();

  it('starts once per idempotency key, runs, and shows steps, logs, properties and outputs', async () => {
    const { app, services } = await testApp();
    await createPipeline(app, 'report', pipeline);

    const first = await startExecution(app, 'report', {
      parameters: { Epochs: 3 },
      displayName: 'nightly',
      maxParallelExecutionSteps: 2,
      idempotencyKey: 'nightly-2026-01-01',
    });
    expect(first.statusCode).toBe(201);
    const again = await startExecution(
      app,
      'report',
      {},
      { 'idempotency-key': 'nightly-2026-01-01' },
    );
    expect(again).toMatchObject({ statusCode: 200, id: first.id });

    await services.engine.idle();
    const described = await app.inject({ url: `/api/executions/${first.id}`, headers });
    expect(ExecutionSummarySchema.parse(described.json())).toMatchObject({
      PipelineExecutionId: first.id,
      PipelineName: 'report',
      PipelineExecutionDisplayName: 'nightly',
      PipelineExecutionStatus: 'Succeeded',
      Parameters: [{ Name: 'Epochs', Value: '3' }],
      ParallelismConfiguration: { MaxParallelExecutionSteps: 2 },
    });

    const list = await app.inject({ url: '/api/executions?pipelineName=report', headers });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(1);

    const steps = await app.inject({ url: `/api/executions/${first.id}/steps`, headers });
    expect(ExecutionStepListSchema.parse(steps.json())).toEqual({
      PipelineExecutionSteps: [
        expect.objectContaining({ StepName: 'Report', StepStatus: 'Succeeded', AttemptCount: 1 }),
      ],
    });

    const logs = `/api/executions/${first.id}/steps/Report/logs`;
    const stdout = await app.inject({ url: `${logs}?stream=stdout`, headers });
    expect(stdout.statusCode).toBe(200);
    expect(stdout.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(stdout.body).toBe('line 1\nline 2\nline 3\nline 4\nline 5\n');
    expect(stdout.headers).toMatchObject({
      'x-log-start': '0',
      'x-log-end': '35',
      'x-log-size': '35',
    });

    const range = await app.inject({ url: `${logs}?stream=stdout&start=7&end=13`, headers });
    expect(range.body).toBe('line 2');
    expect(range.headers).toMatchObject({ 'x-log-start': '7', 'x-log-end': '13' });
    const tail = await app.inject({ url: `${logs}?stream=stdout&tail=2`, headers });
    expect(tail.body).toBe('line 4\nline 5\n');
    const stderr = await app.inject({ url: `${logs}?stream=stderr`, headers });
    expect(stderr.body).toBe('careful\n');
    const combined = await app.inject({ url: logs, headers });
    expect(combined.body).toContain('careful\n');
    expect(combined.headers['x-log-attempt']).toBe('1');

    const properties = await app.inject({
      url: `/api/executions/${first.id}/steps/Report/properties`,
      headers,
    });
    expect(properties.json()).toMatchObject({
      ProcessingJobStatus: 'Completed',
      ProcessingOutputConfig: {
        Outputs: [expect.objectContaining({ OutputName: 'result' })],
      },
    });

    const objects = await app.inject({ url: '/api/objects?prefix=s3://results/run/', headers });
    expect(ObjectListingSchema.parse(objects.json()).items).toEqual([
      expect.objectContaining({
        key: 'run/result.txt',
        uri: 's3://results/run/result.txt',
        size: 1,
      }),
    ]);
    const download = await app.inject({
      url: '/api/objects/download?uri=s3://results/run/result.txt',
      headers,
    });
    expect(download.body).toBe('?');
    expect(download.headers['content-length']).toBe('1');
  });

  it('lists executions newest first, by pipeline and status, a page at a time', async () => {
    const { app, services } = await testApp();
    await createPipeline(app, 'ok', processingPipeline(['true']));
    await createPipeline(app, 'bad', processingPipeline(['false']));
    const ids = [];
    for (const name of ['ok', 'bad', 'ok']) ids.push((await startExecution(app, name)).id);
    await services.engine.idle();

    const okOnes = await app.inject({ url: '/api/executions?pipelineName=ok', headers });
    expect(
      okOnes
        .json<{ items: { PipelineExecutionId: string }[] }>()
        .items.map((e) => e.PipelineExecutionId),
    ).toEqual([ids[2], ids[0]]);
    const failed = await app.inject({ url: '/api/executions?status=Failed', headers });
    expect(failed.json()).toEqual({
      items: [
        expect.objectContaining({ PipelineExecutionId: ids[1], FailureReason: expect.any(String) }),
      ],
    });
    const page = await app.inject({ url: '/api/executions?limit=2', headers });
    const { nextPageToken } = page.json<{ nextPageToken: string }>();
    const rest = await app.inject({
      url: `/api/executions?limit=2&pageToken=${nextPageToken}`,
      headers,
    });
    expect(rest.json()).toEqual({
      items: [expect.objectContaining({ PipelineExecutionId: ids[0] })],
    });
  });
});
