import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../services';
import { commandStep, pipelineOf, testServices } from './engine-test-helpers';

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

const marker = () => `/tmp/pipewright-retry-${process.pid}-${Math.random().toString(36).slice(2)}`;

/** A step whose first `failures` attempts kill themselves with SIGKILL, as an OOM kill would. */
function crashingStep(
  name: string,
  failures: number,
  file: string,
  extra: Record<string, unknown> = {},
) {
  return commandStep(
    name,
    [
      'python3',
      '-c',
      `import os,signal\np='${file}'\nn=int(open(p).read()) if os.path.exists(p) else 0\nopen(p,'w').write(str(n+1))\nif n < ${failures}: os.kill(os.getpid(), signal.SIGKILL)`,
    ],
    extra,
  );
}

describe('retry policies', () => {
  it('retries an internally failed attempt with backoff, keeping every attempt', async () => {
    services = await testServices();
    const policy = {
      ExceptionType: ['SageMaker.JOB_INTERNAL_ERROR'],
      IntervalSeconds: 1,
      BackoffRate: 1,
      MaxAttempts: 3,
    };
    services.store.pipelines.create({
      name: 'retry',
      document: pipelineOf([crashingStep('Crashy', 2, marker(), { RetryPolicies: [policy] })]),
    });
    const id = await services.engine.start({ pipelineName: 'retry' });
    await services.engine.idle();
    const { state } = services.store.executions.get(id);
    expect(state?.status).toBe('Succeeded');
    expect(state?.steps.Crashy?.attemptCount).toBe(3);
    const notes = services.store.executions
      .eventsSince(id, 0, 1000)
      .flatMap(({ event }) => (event.type === 'log' ? [event.text] : []))
      .filter((text) => text.includes('retrying'));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('SageMaker.JOB_INTERNAL_ERROR');
  });

  it('fails once MaxAttempts retries are used up', async () => {
    services = await testServices();
    const policy = {
      ExceptionType: ['SageMaker.JOB_INTERNAL_ERROR'],
      IntervalSeconds: 1,
      BackoffRate: 1,
      MaxAttempts: 1,
    };
    services.store.pipelines.create({
      name: 'retry',
      document: pipelineOf([crashingStep('Crashy', 5, marker(), { RetryPolicies: [policy] })]),
    });
    const id = await services.engine.start({ pipelineName: 'retry' });
    await services.engine.idle();
    const step = services.store.executions.get(id).state?.steps.Crashy;
    expect(step).toMatchObject({ status: 'Failed', attemptCount: 2 });
    expect(step?.failureReason).toMatch(/killed by SIGKILL/);
  });

  it('does not retry a script that exits with an error', async () => {
    services = await testServices();
    const policy = { ExceptionType: ['SageMaker.JOB_INTERNAL_ERROR'], MaxAttempts: 3 };
    services.store.pipelines.create({
      name: 'retry',
      document: pipelineOf([commandStep('Bad', ['false'], { RetryPolicies: [policy] })]),
    });
    const id = await services.engine.start({ pipelineName: 'retry' });
    await services.engine.idle();
    expect(services.store.executions.get(id).state?.steps.Bad).toMatchObject({
      status: 'Failed',
      attemptCount: 1,
    });
  });

  it('stops during the wait between attempts', async () => {
    services = await testServices();
    const policy = {
      ExceptionType: ['SageMaker.JOB_INTERNAL_ERROR'],
      IntervalSeconds: 600,
      MaxAttempts: 3,
    };
    services.store.pipelines.create({
      name: 'retry',
      document: pipelineOf([crashingStep('Crashy', 5, marker(), { RetryPolicies: [policy] })]),
    });
    const id = await services.engine.start({ pipelineName: 'retry' });
    for (let tries = 0; tries < 400; tries++) {
      const waiting = services.store.executions
        .eventsSince(id, 0, 1000)
        .some(({ event }) => event.type === 'log' && event.text.includes('retrying'));
      if (waiting) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    services.engine.stop(id);
    await services.engine.idle();
    const { state } = services.store.executions.get(id);
    expect(state?.status).toBe('Stopped');
    expect(state?.steps.Crashy).toMatchObject({ status: 'Stopped', attemptCount: 1 });
  });
});

describe('timeouts', () => {
  it('kills a step that runs past MaxRuntimeInSeconds and says so', async () => {
    services = await testServices();
    const step = commandStep('Slow', ['sleep', '60']);
    (step.Arguments as Record<string, unknown>).StoppingCondition = { MaxRuntimeInSeconds: 1 };
    services.store.pipelines.create({ name: 'timeout', document: pipelineOf([step]) });
    const id = await services.engine.start({ pipelineName: 'timeout' });
    await services.engine.idle();
    const slow = services.store.executions.get(id).state?.steps.Slow;
    expect(slow?.status).toBe('Failed');
    expect(slow?.failureReason).toMatch(/MaxRuntimeInSeconds \(1 s\)/);
  });
});
