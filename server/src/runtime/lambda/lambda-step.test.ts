import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ObjectStore } from '../object-store';
import type { StepMetadata } from '../step-outcome';
import { type LambdaStepContext, runLambdaStep } from './lambda-step';

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
async function tempRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pipewright-lambda-'));
  roots.push(root);
  return root;
}

const arn = (name: string) => `arn:aws:lambda:eu-west-1:123456789012:function:${name}`;

/** Runs a Lambda step for real in fresh folders; returns the outcome and what it logged. */
async function runLambda(
  step: Record<string, unknown>,
  options: {
    event?: unknown;
    files?: Record<string, string>;
    onDisk?: Record<string, string>;
    /** Objects put in the local object store first, by URI. */
    objects?: Record<string, string>;
    signal?: AbortSignal;
  } = {},
) {
  const root = await tempRoot();
  const workingDir = join(root, 'work');
  await mkdir(join(workingDir, 'lambdas'), { recursive: true });
  for (const [name, content] of Object.entries(options.onDisk ?? {})) {
    await writeFile(join(workingDir, 'lambdas', name), content);
  }
  const objectStore = new ObjectStore({ dataDir: join(root, 'data'), fileBaseDir: workingDir });
  for (const [uri, content] of Object.entries(options.objects ?? {})) {
    const source = join(root, 'object');
    await writeFile(source, content);
    await objectStore.put(source, uri);
  }
  let log = '';
  const executing: StepMetadata[] = [];
  const context: LambdaStepContext = {
    step: { Name: 'Decide', Type: 'Lambda', ...step },
    arguments: options.event ?? {},
    attemptDir: join(root, 'attempt-1'),
    embeddedFiles: Object.fromEntries(
      Object.entries(options.files ?? {}).map(([uri, content]) => [uri, { content }]),
    ),
    objectStore,
    workingDir,
    onExecuting: (metadata) => executing.push(metadata),
    onLog: (_stream, text) => (log += text),
    signal: options.signal ?? new AbortController().signal,
    stopGraceMs: 500,
  };
  const outcome = await runLambdaStep(context);
  return { outcome, log: () => log, executing, root, objectStore, workingDir };
}

const pythonDecide = `
def lambda_handler(event, context):
    print("scoring", event["score"], "for", context.function_name)
    return {"approved": event["score"] >= 0.8, "tier": "gold", "count": 3, "ratio": event["score"], "extra": [1]}
`;

