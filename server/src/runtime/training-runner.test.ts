import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectSandbox, hostSandbox } from './sandbox';
import { TrainingBench } from './training-test-helpers';
import { runTrainingJob } from './training-runner';

const trainScript = `
import argparse, json, os, sys
import helper
parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int)
parser.add_argument("--learning-rate", type=float)
parser.add_argument("--optimizer")
args = parser.parse_args()
print("argv " + json.dumps(sys.argv[1:]))
print("cwd " + os.getcwd())
rows = open(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "train.csv")).read().split()
val = sorted(os.listdir(os.environ["SM_CHANNEL_VALIDATION"]))
print(f"train rows={len(rows)} validation files={val} helper={helper.NAME}")
for epoch in range(args.epochs):
    print(f"epoch={epoch} validation:rmse={1.0 / (epoch + 1):.3f}")
variables = {k: v for k, v in os.environ.items() if k.startswith("SM_") or k in ("TRAINING_JOB_NAME", "PYTHONPATH")}
json.dump(variables, open(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "env.json"), "w"))
with open(os.path.join(os.environ["SM_MODEL_DIR"], "model.json"), "w") as f:
    json.dump({"lr": args.learning_rate, "optimizer": args.optimizer}, f)
os.makedirs(os.path.join(os.environ["SM_MODEL_DIR"], "extra"))
open(os.path.join(os.environ["SM_MODEL_DIR"], "extra", "notes.txt"), "w").write("hi")
`;

const trainingArgs = (
  hyperparameters: Record<string, string>,
  extra: Record<string, unknown> = {},
) => ({
  AlgorithmSpecification: {
    TrainingImage:
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3',
    TrainingInputMode: 'File',
    MetricDefinitions: [{ Name: 'validation:rmse', Regex: 'validation:rmse=([0-9\\.]+)' }],
  },
  HyperParameters: {
    sagemaker_program: '"train.py"',
    sagemaker_submit_directory: '"s3://pipewright/code/sourcedir.tar.gz"',
    ...hyperparameters,
  },
  InputDataConfig: [
    {
      ChannelName: 'train',
      DataSource: {
        S3DataSource: { S3Uri: 's3://pipewright/data/train.csv', S3DataType: 'S3Prefix' },
      },
      ContentType: 'text/csv',
    },
    {
      ChannelName: 'validation',
      DataSource: { S3DataSource: { S3Uri: 's3://pipewright/data/validation/' } },
    },
  ],
  OutputDataConfig: { S3OutputPath: 's3://pipewright/models' },
  ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 30 },
  StoppingCondition: { MaxRuntimeInSeconds: 600 },
  RoleArn: 'arn:aws:iam::111111111111:role/SageMaker',
  ...extra,
});

const detected = await detectSandbox();
let bench: TrainingBench;

beforeEach(async () => {
  bench = await TrainingBench.create();
  await bench.put('s3://pipewright/data/train.csv', '1,2\n2,4\n3,6\n');
  await bench.put('s3://pipewright/data/validation/a.csv', '4,8\n');
  await bench.put('s3://pipewright/data/validation/b.csv', '5,10\n');
  await bench.putSourceDir('s3://pipewright/code/sourcedir.tar.gz', {
    'train.py': trainScript,
    'helper.py': 'NAME = "beside"\n',
  });
});

afterEach(async () => {
  await bench.dispose();
});

const userHyperparameters = { epochs: '3', 'learning-rate': '0.1', optimizer: '"adam"' };

