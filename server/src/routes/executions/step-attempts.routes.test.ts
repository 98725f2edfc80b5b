import { join } from 'node:path';
import { StepAttemptListSchema } from '@pipewright/shared';
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
  processingPipeline(
    [
      'sh',
      '-c',
      'if [ -e "$1" ]; then echo second; else touch "$1"; echo boom >&2; exit 3; fi',
      'flaky',
      marker,
    ],
    { stepName: 'Flaky' },
  );

describe('GET /api/executions/:id/attempts', () => {
  const testApp = useTestApp();

  it('keeps the failed attempt a retry replaced, each with its own start and end', async () => {
    const { app, services, workDir } = await testApp();
    await createPipeline(app, 'flaky', flaky(join(workDir, 'ran-once')));
    const { id } = await startExecution(app, 'flaky');
    await services.engine.idle();
    const retry = await app.inject({ method: 'POST', url: `/api/executions/${id}/retry`, headers });
    expect(retry.statusCode).toBe(200);
    await services.engine.idle();

    const res = await app.inject({ url: `/api/executions/${id}/attempts`, headers });
    expect(res.statusCode).toBe(200);
    const { attempts } = StepAttemptListSchema.parse(res.json());
    expect(attempts).toEqual([
      expect.objectContaining({
        stepName: 'Flaky',
        attempt: 1,
        status: 'Failed',
        failureReason: expect.any(String),
      }),
      expect.objectContaining({ stepName: 'Flaky', attempt: 2, status: 'Succeeded' }),
    ]);
    const [first, second] = attempts;
    expect(first?.endTime).toBeDefined();
    expect(second?.endTime).toBeDefined();
    expect(Date.parse(String(second?.startTime))).toBeGreaterThanOrEqual(
      Date.parse(String(first?.endTime)),
    );
    // The step list keeps only the latest attempt.
    const steps = await app.inject({ url: `/api/executions/${id}/steps`, headers });
    expect(steps.json()).toMatchObject({
      PipelineExecutionSteps: [{ StepName: 'Flaky', AttemptCount: 2, StepStatus: 'Succeeded' }],
    });
  });

  it('answers 404 for an execution that does not exist', async () => {
    const { app } = await testApp();
    const res = await app.inject({ url: '/api/executions/nosuchexec12/attempts', headers });
    expect(res.statusCode).toBe(404);
  });
});
