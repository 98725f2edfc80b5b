import { afterEach, describe, expect, it } from 'vitest';
import { toExecutionSteps } from '@pipewright/shared';
import type { Services } from '../services';
import { commandStep, pipelineOf, qualityGateExample, testServices } from './engine-test-helpers';

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function runToEnd(
  services: Services,
  pipeline: string,
  parameters?: Record<string, unknown>,
) {
  const id = await services.engine.start({
    pipelineName: pipeline,
    ...(parameters && { parameters }),
  });
  await services.engine.idle();
  return services.store.executions.get(id);
}

describe('the engine running the quality-gate example', () => {
  it('preprocesses, evaluates, reads the property file and publishes when the error is small', async () => {
    services = await testServices();
    services.store.pipelines.create({ name: 'quality-gate', document: await qualityGateExample() });
    const { header, state } = await runToEnd(services, 'quality-gate');
    expect(state?.status).toBe('Succeeded');
    expect(Object.keys(state!.steps).sort()).toEqual([
      'CheckQuality',
      'Evaluate',
      'Prepare',
      'Publish',
    ]);
    expect(state!.steps.CheckQuality?.metadata).toEqual({ Condition: { Outcome: 'True' } });
    const outputs = await services.objectStore.list(
      `s3://pipewright/executions/${header.executionId}/`,
    );
    expect(outputs.map((entry) => entry.key)).toContain(
      `executions/${header.executionId}/Publish/card/model-card.txt`,
    );
  });

  it('fails with the Fail step message when the condition is false, and never runs the other branch', async () => {
    services = await testServices();
    services.store.pipelines.create({ name: 'quality-gate', document: await qualityGateExample() });
    const { state } = await runToEnd(services, 'quality-gate', { MaxError: 0.000001 });
    expect(state?.status).toBe('Failed');
    expect(state?.failureReason).toBe('Test MAE is above MaxError 0.000001');
    expect(state?.steps.Publish).toBeUndefined();
    expect(state?.steps.TooInaccurate).toMatchObject({
      status: 'Failed',
      metadata: { Fail: { ErrorMessage: 'Test MAE is above MaxError 0.000001' } },
    });
    expect(toExecutionSteps(state!).map((step) => step.StepName)).toHaveLength(4);
  });
});

describe('the engine', () => {
  it('runs independent steps in parallel up to MaxParallelExecutionSteps', async () => {
    services = await testServices();
    const marker = `/tmp/pipewright-parallel-${process.pid}-${Date.now()}`;
    // Each step waits until both have started, so the run only finishes if they overlap.
    const waitForBoth = (name: string) =>
      commandStep(name, [
        'python3',
        '-c',
        `import os,time,sys\nopen('${marker}-'+sys.argv[1],'w').close()\nfor _ in range(600):\n    if all(os.path.exists('${marker}-'+n) for n in 'AB'): sys.exit(0)\n    time.sleep(0.05)\nsys.exit(3)`,
        name,
      ]);
    services.store.pipelines.create({
      name: 'parallel',
      document: pipelineOf([waitForBoth('A'), waitForBoth('B')]),
    });
    const { state } = await runToEnd(services, 'parallel');
    expect(state?.status).toBe('Succeeded');
  });

  it('stops a running step and ends the execution as Stopped', async () => {
    services = await testServices();
    services.store.pipelines.create({
      name: 'slow',
      document: pipelineOf([
        commandStep('Sleep', ['sleep', '60']),
        commandStep('After', ['true'], { DependsOn: ['Sleep'] }),
      ]),
    });
    const id = await services.engine.start({ pipelineName: 'slow' });
    await waitFor(
      () => services!.store.executions.get(id).state?.steps.Sleep?.status === 'Executing',
    );
    services.engine.stop(id);
    await services.engine.idle();
    const { state } = services.store.executions.get(id);
    expect(state?.status).toBe('Stopped');
    expect(state?.steps.Sleep?.status).toBe('Stopped');
    expect(state?.steps.After).toBeUndefined();
  });

  it('retries only the failed step and what follows, reusing succeeded outputs', async () => {
    services = await testServices();
    const marker = `/tmp/pipewright-retry-${process.pid}-${Date.now()}`;
    const flaky = commandStep('Flaky', [
      'python3',
      '-c',
      `import os,sys\nif not os.path.exists('${marker}'):\n    open('${marker}','w').close(); print('first try fails', file=sys.stderr); sys.exit(1)`,
    ]);
    services.store.pipelines.create({
      name: 'flaky',
      document: pipelineOf([
        commandStep('First', ['true']),
        { ...flaky, DependsOn: ['First'] },
        commandStep('Last', ['true'], { DependsOn: ['Flaky'] }),
      ]),
    });
    const id = await services.engine.start({ pipelineName: 'flaky' });
    await services.engine.idle();
    const failed = services.store.executions.get(id).state!;
    expect(failed.status).toBe('Failed');
    expect(failed.steps.Flaky?.failureReason).toMatch(/first try fails/);
    await services.engine.retry(id);
    await services.engine.idle();
    const retried = services.store.executions.get(id).state!;
    expect(retried.status).toBe('Succeeded');
    expect(retried.steps.First?.attemptCount).toBe(1);
    expect(retried.steps.Flaky?.attemptCount).toBe(2);
    expect(retried.steps.Last?.attemptCount).toBe(1);
  });

  it('gives one execution for the same idempotency key', async () => {
    services = await testServices();
    services.store.pipelines.create({
      name: 'once',
      document: pipelineOf([commandStep('A', ['true'])]),
    });
    const first = await services.engine.start({ pipelineName: 'once', idempotencyKey: 'k-1' });
    const second = await services.engine.start({ pipelineName: 'once', idempotencyKey: 'k-1' });
    await services.engine.idle();
    expect(second).toBe(first);
    expect(services.store.executions.list({ pipelineName: 'once' }).items).toHaveLength(1);
  });

  it('refuses parameters that do not fit, naming them', async () => {
    services = await testServices();
    services.store.pipelines.create({ name: 'quality-gate', document: await qualityGateExample() });
    await expect(
      services.engine.start({ pipelineName: 'quality-gate', parameters: { MaxError: 'high' } }),
    ).rejects.toThrow(/parameter values are not valid/);
  });

  it('fails a step type that needs AWS with a clear reason', async () => {
    services = await testServices();
    services.store.pipelines.create({
      name: 'emr',
      document: pipelineOf([
        {
          Name: 'Spark',
          Type: 'EMR',
          Arguments: { ClusterId: 'j-1', StepConfig: { HadoopJarStep: { Jar: 's3://j.jar' } } },
        },
      ]),
    });
    const { state } = await runToEnd(services, 'emr');
    expect(state?.steps.Spark?.failureReason).toMatch(
      /EMR steps are not runnable locally: they need AWS services/,
    );
  });
});

async function waitFor(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 400 && !check(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  expect(check()).toBe(true);
}
