import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineDocument } from '@pipewright/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { attemptLogFile } from '../runtime/attempt-paths';
import type { ImageMapConfig } from '../runtime/image-map';
import { type Services, openServices } from '../services';
import { ModelRegistryRepository } from '../store/model-registry.repository';
import { ModelRepository } from '../store/model.repository';
import { abaloneRows, batchCsv, datasetCsv } from './sdk-fixture/abalone-data';

/**
 * The real SageMaker SDK output of AWS's abalone pipeline example (preprocess, train with the
 * built-in XGBoost image, evaluate, condition, register, create the model, batch transform, else
 * fail), run unchanged through the engine once what the SDK uploads is in the local object store
 * and the image map says how the sagemaker-xgboost image runs here (docs/local-runtime.md,
 * "Running real SageMaker SDK output").
 */
const fixture = fileURLToPath(
  new URL(
    '../../../shared/test/fixtures/sagemaker/abalone-train-eval-transform-register.json',
    import.meta.url,
  ),
);
const helper = (name: string) => fileURLToPath(new URL(`./sdk-fixture/${name}`, import.meta.url));

const bucket = 's3://sagemaker-us-west-2-000000000000';
const xgboostImage = '246618743249.dkr.ecr.us-west-2.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3';
const evaluationUri = `${bucket}/script-abalone-eval-2022-07-13-16-07-53-265/output/evaluation/evaluation.json`;
const group = 'AbaloneModelPackageGroupName';

/**
 * The sagemaker-xgboost image's own entrypoint is the stand-in, for the Training step (which
 * names no program) and the Transform (whose model has no SAGEMAKER_PROGRAM); the evaluation
 * Processing step, which runs the same image with `python3 evaluation.py`, runs that on the host.
 * The scikit-learn image needs no rule: `python3 preprocessing.py` runs on the host by default.
 */
const imageMap: ImageMapConfig = [
  { match: 'sagemaker-xgboost', imageEntrypoint: ['python3', helper('xgboost_container.py')] },
];

const datasetRows = abaloneRows(600, 1);
const batchRows = abaloneRows(40, 2);

/** What the SDK uploads before it creates the pipeline: the data and the processing scripts. */
async function placeUploads(services: Services): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'pipewright-sdk-uploads-'));
  const dataset = join(scratch, 'abalone-dataset.csv');
  const batch = join(scratch, 'abalone-dataset-batch');
  await writeFile(dataset, datasetCsv(datasetRows));
  await writeFile(batch, batchCsv(batchRows));
  const put = (path: string, uri: string) => services.objectStore.put(path, uri);
  await put(dataset, `${bucket}/abalone/abalone-dataset.csv`);
  await put(batch, `${bucket}/abalone/abalone-dataset-batch`);
  await put(
    helper('preprocessing.py'),
    `${bucket}/sklearn-abalone-process-2022-07-13-16-07-51-228/input/code/preprocessing.py`,
  );
  await put(
    helper('evaluation.py'),
    `${bucket}/script-abalone-eval-2022-07-13-16-07-53-265/input/code/evaluation.py`,
  );
}

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function runFixture(
  sandbox: 'auto' | 'host',
  parameters?: Record<string, string | number | boolean>,
) {
  const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-sdk-fixture-'));
  const workingDir = await mkdtemp(join(tmpdir(), 'pipewright-sdk-cwd-'));
  services = await openServices({ dataDir, workingDir, imageMap, sandbox, stopGraceMs: 2000 });
  await placeUploads(services);
  const document = JSON.parse(await readFile(fixture, 'utf8')) as PipelineDocument;
  services.store.pipelines.create({ name: 'AbalonePipeline', document });
  const id = await services.engine.start({
    pipelineName: 'AbalonePipeline',
    ...(parameters && { parameters }),
  });
  await services.engine.idle();
  const state = services.store.executions.get(id).state!;
  const properties = (step: string) =>
    services!.store.executions.getStepProperties(id, step)?.properties as Record<string, unknown>;
  const log = (step: string) => readFile(attemptLogFile(dataDir, id, step, 1, 'combined'), 'utf8');
  return { id, services, state, properties, log };
}

/** Each started step's status and attempt count, as ListPipelineExecutionSteps shows them. */
function stepStatuses(state: { steps: Record<string, { status: string; attemptCount: number }> }) {
  return Object.fromEntries(
    Object.entries(state.steps).map(([name, step]) => [name, [step.status, step.attemptCount]]),
  );
}

function meanSquaredError(predictions: readonly number[], labels: readonly number[]): number {
  const squares = labels.map((label, index) => (label - predictions[index]!) ** 2);
  return squares.reduce((sum, value) => sum + value, 0) / labels.length;
}

/** The error of always predicting the mean: what a model that learned nothing gets. */
function variance(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return meanSquaredError(
    values.map(() => mean),
    values,
  );
}