describe('Lambda steps', () => {
  it('calls an embedded Python handler with the arguments as its event and fills typed OutputParameters', async () => {
    const { outcome, log, executing } = await runLambda(
      {
        FunctionArn: arn('decide'),
        OutputParameters: [
          { OutputName: 'approved', OutputType: 'Boolean' },
          { OutputName: 'tier', OutputType: 'String' },
          { OutputName: 'count', OutputType: 'Integer' },
          { OutputName: 'ratio', OutputType: 'Float' },
        ],
      },
      { event: { score: 0.9 }, files: { 's3://code/lambdas/decide.py': pythonDecide } },
    );
    expect(outcome).toMatchObject({
      status: 'Succeeded',
      properties: {
        OutputParameters: [
          { Name: 'approved', Value: true },
          { Name: 'tier', Value: 'gold' },
          { Name: 'count', Value: 3 },
          { Name: 'ratio', Value: 0.9 },
        ],
      },
      metadata: {
        Lambda: {
          Arn: arn('decide'),
          OutputParameters: [
            { Name: 'approved', Value: 'true' },
            { Name: 'tier', Value: 'gold' },
            { Name: 'count', Value: '3' },
            { Name: 'ratio', Value: '0.9' },
          ],
        },
      },
    });
    // The handler's prints are its log; the result travels on its own channel.
    expect(log()).toContain('scoring 0.9 for decide');
    expect(executing).toEqual([{ Lambda: { Arn: arn('decide') } }]);
  });

  it('runs a CommonJS handler from lambdas/ on disk, and an async ES module handler', async () => {
    const commonJs = await runLambda(
      { FunctionArn: arn('echo'), OutputParameters: [{ OutputName: 'said' }] },
      {
        event: { text: 'hi' },
        onDisk: { 'echo.js': 'exports.handler = (event) => ({ said: event.text + "!" });\n' },
      },
    );
    expect(commonJs.outcome).toMatchObject({
      status: 'Succeeded',
      properties: { OutputParameters: [{ Name: 'said', Value: 'hi!' }] },
    });

    const asyncModule = await runLambda(
      { FunctionArn: arn('later'), OutputParameters: [{ OutputName: 'n', OutputType: 'Integer' }] },
      {
        event: { n: 41 },
        files: {
          's3://code/later.mjs': [
            'import { setTimeout as sleep } from "node:timers/promises";',
            'export const handler = async (event, context) => {',
            '  await sleep(50);',
            '  console.log("remaining", context.getRemainingTimeInMillis() > 0);',
            '  return { n: event.n + 1 };',
            '};',
          ].join('\n'),
        },
      },
    );
    expect(asyncModule.outcome).toMatchObject({
      status: 'Succeeded',
      properties: { OutputParameters: [{ Name: 'n', Value: 42 }] },
    });
    expect(asyncModule.log()).toContain('remaining true');
  });

  it('takes the handler straight from an s3:// or file:// FunctionArn', async () => {
    const root = await tempRoot();
    const file = join(root, 'direct.py');
    await writeFile(file, 'def handler(event, context):\n    return {"ok": "yes"}\n');
    const fromFile = await runLambda({
      FunctionArn: `file://${file}`,
      OutputParameters: [{ OutputName: 'ok' }],
    });
    expect(fromFile.outcome).toMatchObject({
      status: 'Succeeded',
      properties: { OutputParameters: [{ Name: 'ok', Value: 'yes' }] },
    });

    const fromStore = await runLambda(
      { FunctionArn: 's3://handlers/direct.mjs', OutputParameters: [{ OutputName: 'ok' }] },
      {
        objects: {
          's3://handlers/direct.mjs': 'export const handler = () => ({ ok: "stored" });\n',
        },
      },
    );
    expect(fromStore.outcome).toMatchObject({
      status: 'Succeeded',
      properties: { OutputParameters: [{ Name: 'ok', Value: 'stored' }] },
    });

    const absent = await runLambda({ FunctionArn: 's3://handlers/absent.py' });
    expect((absent.outcome as { reason: string }).reason).toBe(
      'ClientError: s3://handlers/absent.py: no object or prefix found there',
    );
  });

  it('fails naming the output that is missing or of the wrong type', async () => {
    const { outcome } = await runLambda(
      {
        FunctionArn: arn('decide'),
        OutputParameters: [
          { OutputName: 'count', OutputType: 'Integer' },
          { OutputName: 'missing', OutputType: 'String' },
        ],
      },
      {
        onDisk: {
          'decide.py': 'def lambda_handler(event, context):\n    return {"count": "many"}\n',
        },
      },
    );
    expect(outcome.status).toBe('Failed');
    const reason = (outcome as { reason: string }).reason;
    expect(reason).toContain(
      'Output parameter "count" must be an Integer, but the result of "decide" has the text "many".',
    );
    expect(reason).toContain(
      'Output parameter "missing" (String) is missing from the result of "decide".',
    );
  });

  it('fails when the function returns something other than an object of outputs', async () => {
    const { outcome } = await runLambda(
      { FunctionArn: arn('list'), OutputParameters: [{ OutputName: 'x' }] },
      { onDisk: { 'list.mjs': 'export const handler = async () => [1, 2];\n' } },
    );
    expect(outcome).toMatchObject({
      status: 'Failed',
      reason:
        'The Lambda function "list" returned [1,2], not an object with its output parameters (x).',
    });
  });

  it('fails with the error a handler raises or throws', async () => {
    const python = await runLambda(
      { FunctionArn: arn('broken') },
      {
        onDisk: {
          'broken.py':
            'def lambda_handler(event, context):\n    raise ValueError("score is negative")\n',
        },
      },
    );
    expect(python.outcome).toMatchObject({
      status: 'Failed',
      reason: 'The Lambda function "broken" raised ValueError: score is negative',
    });
    expect(python.log()).toContain('Traceback');

    const node = await runLambda(
      { FunctionArn: arn('thrower') },
      {
        onDisk: {
          'thrower.mjs': 'export const handler = async () => { throw new TypeError("no way"); };\n',
        },
      },
    );
    expect(node.outcome).toMatchObject({
      status: 'Failed',
      reason: 'The Lambda function "thrower" raised TypeError: no way',
    });
  });

  it('stops a handler that runs past its Timeout and fails saying so', async () => {
    const { outcome } = await runLambda(
      { FunctionArn: arn('slow'), Timeout: 1 },
      {
        onDisk: {
          'slow.py': 'import time\ndef lambda_handler(event, context):\n    time.sleep(60)\n',
        },
      },
    );
    expect(outcome).toMatchObject({
      status: 'Failed',
      reason:
        'The Lambda function "slow" timed out after 1 s (the step\'s Timeout) and was stopped.',
    });
  });

  it("refuses a Timeout above SageMaker's 600 seconds before running anything", async () => {
    const { outcome } = await runLambda({ FunctionArn: arn('any'), Timeout: 900 });
    expect(outcome).toMatchObject({ status: 'Failed' });
    expect((outcome as { reason: string }).reason).toMatch(
      /^ClientError: Timeout must be a number of seconds from 1 to 600 .*it is 900\.$/,
    );
  });

  it('ends Stopped when the step is stopped while the handler runs', async () => {
    const controller = new AbortController();
    const marker = join(await tempRoot(), 'started');
    const running = runLambda(
      { FunctionArn: arn('wait') },
      {
        signal: controller.signal,
        onDisk: {
          'wait.py': `import time\ndef lambda_handler(event, context):\n    open(${JSON.stringify(marker)}, "w").close()\n    time.sleep(60)\n`,
        },
      },
    );
    while (
      !(await readFile(marker).then(
        () => true,
        () => false,
      ))
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    controller.abort();
    expect((await running).outcome).toMatchObject({ status: 'Stopped' });
  });

  it('says where it looked when no handler exists, and refuses two candidates', async () => {
    const missing = await runLambda({ FunctionArn: arn('nowhere') });
    const reason = (missing.outcome as { reason: string }).reason;
    expect(missing.outcome.status).toBe('Failed');
    expect(reason).toContain('No local handler for Lambda function "nowhere"');
    expect(reason).toContain('whose URI ends in /nowhere.py, /nowhere.mjs, /nowhere.js');
    expect(reason).toContain(join(missing.workingDir, 'lambdas', 'nowhere.py'));

    const twice = await runLambda(
      { FunctionArn: arn('twice') },
      { files: { 's3://a/twice.py': 'x', 's3://b/twice.js': 'y' } },
    );
    expect((twice.outcome as { reason: string }).reason).toContain(
      'Lambda function "twice" matches 2 embedded files (s3://a/twice.py, s3://b/twice.js)',
    );

    const badArn = await runLambda({ FunctionArn: 'arn:aws:sns:eu-west-1:123456789012:topic' });
    expect((badArn.outcome as { reason: string }).reason).toContain(
      'is neither a Lambda function ARN',
    );
  });
});
