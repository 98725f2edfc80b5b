import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageMap } from './image-map';
import { ObjectStore } from './object-store';
import { type ProcessingStepContext, runProcessingStep } from './processing-runner';
import { detectSandbox } from './sandbox';
import { maxReasonLength } from './step-outcome';

const sklearnImage =
  '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3';

const preprocessScript = `
import argparse, csv, os
parser = argparse.ArgumentParser()
parser.add_argument("--input", required=True)
parser.add_argument("--train-ratio", type=float, default=0.75)
args = parser.parse_args()
with open(os.path.join(args.input, "raw.csv")) as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
cut = int(len(body) * args.train_ratio)
print(f"mode={os.environ['MODE']} rows={len(body)} train={cut}")
for name, part in (("train", body[:cut]), ("test", body[cut:])):
    with open(os.path.join(os.environ["SM_PROCESSING_OUTPUT_" + name.upper()], name + ".csv"), "w", newline="") as f:
        csv.writer(f).writerows([header] + part)
`;

const evaluateScript = `
import json, os, sys
test_dir = sys.argv[1]
rows = open(os.path.join(test_dir, "test.csv")).read().strip().split("\\n")[1:]
mse = sum(float(r.split(",")[1]) for r in rows) / len(rows)
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
json.dump({"regression_metrics": {"mse": {"value": mse}}}, open(os.path.join(out, "evaluation.json"), "w"))
open(os.path.join(os.environ["SM_OUTPUT_DIR"], "message"), "w").write("evaluated %d rows" % len(rows))
`;

let root: string;
let store: ObjectStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pw-processing-'));
  store = new ObjectStore({ dataDir: join(root, 'data') });
  const put = async (name: string, content: string, uri: string) => {
    await writeFile(join(root, name), content);
    await store.put(join(root, name), uri);
  };
  await put('raw.csv', 'x,y\n1,2\n2,4\n3,6\n4,8\n', 's3://pipewright/data/raw.csv');
  await put('preprocess.py', preprocessScript, 's3://pipewright/code/preprocess.py');
  await put('evaluate.py', evaluateScript, 's3://pipewright/code/evaluate.py');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function run(stepName: string, args: unknown, extra: Partial<ProcessingStepContext> = {}) {
  const logs: string[] = [];
  const outcome = await runProcessingStep({
    executionId: 'exec-0001',
    stepName,
    attempt: 1,
    arguments: args,
    attemptDir: join(root, 'attempts', stepName),
    objectStore: store,
    imageMap: new ImageMap(),
    sandbox: await detectSandbox(),
    defaultOutputPrefix: `s3://pipewright/executions/exec-0001/${stepName}/`,
    onLog: (_stream, text) => logs.push(text),
    signal: new AbortController().signal,
    workingDir: root,
    ...extra,
  });
  return { outcome, logs: () => logs.join('') };
}

const codeInput = (name: string) => ({
  InputName: 'code',
  S3Input: { S3Uri: `s3://pipewright/code/${name}`, LocalPath: '/opt/ml/processing/input/code' },
});

const preprocessArgs = {
  AppSpecification: {
    ImageUri: sklearnImage,
    ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/preprocess.py'],
    ContainerArguments: ['--input', '/opt/ml/processing/input/data', '--train-ratio', 0.5],
  },
  ProcessingInputs: [
    {
      InputName: 'data',
      S3Input: {
        S3Uri: 's3://pipewright/data/raw.csv',
        LocalPath: '/opt/ml/processing/input/data',
      },
    },
    codeInput('preprocess.py'),
  ],
  ProcessingOutputConfig: {
    Outputs: [
      {
        OutputName: 'train',
        S3Output: { LocalPath: '/opt/ml/processing/train', S3UploadMode: 'EndOfJob' },
      },
      {
        OutputName: 'test',
        S3Output: { S3Uri: 's3://pipewright/custom/test', LocalPath: '/opt/ml/processing/test' },
      },
    ],
  },
  ProcessingResources: {
    ClusterConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
  },
  Environment: { MODE: 'local' },
  RoleArn: 'arn:aws:iam::111111111111:role/SageMaker',
};