describe('the real SDK abalone fixture, unchanged', () => {
  it.each([
    { sandbox: 'host', mode: 'host' },
    { sandbox: 'auto', mode: 'bubblewrap when it works here' },
  ] as const)(
    'trains, evaluates, registers, creates the model and batch-transforms (sandbox $sandbox: $mode)',
    async ({ sandbox }) => {
      const { id, services, state, properties, log } = await runFixture(sandbox);
      expect(state.status, JSON.stringify(state.steps, null, 2)).toBe('Succeeded');
      expect(stepStatuses(state)).toEqual({
        AbaloneProcess: ['Succeeded', 1],
        AbaloneTrain: ['Succeeded', 1],
        AbaloneEval: ['Succeeded', 1],
        AbaloneMSECond: ['Succeeded', 1],
        'AbaloneRegisterModel-RegisterModel': ['Succeeded', 1],
        'AbaloneCreateModel-CreateModel': ['Succeeded', 1],
        AbaloneTransform: ['Succeeded', 1],
      });
      expect(state.steps.AbaloneMSEFail).toBeUndefined();
      expect(state.steps.AbaloneMSECond?.metadata).toEqual({ Condition: { Outcome: 'True' } });

      // Training: the stand-in ran the fixture's 50 rounds and the model went where SageMaker puts it.
      const artifacts = `${bucket}/AbaloneTrain/AbaloneTrain-${id}/output/model.tar.gz`;
      expect(properties('AbaloneTrain')).toMatchObject({
        TrainingJobStatus: 'Completed',
        ModelArtifacts: { S3ModelArtifacts: artifacts },
      });
      const rounds = (await log('AbaloneTrain')).match(/^\[\d+\]\ttrain-rmse:.*$/gm) ?? [];
      expect(rounds).toHaveLength(50);
      expect(rounds.at(-1)).toMatch(/^\[49\]\ttrain-rmse:[\d.]+\tvalidation-rmse:[\d.]+$/);

      // Evaluation: the property file the condition read, below the default threshold of 6.
      const report = (await services.objectStore.readJson(evaluationUri)) as {
        regression_metrics: { mse: { value: number; standard_deviation: number } };
      };
      const mse = report.regression_metrics.mse.value;
      expect(mse).toBeLessThanOrEqual(6);
      expect(mse).toBeLessThan(variance(datasetRows.map((row) => row.rings)) / 2);

      // RegisterModel: version 1 of the group, pending approval from the parameter.
      const registry = new ModelRegistryRepository(services.store.database);
      const versions = registry.listVersions(group).items;
      expect(versions).toEqual([
        expect.objectContaining({
          ModelPackageVersion: 1,
          ModelApprovalStatus: 'PendingManualApproval',
        }),
      ]);
      expect(registry.describe(group, 1)).toMatchObject({
        ModelMetrics: { ModelQuality: { Statistics: { S3Uri: evaluationUri } } },
        InferenceSpecification: {
          Containers: [{ Image: xgboostImage, ModelDataUrl: artifacts }],
          SupportedContentTypes: ['text/csv'],
        },
      });
      expect(state.steps['AbaloneRegisterModel-RegisterModel']?.metadata).toEqual({
        RegisterModel: { Arn: versions[0]?.ModelPackageArn },
      });

      // Model: recorded with the artifact the training job wrote.
      const modelName = `AbaloneCreateModel-CreateModel-${id}`;
      expect(properties('AbaloneCreateModel-CreateModel')).toMatchObject({ ModelName: modelName });
      expect(new ModelRepository(services.store.database).get(modelName)).toMatchObject({
        PrimaryContainer: { Image: xgboostImage, ModelDataUrl: artifacts },
      });

      // Transform: one prediction per batch row, under the fixture's output path, that beat the mean.
      expect(properties('AbaloneTransform')).toMatchObject({
        TransformJobStatus: 'Completed',
        ModelName: modelName,
      });
      const output = `${bucket}/AbaloneTransform/`;
      const outputs = await services.objectStore.list(output);
      expect(outputs.map((entry) => entry.uri)).toEqual([`${output}abalone-dataset-batch.out`]);
      const predictions = (
        await readFile(services.objectStore.locate(outputs[0]!.uri).path, 'utf8')
      )
        .trimEnd()
        .split('\n')
        .map(Number);
      expect(predictions).toHaveLength(batchRows.length);
      expect(predictions.every(Number.isFinite)).toBe(true);
      const rings = batchRows.map((row) => row.rings);
      expect(meanSquaredError(predictions, rings)).toBeLessThan(variance(rings) / 2);
    },
  );

  it('takes the Fail branch with the Join message when MseThreshold is tiny', async () => {
    const { services, state } = await runFixture('host', { MseThreshold: 0.01 });
    expect(state.status).toBe('Failed');
    expect(state.failureReason).toBe('Execution failed due to MSE > 0.01');
    expect(stepStatuses(state)).toEqual({
      AbaloneProcess: ['Succeeded', 1],
      AbaloneTrain: ['Succeeded', 1],
      AbaloneEval: ['Succeeded', 1],
      AbaloneMSECond: ['Succeeded', 1],
      AbaloneMSEFail: ['Failed', 1],
    });
    expect(state.steps.AbaloneMSECond?.metadata).toEqual({ Condition: { Outcome: 'False' } });
    expect(state.steps.AbaloneMSEFail?.failureReason).toBe('Execution failed due to MSE > 0.01');
    expect(new ModelRegistryRepository(services.store.database).listGroups().items).toEqual([]);
    expect(await services.objectStore.list(`${bucket}/AbaloneTransform/`)).toEqual([]);
  });
});
