import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectSandbox } from './sandbox';
import { runTrainingJob } from './training-runner';
import { TrainingBench } from './training-test-helpers';

const sandbox = await detectSandbox();

const scriptArgs = (
  hyperparameters: Record<string, string> = {},
  extra: Record<string, unknown> = {},
) => ({
  AlgorithmSpecification: { TrainingImage: 'python:3.12', TrainingInputMode: 'File' },
  HyperParameters: {
    sagemaker_program: 'train.py',
    sagemaker_submit_directory: 's3://pipewright/code/sourcedir.tar.gz',
    ...hyperparameters,
  },
  InputDataConfig: [
    {
      ChannelName: 'train',
      DataSource: { S3DataSource: { S3Uri: 's3://pipewright/data/train.csv' } },
    },
  ],
  OutputDataConfig: { S3OutputPath: 's3://pipewright/models' },
  ...extra,
});

let bench: TrainingBench;

beforeEach(async () => {
  bench = await TrainingBench.create();
  await bench.put('s3://pipewright/data/train.csv', '1,2\n');
});

afterEach(async () => {
  await bench.dispose();
});

async function runScript(script: string, args: unknown = scriptArgs(), signal?: AbortSignal) {
  await bench.putSourceDir('s3://pipewright/code/sourcedir.tar.gz', { 'train.py': script });
  const { context, logs } = bench.context(sandbox, { arguments: args, ...(signal && { signal }) });
  return { outcome: await runTrainingJob(context), logs, context };
}

describe('runTrainingJob when the job fails', () => {
  it('takes the FailureReason from /opt/ml/output/failure, as SageMaker does', async () => {
    const { outcome } = await runScript(`
import os, sys
open("/opt/ml/output/failure" if os.path.isdir("/opt/ml/output") else os.environ["SM_OUTPUT_DIR"] + "/failure", "w").write("ValueError: learning rate must be positive")
sys.exit(1)
`);
    expect(outcome).toMatchObject({
      status: 'Failed',
      reason: 'AlgorithmError: ValueError: learning rate must be positive',
      properties: {
        TrainingJobStatus: 'Failed',
        FailureReason: 'AlgorithmError: ValueError: learning rate must be positive',
      },
    });
    expect(outcome.status === 'Failed' && outcome.properties?.ModelArtifacts).toBeUndefined();
  });

  it('says the exit code and the end of stderr when there is no failure file', async () => {
    const { outcome } = await runScript(
      'import sys\nprint("bad data", file=sys.stderr)\nsys.exit(3)\n',
    );
    expect(outcome.status === 'Failed' && outcome.reason).toBe(
      'AlgorithmError: exit code 3\nLast lines of stderr:\nbad data',
    );
  });

  it('stops a job that runs past MaxRuntimeInSeconds', async () => {
    const { outcome } = await runScript(
      'import time\nprint("training", flush=True)\ntime.sleep(60)\n',
      scriptArgs({}, { StoppingCondition: { MaxRuntimeInSeconds: 1 } }),
    );
    expect(outcome).toMatchObject({
      status: 'Failed',
      reason: 'The job exceeded MaxRuntimeInSeconds (1 s) and was stopped',
      properties: { TrainingJobStatus: 'Stopped', SecondaryStatus: 'MaxRuntimeExceeded' },
    });
  });

  it('stops when the step is stopped while training', async () => {
    const controller = new AbortController();
    await bench.putSourceDir('s3://pipewright/code/sourcedir.tar.gz', {
      'train.py': 'import time\nprint("epoch 1", flush=True)\ntime.sleep(60)\n',
    });
    const { context } = bench.context(sandbox, {
      arguments: scriptArgs(),
      signal: controller.signal,
      onLog: (_stream, text) => {
        if (text.includes('epoch 1')) controller.abort();
      },
    });
    const outcome = await runTrainingJob(context);
    expect(outcome).toMatchObject({
      status: 'Stopped',
      properties: { TrainingJobStatus: 'Stopped' },
    });
  });
});

describe('runTrainingJob refuses what it cannot run, before anything starts', () => {
  it.each([
    [
      'a channel with nothing at its URI',
      scriptArgs(
        {},
        {
          InputDataConfig: [
            {
              ChannelName: 'train',
              DataSource: { S3DataSource: { S3Uri: 's3://pipewright/missing/' } },
            },
          ],
        },
      ),
      'ClientError: s3://pipewright/missing/: no object or prefix found there',
    ],
    [
      'a program missing from the submit directory',
      scriptArgs({ sagemaker_program: '"fit.py"' }),
      'ClientError: sagemaker_program "fit.py" is not in sagemaker_submit_directory s3://pipewright/code/sourcedir.tar.gz (it holds: train.py)',
    ],
    [
      'script mode without a submit directory',
      { ...scriptArgs(), HyperParameters: { sagemaker_program: 'train.py' } },
      'ClientError: sagemaker_program "train.py" is set but sagemaker_submit_directory is not',
    ],
    [
      'a metric regex that is not valid',
      scriptArgs(
        {},
        {
          AlgorithmSpecification: {
            TrainingImage: 'python:3.12',
            MetricDefinitions: [{ Name: 'rmse', Regex: 'rmse=([0-9' }],
          },
        },
      ),
      'ClientError: MetricDefinitions: the Regex of "rmse" is not a valid regular expression',
    ],
    [
      'Pipe mode',
      scriptArgs({}, { AlgorithmSpecification: { TrainingImage: 'x', TrainingInputMode: 'Pipe' } }),
      'ClientError: TrainingInputMode Pipe is not supported locally',
    ],
    [
      'a channel name that is a path',
      scriptArgs(
        {},
        {
          InputDataConfig: [
            { ChannelName: '..', DataSource: { S3DataSource: { S3Uri: 's3://pipewright/data/' } } },
          ],
        },
      ),
      "ClientError: The step's Arguments are not valid: InputDataConfig.0.ChannelName",
    ],
    [
      'an image that is not mapped and has no entrypoint',
      { ...scriptArgs(), HyperParameters: {} },
      'ClientError: Image python:3.12 cannot run on this machine',
    ],
  ])('%s', async (_what, args, reason) => {
    const { outcome } = await runScript('print("never")\n', args);
    expect(outcome.status).toBe('Failed');
    expect(outcome.status === 'Failed' && outcome.reason).toContain(reason);
  });
});