describe('runProcessingStep', () => {
  it('copies inputs in, runs the script and uploads its outputs', async () => {
    let started = 0;
    const { outcome, logs } = await run('Preprocess', preprocessArgs, {
      onStarted: () => (started += 1),
    });
    expect(outcome.status).toBe('Succeeded');
    expect(started).toBe(1);
    if (outcome.status !== 'Succeeded') return;
    expect(logs()).toContain('mode=local rows=4 train=2');

    const train = 's3://pipewright/executions/exec-0001/Preprocess/train';
    expect((await store.list(`${train}/`)).map((entry) => entry.key)).toEqual([
      'executions/exec-0001/Preprocess/train/train.csv',
    ]);
    expect(await readFile(store.locate(`${train}/train.csv`).path, 'utf8')).toBe(
      'x,y\r\n1,2\r\n2,4\r\n',
    );
    expect(await readFile(store.locate('s3://pipewright/custom/test/test.csv').path, 'utf8')).toBe(
      'x,y\r\n3,6\r\n4,8\r\n',
    );

    const arn =
      'arn:aws:sagemaker:local:000000000000:processing-job/pipelines-exec-0001-preprocess-1';
    expect(outcome.metadata).toEqual({ ProcessingJob: { Arn: arn } });
    expect(outcome.properties).toMatchObject({
      ProcessingJobName: 'pipelines-exec-0001-Preprocess-1',
      ProcessingJobArn: arn,
      ProcessingJobStatus: 'Completed',
      AppSpecification: {
        ImageUri: sklearnImage,
        ContainerArguments: ['--input', '/opt/ml/processing/input/data', '--train-ratio', '0.5'],
      },
      Environment: { MODE: 'local' },
      RoleArn: 'arn:aws:iam::111111111111:role/SageMaker',
      ProcessingInputs: [
        {
          InputName: 'data',
          AppManaged: false,
          S3Input: { S3DataType: 'S3Prefix', S3InputMode: 'File', S3CompressionType: 'None' },
        },
        { InputName: 'code' },
      ],
      ProcessingOutputConfig: {
        Outputs: [
          {
            OutputName: 'train',
            S3Output: {
              S3Uri: train,
              LocalPath: '/opt/ml/processing/train',
              S3UploadMode: 'EndOfJob',
            },
          },
          { OutputName: 'test', S3Output: { S3Uri: 's3://pipewright/custom/test' } },
        ],
      },
    });
    for (const time of [
      'CreationTime',
      'ProcessingStartTime',
      'ProcessingEndTime',
      'LastModifiedTime',
    ]) {
      expect(Number.isNaN(Date.parse(String(outcome.properties[time])))).toBe(false);
    }
    const stdoutLog = await readFile(
      join(root, 'attempts', 'Preprocess', 'logs', 'stdout.log'),
      'utf8',
    );
    expect(stdoutLog).toContain('rows=4');
    const jobConfig = JSON.parse(
      await readFile(
        join(root, 'attempts', 'Preprocess', 'ml', 'config', 'processingjobconfig.json'),
        'utf8',
      ),
    ) as Record<string, unknown>;
    expect(jobConfig).toMatchObject({
      ProcessingJobName: 'pipelines-exec-0001-Preprocess-1',
      ProcessingJobArn: arn,
    });
  });

  it('writes a property file the engine can read, and the exit message', async () => {
    expect((await run('Preprocess', preprocessArgs)).outcome.status).toBe('Succeeded');
    const args = {
      AppSpecification: {
        ImageUri: sklearnImage,
        ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/evaluate.py'],
        ContainerArguments: ['/opt/ml/processing/input/test', '/opt/ml/processing/evaluation'],
      },
      ProcessingInputs: [
        codeInput('evaluate.py'),
        {
          InputName: 'test',
          S3Input: {
            S3Uri: 's3://pipewright/custom/test',
            LocalPath: '/opt/ml/processing/input/test',
          },
        },
      ],
      ProcessingOutputConfig: {
        Outputs: [
          { OutputName: 'evaluation', S3Output: { LocalPath: '/opt/ml/processing/evaluation' } },
        ],
      },
    };
    const propertyFiles = [
      {
        PropertyFileName: 'EvaluationReport',
        OutputName: 'evaluation',
        FilePath: 'evaluation.json',
      },
    ];
    const { outcome } = await run('Evaluate', args, { propertyFiles });
    expect(outcome.status).toBe('Succeeded');
    if (outcome.status !== 'Succeeded') return;
    const uri = 's3://pipewright/executions/exec-0001/Evaluate/evaluation/evaluation.json';
    expect(outcome.propertyFiles).toEqual({ EvaluationReport: uri });
    expect(store.readJsonSync(uri)).toEqual({ regression_metrics: { mse: { value: 7 } } });
    expect(outcome.properties.ExitMessage).toBe('evaluated 2 rows');
  });

  it('fails with the exit code and the end of stderr, and uploads nothing', async () => {
    await writeFile(
      join(root, 'fail.py'),
      'import sys\nprint("x" * 3000, file=sys.stderr)\nraise ValueError("bad data in row 7")\n',
    );
    const args = {
      ...preprocessArgs,
      AppSpecification: {
        ImageUri: sklearnImage,
        ContainerEntrypoint: ['python3', join(root, 'fail.py')],
      },
    };
    const { outcome } = await run('Broken', args);
    expect(outcome.status).toBe('Failed');
    if (outcome.status !== 'Failed') return;
    expect(outcome.reason).toMatch(/^AlgorithmError: exit code 1\n/);
    expect(outcome.reason).toContain('ValueError: bad data in row 7');
    expect(outcome.reason.length).toBeLessThanOrEqual(maxReasonLength);
    expect(outcome.properties).toMatchObject({
      ProcessingJobStatus: 'Failed',
      FailureReason: outcome.reason,
    });
    expect(await store.list('s3://pipewright/executions/')).toEqual([]);
  });

  it('stops when its signal is aborted', async () => {
    await writeFile(
      join(root, 'slow.py'),
      'import time\nprint("ready", flush=True)\ntime.sleep(1000)\n',
    );
    const controller = new AbortController();
    const args = {
      AppSpecification: {
        ImageUri: sklearnImage,
        ContainerEntrypoint: ['python3', join(root, 'slow.py')],
      },
    };
    const { outcome } = await run('Slow', args, {
      signal: controller.signal,
      onLog: (_stream, text) => {
        if (text.includes('ready')) controller.abort();
      },
    });
    expect(outcome).toMatchObject({
      status: 'Stopped',
      properties: { ProcessingJobStatus: 'Stopped' },
    });
  });

  it('does not start at all when stopped before it runs', async () => {
    const controller = new AbortController();
    controller.abort();
    const { outcome } = await run('Early', preprocessArgs, { signal: controller.signal });
    expect(outcome.status).toBe('Stopped');
    await expect(stat(join(root, 'attempts', 'Early', 'logs', 'stdout.log'))).rejects.toThrow();
  });

  it('fails a job that runs past MaxRuntimeInSeconds', async () => {
    await writeFile(join(root, 'slow.py'), 'import time\ntime.sleep(1000)\n');
    const args = {
      AppSpecification: {
        ImageUri: sklearnImage,
        ContainerEntrypoint: ['python3', join(root, 'slow.py')],
      },
      StoppingCondition: { MaxRuntimeInSeconds: 1 },
    };
    const { outcome } = await run('Timeout', args);
    expect(outcome).toMatchObject({
      status: 'Failed',
      reason: 'The job exceeded MaxRuntimeInSeconds (1 s) and was stopped',
    });
  });

  it('says how to map an image whose entrypoint is not on this machine', async () => {
    const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-tool:latest';
    const args = {
      AppSpecification: { ImageUri: image, ContainerEntrypoint: ['/usr/bin/mytool', '--run'] },
    };
    const { outcome } = await run('Tool', args);
    expect(outcome.status).toBe('Failed');
    if (outcome.status !== 'Failed') return;
    expect(outcome.reason).toContain(
      `Image ${image} cannot run on this machine: "/usr/bin/mytool" was not found`,
    );
    expect(outcome.reason).toContain(
      `{"match":"${image}","entrypoint":["/path/to/local/program"]}`,
    );
    expect(outcome.metadata).toEqual({
      ProcessingJob: {
        Arn: 'arn:aws:sagemaker:local:000000000000:processing-job/pipelines-exec-0001-tool-1',
      },
    });
  });

  it('runs a mapped image through its command', async () => {
    const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-tool:latest';
    await writeFile(join(root, 'tool.py'), 'import sys\nprint("tool got", sys.argv[1:])\n');
    const imageMap = ImageMap.parse([
      { match: 'my-tool', entrypoint: ['python3', join(root, 'tool.py')] },
    ]);
    const args = { AppSpecification: { ImageUri: image, ContainerArguments: ['--run'] } };
    const { outcome, logs } = await run('Tool', args, { imageMap });
    expect(outcome.status).toBe('Succeeded');
    expect(logs()).toContain("tool got ['--run']");
  });

  it.each([
    [
      'a missing input',
      {
        InputName: 'data',
        S3Input: { S3Uri: 's3://pipewright/none', LocalPath: '/opt/ml/processing/input' },
      },
      'ClientError: s3://pipewright/none: no object or prefix found there',
    ],
    [
      'a LocalPath outside /opt/ml/processing',
      {
        InputName: 'data',
        S3Input: {
          S3Uri: 's3://pipewright/data/raw.csv',
          LocalPath: '/opt/ml/processing/../../../etc',
        },
      },
      'must be an absolute path below /opt/ml/processing/',
    ],
    [
      'an input key that leaves its bucket',
      {
        InputName: 'data',
        S3Input: { S3Uri: 's3://pipewright/%2e%2e/x', LocalPath: '/opt/ml/processing/input' },
      },
      'the key leaves its bucket',
    ],
    [
      'a manifest input',
      {
        InputName: 'data',
        S3Input: {
          S3Uri: 's3://pipewright/data/raw.csv',
          LocalPath: '/opt/ml/processing/input',
          S3DataType: 'ManifestFile',
        },
      },
      'S3DataType ManifestFile is not supported locally',
    ],
    [
      'a dataset definition',
      { InputName: 'athena', DatasetDefinition: {} },
      'only S3Input inputs run locally',
    ],
  ])('fails clearly on %s', async (_what, input, reason) => {
    const args = { ...preprocessArgs, ProcessingInputs: [input] };
    const { outcome } = await run('Bad', args);
    expect(outcome.status).toBe('Failed');
    expect(outcome.status === 'Failed' && outcome.reason).toContain(reason);
  });

  it('fails clearly on Arguments with an expression left unresolved', async () => {
    const args = {
      AppSpecification: { ImageUri: { Get: 'Parameters.Image' }, ContainerEntrypoint: ['true'] },
    };
    const { outcome } = await run('Unresolved', args);
    expect(outcome).toMatchObject({ status: 'Failed' });
    expect(outcome.status === 'Failed' && outcome.reason).toContain(
      "The step's Arguments are not valid: AppSpecification.ImageUri",
    );
  });
});
