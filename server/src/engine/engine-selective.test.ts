import { afterEach, describe, expect, it } from 'vitest';
import { executionArn, toExecutionSteps } from '@pipewright/shared';
import type { Services } from '../services';
import { qualityGateExample, testServices } from './engine-test-helpers';

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

describe('selective execution', () => {
  it('runs only the selected steps, reusing the source execution upstream and skipping downstream', async () => {
    services = await testServices();
    services.store.pipelines.create({ name: 'quality-gate', document: await qualityGateExample() });
    const source = await services.engine.start({ pipelineName: 'quality-gate' });
    await services.engine.idle();

    const id = await services.engine.start({
      pipelineName: 'quality-gate',
      selectiveExecution: { selectedSteps: ['Evaluate'] },
    });
    await services.engine.idle();
    const { state } = services.store.executions.get(id);
    expect(state?.status).toBe('Succeeded');
    const steps = toExecutionSteps(state);
    expect(steps.map((step) => step.StepName).sort()).toEqual(['Evaluate', 'Prepare']);
    expect(steps.find((step) => step.StepName === 'Prepare')?.SelectiveExecutionResult).toEqual({
      SourcePipelineExecutionArn: executionArn('quality-gate', source),
    });
    expect(state?.steps.Evaluate?.selectiveExecutionResult).toBeUndefined();
    expect(state?.steps.CheckQuality).toBeUndefined();
  });

  it('refuses a selection that breaks the rules, saying why', async () => {
    services = await testServices();
    services.store.pipelines.create({ name: 'quality-gate', document: await qualityGateExample() });
    await expect(
      services.engine.start({
        pipelineName: 'quality-gate',
        selectiveExecution: { selectedSteps: ['Evaluate'] },
      }),
    ).rejects.toThrow(/no finished execution/);
    await services.engine.start({ pipelineName: 'quality-gate' });
    await services.engine.idle();
    await expect(
      services.engine.start({
        pipelineName: 'quality-gate',
        selectiveExecution: { selectedSteps: ['Prepare', 'CheckQuality'] },
      }),
    ).rejects.toMatchObject({
      details: expect.arrayContaining([expect.objectContaining({ stepName: 'Evaluate' })]),
    });
  });
});
