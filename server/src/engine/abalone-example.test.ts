import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PipelineDocument } from '@pipewright/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../services';
import { ModelRegistryRepository } from '../store/model-registry.repository';
import { ModelRepository } from '../store/model.repository';
import { testServices } from './engine-test-helpers';

async function abaloneExample(): Promise<PipelineDocument> {
  const path = fileURLToPath(new URL('../../../examples/abalone/pipeline.json', import.meta.url));
  return JSON.parse(await readFile(path, 'utf8')) as PipelineDocument;
}

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function runAbalone(parameters?: Record<string, unknown>) {
  services = await testServices();
  services.store.pipelines.create({ name: 'abalone', document: await abaloneExample() });
  const id = await services.engine.start({
    pipelineName: 'abalone',
    ...(parameters && { parameters }),
  });
  await services.engine.idle();
  return { id, services, state: services.store.executions.get(id).state! };
}

describe('the abalone example', () => {
  it('trains a model that beats the mean, registers it, creates it and predicts the batch', async () => {
    const { id, services, state } = await runAbalone();
    expect(state.status).toBe('Succeeded');

    const evaluation = `s3://pipewright/executions/${id}/AbaloneEval/evaluation/evaluation.json`;
    const report = (await services.objectStore.readJson(evaluation)) as {
      regression_metrics: { mse: { value: number }; baseline_mse: { value: number } };
    };
    const { mse, baseline_mse: baseline } = report.regression_metrics;
    expect(mse.value).toBeLessThan(baseline.value);

    const registry = new ModelRegistryRepository(services.store.database);
    const versions = registry.listVersions('AbaloneModels').items;
    expect(versions).toEqual([
      expect.objectContaining({
        ModelPackageVersion: 1,
        ModelApprovalStatus: 'PendingManualApproval',
      }),
    ]);
    const artifacts = (
      services.store.executions.getStepProperties(id, 'AbaloneTrain')?.properties as {
        ModelArtifacts: { S3ModelArtifacts: string };
      }
    ).ModelArtifacts.S3ModelArtifacts;
    expect(registry.describe('AbaloneModels', 1)).toMatchObject({
      ModelMetrics: { ModelQuality: { Statistics: { S3Uri: evaluation } } },
      CustomerMetadataProperties: { test_mse: String(mse.value) },
      InferenceSpecification: { Containers: [{ ModelDataUrl: artifacts }] },
    });
    expect(state.steps.AbaloneRegisterModel?.metadata).toEqual({
      RegisterModel: { Arn: versions[0]?.ModelPackageArn },
    });

    const model = new ModelRepository(services.store.database).get(`AbaloneCreateModel-${id}`);
    expect(model?.PrimaryContainer).toMatchObject({
      ModelDataUrl: artifacts,
      Environment: { SAGEMAKER_PROGRAM: 'inference.py' },
    });

    const predictions = `s3://pipewright-examples/abalone/predictions/${id}/`;
    const outputs = await services.objectStore.list(predictions);
    expect(outputs.map((entry) => entry.uri)).toEqual([
      `${predictions}part-0.csv.out`,
      `${predictions}part-1.csv.out`,
    ]);
    const inputs = await services.objectStore.list(
      `s3://pipewright/executions/${id}/AbaloneProcess/batch/`,
    );
    for (const [index, output] of outputs.entries()) {
      const lines = (await readFile(services.objectStore.locate(output.uri).path, 'utf8'))
        .trimEnd()
        .split('\n');
      const records = (await readFile(services.objectStore.locate(inputs[index]!.uri).path, 'utf8'))
        .trimEnd()
        .split('\n');
      expect(lines).toHaveLength(records.length);
      expect(lines.every((line) => Number.isFinite(Number(line)))).toBe(true);
    }
  });

  it('fails with the Fail step message and registers nothing when the MSE is above the threshold', async () => {
    const { services, state } = await runAbalone({ MseThreshold: 0.5 });
    expect(state.status).toBe('Failed');
    expect(state.failureReason).toBe('Execution failed due to MSE > 0.5');
    expect(state.steps.AbaloneRegisterModel).toBeUndefined();
    expect(new ModelRegistryRepository(services.store.database).listGroups().items).toEqual([]);
  });
});