describe('runTrainingJob in script mode', () => {
  it('copies the channels, runs the program from the submit directory and uploads model.tar.gz', async () => {
    const sandbox = detected;
    let started: unknown;
    const { context, logs } = bench.context(sandbox, {
      arguments: trainingArgs(userHyperparameters),
      onStarted: (metadata) => (started = metadata),
    });
    const outcome = await runTrainingJob(context);
    expect(outcome.status, logs()).toBe('Succeeded');
    if (outcome.status !== 'Succeeded') return;

    // Sorted, JSON-decoded arguments; the toolkit's own hyperparameters are not passed.
    expect(logs()).toContain(
      'argv ["--epochs", "3", "--learning-rate", "0.1", "--optimizer", "adam"]',
    );
    expect(logs()).toContain("train rows=3 validation files=['a.csv', 'b.csv'] helper=beside");
    const arn = 'arn:aws:sagemaker:local:000000000000:training-job/train-exec0001';
    expect(started).toEqual({ TrainingJob: { Arn: arn } });
    expect(outcome.metadata).toEqual({ TrainingJob: { Arn: arn } });

    const model = 's3://pipewright/models/Train-exec0001/output/model.tar.gz';
    expect(await bench.tarEntries(model)).toEqual(['extra/', 'extra/notes.txt', 'model.json']);
    expect(
      await bench.tarEntries('s3://pipewright/models/Train-exec0001/output/output.tar.gz'),
    ).toEqual(['env.json']);
    expect(outcome.properties).toMatchObject({
      TrainingJobName: 'Train-exec0001',
      TrainingJobArn: arn,
      TrainingJobStatus: 'Completed',
      SecondaryStatus: 'Completed',
      ModelArtifacts: { S3ModelArtifacts: model },
      HyperParameters: { epochs: '3', optimizer: '"adam"' },
      OutputDataConfig: { S3OutputPath: 's3://pipewright/models' },
      AlgorithmSpecification: { TrainingInputMode: 'File' },
      FinalMetricDataList: [{ MetricName: 'validation:rmse', Value: 0.333 }],
    });
    const series = JSON.parse(await readFile(join(context.attemptDir, 'metrics.json'), 'utf8'));
    expect(series['validation:rmse'].map((point: { Value: number }) => point.Value)).toEqual([
      1, 0.5, 0.333,
    ]);
  });

  it('writes the configuration files SageMaker writes to /opt/ml/input/config', async () => {
    const { context } = bench.context(detected, {
      arguments: trainingArgs(userHyperparameters),
    });
    expect((await runTrainingJob(context)).status).toBe('Succeeded');
    const config = (name: string) =>
      readFile(join(context.attemptDir, 'ml', 'input', 'config', name), 'utf8').then(JSON.parse);
    expect(await config('hyperparameters.json')).toEqual(
      trainingArgs(userHyperparameters).HyperParameters,
    );
    expect(await config('inputdataconfig.json')).toEqual({
      train: {
        ContentType: 'text/csv',
        TrainingInputMode: 'File',
        S3DistributionType: 'FullyReplicated',
        RecordWrapperType: 'None',
      },
      validation: {
        TrainingInputMode: 'File',
        S3DistributionType: 'FullyReplicated',
        RecordWrapperType: 'None',
      },
    });
    expect(await config('resourceconfig.json')).toMatchObject({
      current_host: 'algo-1',
      hosts: ['algo-1'],
      current_instance_type: 'ml.m5.large',
    });
  });

  it.each([
    ['bubblewrap', '/opt/ml'],
    ['host', '<attempt>/ml'],
  ] as const)('gives the script the training toolkit variables (%s mode)', async (mode, root) => {
    if (mode === 'bubblewrap' && detected.mode !== mode) return; // bubblewrap does not work here
    const sandbox = mode === 'host' ? hostSandbox() : detected;
    const { context, logs } = bench.context(sandbox, {
      arguments: trainingArgs(userHyperparameters),
    });
    expect((await runTrainingJob(context)).status).toBe('Succeeded');
    const ml = root === '/opt/ml' ? root : join(context.attemptDir, 'ml');
    expect(logs()).toContain(`cwd ${ml}/code`);
    const outputData = join(context.attemptDir, 'ml', 'output', 'data', 'env.json');
    const env = JSON.parse(await readFile(outputData, 'utf8')) as Record<string, string>;
    expect(env).toMatchObject({
      SM_MODEL_DIR: `${ml}/model`,
      SM_CHANNEL_TRAIN: `${ml}/input/data/train`,
      SM_CHANNEL_VALIDATION: `${ml}/input/data/validation`,
      SM_CHANNELS: '["train","validation"]',
      SM_HPS: '{"epochs":3,"learning-rate":0.1,"optimizer":"adam"}',
      SM_HP_EPOCHS: '3',
      'SM_HP_LEARNING-RATE': '0.1',
      SM_HP_OPTIMIZER: 'adam',
      SM_OUTPUT_DATA_DIR: `${ml}/output/data`,
      SM_OUTPUT_DIR: `${ml}/output`,
      SM_INPUT_DIR: `${ml}/input`,
      SM_INPUT_CONFIG_DIR: `${ml}/input/config`,
      SM_CURRENT_HOST: 'algo-1',
      SM_HOSTS: '["algo-1"]',
      SM_NUM_GPUS: '0',
      SM_MODULE_NAME: 'train',
      SM_USER_ENTRY_POINT: 'train.py',
      SM_MODULE_DIR: 's3://pipewright/code/sourcedir.tar.gz',
      SM_USER_ARGS: '["--epochs","3","--learning-rate","0.1","--optimizer","adam"]',
      SM_FRAMEWORK_PARAMS: '{}',
      TRAINING_JOB_NAME: 'Train-exec0001',
      PYTHONPATH: `${ml}/code`,
    });
    expect(Number(env.SM_NUM_CPUS)).toBeGreaterThan(0);
    const trainingEnv = JSON.parse(env.SM_TRAINING_ENV ?? '{}');
    expect(trainingEnv).toMatchObject({
      hyperparameters: { epochs: 3, 'learning-rate': 0.1, optimizer: 'adam' },
      channel_input_dirs: { train: `${ml}/input/data/train` },
      job_name: 'Train-exec0001',
      model_dir: `${ml}/model`,
    });
  });

  it('takes a prefix as the submit directory', async () => {
    await bench.put('s3://pipewright/code/src/train.py', trainScript);
    await bench.put('s3://pipewright/code/src/helper.py', 'NAME = "prefix"\n');
    const { context, logs } = bench.context(detected, {
      arguments: trainingArgs({
        ...userHyperparameters,
        sagemaker_submit_directory: 's3://pipewright/code/src/',
      }),
    });
    expect((await runTrainingJob(context)).status).toBe('Succeeded');
    expect(logs()).toContain('helper=prefix');
  });
});

describe('runTrainingJob with a ContainerEntrypoint', () => {
  it('runs it from the working directory, hyperparameters only in the file', async () => {
    const { context, logs } = bench.context(hostSandbox(), {
      arguments: trainingArgs(
        { epochs: '2' },
        {
          AlgorithmSpecification: {
            TrainingImage: 'python:3.12',
            ContainerEntrypoint: [
              'python3',
              '-c',
              'import json,os,sys; print("args", sys.argv[1:], os.getcwd()); print(json.load(open(os.environ["SM_INPUT_CONFIG_DIR"] + "/hyperparameters.json"))["epochs"])',
            ],
            ContainerArguments: ['--mode', 'fit'],
          },
        },
      ),
    });
    const outcome = await runTrainingJob(context);
    expect(outcome.status, logs()).toBe('Succeeded');
    expect(logs()).toContain(`args ['--mode', 'fit'] ${bench.root}`);
    expect(logs()).toMatch(/^2$/m);
    expect(outcome.status === 'Succeeded' && outcome.properties.FinalMetricDataList).toEqual([]);
  });
});
