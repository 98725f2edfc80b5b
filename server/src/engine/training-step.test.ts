import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../services';
import { commandStep, pipelineOf, testServices } from './engine-test-helpers';

let services: Services | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

const trainScript = `
import os, sys
print("job", os.environ["TRAINING_JOB_NAME"], "name argument", sys.argv[-1])
print("accuracy=0.75")
open(os.path.join(os.environ["SM_MODEL_DIR"], "weights.txt"), "w").write("42")
`;

describe('the engine running a Training step', () => {
  it('trains, names the job as Execution.TrainingJobName does, and hands the model on', async () => {
    services = await testServices();
    scratch = await mkdtemp(join(tmpdir(), 'pw-training-step-'));
    await writeFile(join(scratch, 'train.py'), trainScript);
    await services.objectStore.put(join(scratch, 'train.py'), 's3://pipewright/code/train.py');
    await writeFile(join(scratch, 'data.csv'), '1,2\n');
    await services.objectStore.put(join(scratch, 'data.csv'), 's3://pipewright/data/data.csv');
    const train = {
      Name: 'Train',
      Type: 'Training',
      Arguments: {
        AlgorithmSpecification: {
          TrainingImage: 'python:3.12',
          TrainingInputMode: 'File',
          MetricDefinitions: [{ Name: 'accuracy', Regex: 'accuracy=([0-9.]+)' }],
        },
        HyperParameters: {
          sagemaker_program: '"train.py"',
          sagemaker_submit_directory: '"s3://pipewright/code/"',
          job: { Get: 'Execution.TrainingJobName' },
        },
        InputDataConfig: [
          {
            ChannelName: 'train',
            DataSource: {
              S3DataSource: { S3Uri: 's3://pipewright/data/', S3DataType: 'S3Prefix' },
            },
          },
        ],
        OutputDataConfig: { S3OutputPath: 's3://pipewright/models' },
        ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 5 },
        StoppingCondition: { MaxRuntimeInSeconds: 300 },
        RoleArn: 'arn:aws:iam::000000000000:role/SageMakerRole',
      },
    };
    const use = commandStep('UseModel', [
      'python3',
      '-c',
      'import sys; print("model at", sys.argv[1])',
      { Get: 'Steps.Train.ModelArtifacts.S3ModelArtifacts' } as unknown as string,
    ]);
    services.store.pipelines.create({ name: 'train', document: pipelineOf([train, use]) });
    const id = await services.engine.start({ pipelineName: 'train' });
    await services.engine.idle();
    const { state } = services.store.executions.get(id);
    expect(state?.status, state?.failureReason).toBe('Succeeded');
    const jobName = `Train-${id}`;
    expect(state?.steps.Train?.metadata).toEqual({
      TrainingJob: {
        Arn: `arn:aws:sagemaker:local:000000000000:training-job/${jobName.toLowerCase()}`,
      },
    });
    const properties = services.store.executions.getStepProperties(id, 'Train')?.properties;
    const model = `s3://pipewright/models/${jobName}/output/model.tar.gz`;
    expect(properties).toMatchObject({
      TrainingJobName: jobName,
      TrainingJobStatus: 'Completed',
      ModelArtifacts: { S3ModelArtifacts: model },
      HyperParameters: { job: jobName },
      FinalMetricDataList: [{ MetricName: 'accuracy', Value: 0.75 }],
    });
    expect((await services.objectStore.list(model)).map((entry) => entry.uri)).toEqual([model]);
  });
});
