import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModelDescription } from '@pipewright/shared';
import { create } from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageMap } from '../image-map';
import { ObjectStore } from '../object-store';
import { type Sandbox, detectSandbox, hostSandbox } from '../sandbox';
import { type TransformStepContext, runTransformStep } from './transform-runner';

/** The batch protocol: one record per line in, one prediction per line out. */
const inferenceScript = `
import argparse, json, os, sys
p = argparse.ArgumentParser()
for name in ("--model-dir", "--input", "--output", "--content-type", "--accept"):
    p.add_argument(name)
a = p.parse_args()
model = json.load(open(os.path.join(a.model_dir, "model.json")))
with open(a.input) as f, open(a.output, "w") as out:
    for line in f:
        if line.strip() == "boom":
            raise ValueError("cannot read record 'boom'")
        x = float(line.strip().split(",")[0])
        out.write("%g\\n" % (model["w"] * x + model["b"]))
print("content-type=%s accept=%s batch=%s" % (a.content_type, a.accept, os.environ["SAGEMAKER_BATCH"]))
`;

/** SplitType None: the whole file is one request (a JSON document here). */
const documentScript = `
import argparse, json
p = argparse.ArgumentParser()
for name in ("--model-dir", "--input", "--output", "--content-type", "--accept"):
    p.add_argument(name)
a = p.parse_args()
doc = json.load(open(a.input))
open(a.output, "w").write(json.dumps({"count": len(doc["instances"])}))
`;

let root: string;
let store: ObjectStore;
let sandbox: Sandbox;
const models = new Map<string, ModelDescription>();

async function put(uri: string, content: string) {
  const file = join(root, 'staging', uri.replace(/[^a-z0-9.]+/gi, '_'));
  await mkdir(join(root, 'staging'), { recursive: true });
  await writeFile(file, content);
  await store.put(file, uri);
}

/** A `model.tar.gz` holding `files`, stored at `uri`. */
async function putArchive(uri: string, files: Record<string, string>) {
  const dir = await mkdtemp(join(root, 'archive-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  const file = join(root, `${Math.random().toString(36).slice(2)}.tar.gz`);
  await create({ gzip: true, file, cwd: dir }, Object.keys(files));
  await store.put(file, uri);
}

function addModel(name: string, environment: Record<string, string>, extra: object = {}) {
  models.set(name, {
    ModelName: name,
    ModelArn: `arn:aws:sagemaker:local:000000000000:model/${name}`,
    PrimaryContainer: {
      Image: 'python:3.11',
      ModelDataUrl: 's3://models/linear/model.tar.gz',
      Environment: environment,
      ...extra,
    },
    CreationTime: '2026-01-01T00:00:00.000Z',
  });
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pw-transform-'));
  store = new ObjectStore({ dataDir: join(root, 'data') });
  sandbox = await detectSandbox();
  models.clear();
  await putArchive('s3://models/linear/model.tar.gz', { 'model.json': '{"w": 2, "b": 1}' });
  await put('s3://models/code/inference.py', inferenceScript);
  await put('s3://models/code/document.py', documentScript);
  addModel('linear', {
    SAGEMAKER_PROGRAM: 'inference.py',
    SAGEMAKER_SUBMIT_DIRECTORY: 's3://models/code/',
  });
  await put('s3://data/batch/part-1.csv', '1,9\n2,9\r\n\n3,9\n');
  await put('s3://data/batch/more/part-2.csv', '10\n');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function transformArgs(overrides: Record<string, unknown> = {}) {
  return {
    ModelName: 'linear',
    TransformInput: {
      DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://data/batch' } },
      ContentType: 'text/csv',
      SplitType: 'Line',
    },
    TransformOutput: { S3OutputPath: 's3://results/out', Accept: 'text/csv', AssembleWith: 'Line' },
    TransformResources: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge' },
    ...overrides,
  };
}

async function run(args: unknown, extra: Partial<TransformStepContext> = {}) {
  const logs: string[] = [];
  const outcome = await runTransformStep({
    executionId: 'exec00000001',
    stepName: 'Transform',
    attempt: 1,
    arguments: args,
    attemptDir: join(root, 'attempts', `attempt-${Math.random().toString(36).slice(2)}`),
    objectStore: store,
    imageMap: new ImageMap(),
    sandbox,
    findModel: (name) => models.get(name),
    onLog: (_stream, text) => logs.push(text),
    signal: new AbortController().signal,
    workingDir: root,
    stopGraceMs: 500,
    ...extra,
  });
  return { outcome, logs: () => logs.join('') };
}

const read = (uri: string) =>
  readFile(join(root, 'data', 'objects', uri.slice('s3://'.length)), 'utf8');

describe('a Transform step', () => {
  it.each([
    ['the detected sandbox', undefined],
    ['host mode', hostSandbox()],
  ])(
    'runs the inference script once per input file with SplitType Line (%s)',
    async (_mode, chosen) => {
      if (chosen) sandbox = chosen;
      let started: unknown;
      const { outcome, logs } = await run(transformArgs(), {
        onStarted: (metadata) => (started = metadata),
      });
      expect(outcome).toMatchObject({
        status: 'Succeeded',
        metadata: {
          TransformJob: {
            Arn: 'arn:aws:sagemaker:local:000000000000:transform-job/pipelines-exec00000001-transform-1',
          },
        },
        properties: {
          TransformJobName: 'pipelines-exec00000001-Transform-1',
          TransformJobStatus: 'Completed',
          ModelName: 'linear',
          TransformInput: { SplitType: 'Line', CompressionType: 'None', ContentType: 'text/csv' },
          TransformOutput: { S3OutputPath: 's3://results/out', AssembleWith: 'Line' },
        },
      });
      expect(started).toEqual(outcome.metadata);
      // Blank lines are not records; \r\n ends a line too.
      expect(await read('s3://results/out/part-1.csv.out')).toBe('3\n5\n7\n');
      expect(await read('s3://results/out/more/part-2.csv.out')).toBe('21\n');
      expect(logs()).toContain('content-type=text/csv accept=text/csv batch=true');
    },
  );

  it('sends each file whole with SplitType None and ends it with a newline for AssembleWith Line', async () => {
    addModel('counter', {
      SAGEMAKER_PROGRAM: 'document.py',
      SAGEMAKER_SUBMIT_DIRECTORY: 's3://models/code/',
    });
    await put('s3://data/docs/request.json', '{"instances": [1, 2, 3]}');
    const { outcome } = await run(
      transformArgs({
        ModelName: 'counter',
        TransformInput: {
          DataSource: { S3DataSource: { S3Uri: 's3://data/docs/request.json' } },
          ContentType: 'application/json',
        },
      }),
    );
    expect(outcome).toMatchObject({
      status: 'Succeeded',
      properties: { TransformInput: { SplitType: 'None' } },
    });
    expect(await read('s3://results/out/request.json.out')).toBe('{"count": 3}\n');
  });

  it('finds the script in a sourcedir tarball, or in the code folder of the model artifact', async () => {
    await putArchive('s3://models/sourcedir.tar.gz', { 'serve/inference.py': inferenceScript });
    addModel('from-tarball', {
      SAGEMAKER_PROGRAM: 'serve/inference.py',
      SAGEMAKER_SUBMIT_DIRECTORY: 's3://models/sourcedir.tar.gz',
    });
    await putArchive('s3://models/repacked/model.tar.gz', {
      'model.json': '{"w": 0, "b": 4}',
      'code/inference.py': inferenceScript,
    });
    addModel(
      'repacked',
      { SAGEMAKER_PROGRAM: 'inference.py' },
      { ModelDataUrl: 's3://models/repacked/model.tar.gz' },
    );
    const tarball = await run(transformArgs({ ModelName: 'from-tarball' }));
    expect(tarball.outcome.status).toBe('Succeeded');
    const repacked = await run(
      transformArgs({
        ModelName: 'repacked',
        TransformOutput: { S3OutputPath: 's3://results/repacked/' },
      }),
    );
    expect(repacked.outcome.status).toBe('Succeeded');
    // AssembleWith defaults to None: the responses are joined with nothing between them.
    expect(await read('s3://results/repacked/part-1.csv.out')).toBe('444');
  });

  it('fails with a reason naming the model when ModelName is unknown', async () => {
    const { outcome } = await run(transformArgs({ ModelName: 'no-such-model' }));
    expect(outcome).toMatchObject({
      status: 'Failed',
      properties: { TransformJobStatus: 'Failed' },
    });
    expect(outcome.status === 'Failed' && outcome.reason).toMatch(
      /^ClientError: Model "no-such-model" was not found\. Locally, ModelName must name a model that a Model step created/,
    );
  });

  it('fails with the file and the end of the traceback when the inference script fails', async () => {
    await put('s3://data/bad/records.csv', '1\nboom\n');
    const { outcome } = await run(
      transformArgs({
        TransformInput: {
          DataSource: { S3DataSource: { S3Uri: 's3://data/bad/' } },
          SplitType: 'Line',
        },
      }),
    );
    expect(outcome.status).toBe('Failed');
    const reason = outcome.status === 'Failed' ? outcome.reason : '';
    expect(reason).toMatch(/^AlgorithmError: exit code 1 \(inference on "records.csv"\)\n/);
    expect(reason).toContain("ValueError: cannot read record 'boom'");
  });

  it('fails when the script does not write one line per record', async () => {
    await put(
      's3://models/code/short.py',
      'import sys\nopen(sys.argv[sys.argv.index("--output") + 1], "w").write("1\\n")\n',
    );
    addModel('short', {
      SAGEMAKER_PROGRAM: 'short.py',
      SAGEMAKER_SUBMIT_DIRECTORY: 's3://models/code/',
    });
    const { outcome } = await run(transformArgs({ ModelName: 'short' }));
    // more/part-2.csv (one record) comes first and passes; part-1.csv has three.
    expect(outcome.status === 'Failed' && outcome.reason).toBe(
      'AlgorithmError: inference on "part-1.csv" failed: it wrote 1 response line for 3 records; with SplitType Line it must write one line per record, in order',
    );
  });

  it('says which scripts there are when SAGEMAKER_PROGRAM is not in the code folder', async () => {
    addModel('typo', {
      SAGEMAKER_PROGRAM: 'infer.py',
      SAGEMAKER_SUBMIT_DIRECTORY: 's3://models/code/',
    });
    const { outcome } = await run(transformArgs({ ModelName: 'typo' }));
    expect(outcome.status === 'Failed' && outcome.reason).toBe(
      'ClientError: SAGEMAKER_PROGRAM "infer.py" of model "typo" was not found in /opt/ml/code (it holds document.py, inference.py). Point SAGEMAKER_SUBMIT_DIRECTORY at the folder or sourcedir.tar.gz that contains it.',
    );
  });

  it('refuses what does not run locally before anything runs', async () => {
    const { outcome } = await run(
      transformArgs({
        TransformInput: {
          DataSource: { S3DataSource: { S3Uri: 's3://data/batch' } },
          SplitType: 'RecordIO',
        },
      }),
    );
    expect(outcome.status === 'Failed' && outcome.reason).toBe(
      'ClientError: TransformInput: SplitType RecordIO is not supported locally; use Line or None',
    );
  });

  it('stops the running inference when the step is stopped', async () => {
    await put('s3://models/code/slow.py', 'import time\ntime.sleep(60)\n');
    addModel('slow', {
      SAGEMAKER_PROGRAM: 'slow.py',
      SAGEMAKER_SUBMIT_DIRECTORY: 's3://models/code/',
    });
    const controller = new AbortController();
    const { outcome } = await run(transformArgs({ ModelName: 'slow' }), {
      signal: controller.signal,
      onStarted: () => controller.abort(),
    });
    expect(outcome).toMatchObject({
      status: 'Stopped',
      properties: { TransformJobStatus: 'Stopped' },
    });
  });

  it('stops an inference that runs past InvocationsTimeoutInSeconds and says so', async () => {
    await put('s3://models/code/slow.py', 'import time\ntime.sleep(60)\n');
    addModel('slow', {
      SAGEMAKER_PROGRAM: 'slow.py',
      SAGEMAKER_SUBMIT_DIRECTORY: 's3://models/code/',
    });
    const { outcome } = await run(
      transformArgs({ ModelName: 'slow', ModelClientConfig: { InvocationsTimeoutInSeconds: 1 } }),
    );
    expect(outcome.status === 'Failed' && outcome.reason).toBe(
      'The inference on "more/part-2.csv" exceeded InvocationsTimeoutInSeconds (1 s) and was stopped',
    );
  });
});
