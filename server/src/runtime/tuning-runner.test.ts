import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageMap } from './image-map';
import { detectSandbox } from './sandbox';
import { TrainingBench } from './training-test-helpers';
import type { TrainingJobSummary } from './tuning-properties';
import { type TuningStepContext, runTuningStep } from './tuning-runner';

const sandbox = await detectSandbox();

// The objective is smallest at depth=3, kind=b and largest at depth=5, kind=a. The other modes check
// how many jobs run at once through marker files in a shared folder.
const trainScript = `
import argparse, glob, json, os, sys, time
p = argparse.ArgumentParser()
p.add_argument("--depth", type=int)
p.add_argument("--kind")
p.add_argument("--mode", default="plain")
p.add_argument("--markers", default="")
p.add_argument("--fail-when", default="")
a = p.parse_args()
if a.kind == a.fail_when or a.fail_when == "always":
    sys.exit("failing on purpose for kind " + a.kind)
if a.mode == "overlap":
    open(os.path.join(a.markers, "start-%d-%s" % (a.depth, a.kind)), "w").close()
    for _ in range(600):
        if len(glob.glob(os.path.join(a.markers, "start-*"))) >= 2: break
        time.sleep(0.05)
    else:
        sys.exit("ran alone")
if a.mode == "exclusive":
    mine = os.path.join(a.markers, "running-%d-%s" % (a.depth, a.kind))
    if glob.glob(os.path.join(a.markers, "running-*")): sys.exit("another job is running")
    open(mine, "w").close(); time.sleep(0.1); os.remove(mine)
if a.mode == "hang":
    print("started", flush=True); time.sleep(60)
print("objective=%d" % ((a.depth - 3) ** 2 + (0 if a.kind == "b" else 1)))
json.dump({"depth": a.depth, "kind": a.kind}, open(os.path.join(os.environ["SM_MODEL_DIR"], "model.json"), "w"))
`;

const tuningArgs = (options: {
  type?: 'Minimize' | 'Maximize';
  strategy?: string;
  maxJobs?: number;
  parallel?: number;
  xRange?: [number, number];
  static?: Record<string, string>;
}) => ({
  HyperParameterTuningJobConfig: {
    Strategy: options.strategy ?? 'Grid',
    HyperParameterTuningJobObjective: { Type: options.type ?? 'Minimize', MetricName: 'objective' },
    ResourceLimits: {
      ...(options.maxJobs !== undefined && { MaxNumberOfTrainingJobs: options.maxJobs }),
      MaxParallelTrainingJobs: options.parallel ?? 3,
    },
    ParameterRanges: {
      IntegerParameterRanges: [
        {
          Name: 'depth',
          MinValue: String(options.xRange?.[0] ?? 2),
          MaxValue: String(options.xRange?.[1] ?? 5),
          ScalingType: 'Linear',
        },
      ],
      CategoricalParameterRanges: [{ Name: 'kind', Values: ['"a"', '"b"'] }],
    },
    TrainingJobEarlyStoppingType: 'Off',
  },
  TrainingJobDefinition: {
    StaticHyperParameters: {
      sagemaker_program: '"train.py"',
      sagemaker_submit_directory: '"s3://pipewright/code/sourcedir.tar.gz"',
      ...options.static,
    },
    AlgorithmSpecification: {
      TrainingImage: 'python:3.12',
      TrainingInputMode: 'File',
      MetricDefinitions: [{ Name: 'objective', Regex: 'objective=([0-9]+)' }],
    },
    RoleArn: 'arn:aws:iam::111111111111:role/SageMaker',
    OutputDataConfig: { S3OutputPath: 's3://pipewright/tuning' },
    ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 5 },
    StoppingCondition: { MaxRuntimeInSeconds: 300 },
  },
});

let bench: TrainingBench;

beforeEach(async () => {
  bench = await TrainingBench.create();
  await bench.putSourceDir('s3://pipewright/code/sourcedir.tar.gz', { 'train.py': trainScript });
});

afterEach(async () => {
  await bench.dispose();
});

async function tune(args: unknown, extra: Partial<TuningStepContext> = {}) {
  const chunks: string[] = [];
  const context: TuningStepContext = {
    executionId: 'exec0001',
    stepName: 'Tune',
    arguments: args,
    attemptDir: join(bench.root, 'attempts', 'Tune'),
    objectStore: bench.store,
    imageMap: new ImageMap(),
    sandbox,
    defaultOutputPath: 's3://pipewright/executions/exec0001/Tune',
    onLog: (_stream, text) => chunks.push(text),
    signal: new AbortController().signal,
    workingDir: bench.root,
    stopGraceMs: 1000,
    ...extra,
  };
  const outcome = await runTuningStep(context);
  const properties = (
    outcome.status === 'Stopped' || outcome.status === 'Failed' || outcome.status === 'Succeeded'
      ? (outcome.properties ?? {})
      : {}
  ) as {
    BestTrainingJob?: TrainingJobSummary;
    TrainingJobSummaries: TrainingJobSummary[];
  } & Record<string, unknown>;
  return { outcome, properties, logs: () => chunks.join(''), context };
}

const values = (summaries: TrainingJobSummary[]) =>
  summaries.map((summary) => summary.FinalHyperParameterTuningJobObjectiveMetric?.Value);

describe('runTuningStep', () => {
  it('runs the grid and picks the job with the lowest objective for Minimize', async () => {
    let started: unknown;
    const { outcome, properties, logs, context } = await tune(tuningArgs({}), {
      onStarted: (metadata) => (started = metadata),
    });
    expect(outcome.status, logs()).toBe('Succeeded');
    const arn = 'arn:aws:sagemaker:local:000000000000:hyper-parameter-tuning-job/tune-exec0001';
    expect(outcome.metadata).toEqual({ TuningJob: { Arn: arn } });
    expect(started).toEqual({ TuningJob: { Arn: arn } });

    const best = properties.BestTrainingJob;
    expect(best).toMatchObject({
      TrainingJobStatus: 'Completed',
      TunedHyperParameters: { depth: '3', kind: '"b"' },
      FinalHyperParameterTuningJobObjectiveMetric: {
        Type: 'Minimize',
        MetricName: 'objective',
        Value: 0,
      },
      ObjectiveStatus: 'Succeeded',
      TuningJobName: 'Tune-exec0001',
    });
    expect(best?.TrainingJobName).toMatch(/^Tune-exec0001-\d{3}-[0-9a-f]{8}$/);
    expect(properties).toMatchObject({
      HyperParameterTuningJobName: 'Tune-exec0001',
      HyperParameterTuningJobArn: arn,
      HyperParameterTuningJobStatus: 'Completed',
      TrainingJobStatusCounters: { Completed: 8, NonRetryableError: 0 },
      ObjectiveStatusCounters: { Succeeded: 8 },
    });
    expect(values(properties.TrainingJobSummaries)).toEqual([0, 1, 1, 1, 2, 2, 4, 5]);
    expect(properties.TrainingJobSummaries[0]).toEqual(best);

    // What get_top_model_s3_uri(top_k=0, ...) joins is the best job's real model.
    const model = `s3://pipewright/tuning/${best?.TrainingJobName}/output/model.tar.gz`;
    expect(await bench.tarEntries(model)).toEqual(['model.json']);

    // The step's log has every job's lines with its name; each job keeps its own log too.
    expect(logs()).toContain(`[${best?.TrainingJobName}] objective=0\n`);
    const ownLog = join(
      context.attemptDir,
      'training-jobs',
      best?.TrainingJobName ?? '',
      'logs',
      'output.log',
    );
    expect(await readFile(ownLog, 'utf8')).toBe('objective=0\n');
    expect(await readFile(join(context.attemptDir, 'logs', 'output.log'), 'utf8')).toContain(
      `[${best?.TrainingJobName}] objective=0`,
    );
  });

  it('picks the highest objective for Maximize', async () => {
    const { outcome, properties } = await tune(tuningArgs({ type: 'Maximize' }));
    expect(outcome.status).toBe('Succeeded');
    expect(properties.BestTrainingJob?.TunedHyperParameters).toEqual({ depth: '5', kind: '"a"' });
    expect(values(properties.TrainingJobSummaries)).toEqual([5, 4, 2, 2, 1, 1, 1, 0]);
  });

  it('draws the same Random jobs again in a retry of the same execution', async () => {
    const args = tuningArgs({ strategy: 'Random', maxJobs: 3, xRange: [1, 50] });
    const first = await tune(args, { attemptDir: join(bench.root, 'attempts', 'first') });
    const second = await tune(args, { attemptDir: join(bench.root, 'attempts', 'second') });
    const tuned = (run: typeof first) =>
      run.properties.TrainingJobSummaries.map((summary) => summary.TunedHyperParameters);
    expect(tuned(first)).toHaveLength(3);
    expect(tuned(second)).toEqual(tuned(first));
  });

  it('runs MaxParallelTrainingJobs jobs at once', async () => {
    const markers = join(bench.root, 'markers');
    await import('node:fs/promises').then((fs) => fs.mkdir(markers));
    const overlapping = await tune(
      tuningArgs({ parallel: 2, xRange: [3, 3], static: { mode: 'overlap', markers } }),
    );
    expect(overlapping.outcome.status, overlapping.logs()).toBe('Succeeded');
    const exclusive = await tune(
      tuningArgs({ parallel: 1, xRange: [2, 3], static: { mode: 'exclusive', markers } }),
      { attemptDir: join(bench.root, 'attempts', 'exclusive') },
    );
    expect(exclusive.properties.TrainingJobStatusCounters).toMatchObject({ Completed: 4 });
  });

  it('counts failed jobs as failed summaries and succeeds with the others', async () => {
    const { outcome, properties } = await tune(tuningArgs({ static: { 'fail-when': 'a' } }));
    expect(outcome.status).toBe('Succeeded');
    const failed = properties.TrainingJobSummaries.slice(4);
    expect(values(properties.TrainingJobSummaries.slice(0, 4))).toEqual([0, 1, 1, 4]);
    expect(failed.map((summary) => summary.TrainingJobStatus)).toEqual([
      'Failed',
      'Failed',
      'Failed',
      'Failed',
    ]);
    expect(failed[0]).toMatchObject({
      ObjectiveStatus: 'Failed',
      FailureReason: expect.stringContaining('failing on purpose for kind a'),
    });
    expect(properties.TrainingJobStatusCounters).toMatchObject({
      Completed: 4,
      NonRetryableError: 4,
    });
  });

  it('fails only when every job fails', async () => {
    const { outcome, properties } = await tune(
      tuningArgs({ xRange: [2, 3], static: { 'fail-when': 'always' } }),
    );
    expect(outcome.status).toBe('Failed');
    expect(outcome.status === 'Failed' && outcome.reason).toMatch(
      /^No training job succeeded: 4 of 4 failed\nTune-exec0001-001-[0-9a-f]{8}: AlgorithmError: exit code 1/,
    );
    expect(properties).toMatchObject({ HyperParameterTuningJobStatus: 'Failed' });
    expect(properties.BestTrainingJob).toBeUndefined();
  });

  it('stops every running job and starts no new one when the step is stopped', async () => {
    const controller = new AbortController();
    let seen = 0;
    const { outcome, properties } = await tune(
      tuningArgs({ parallel: 2, static: { mode: 'hang' } }),
      {
        signal: controller.signal,
        onLog: (_stream, text) => {
          seen += text.split('] started').length - 1;
          if (seen === 2) controller.abort();
        },
      },
    );
    expect(outcome.status).toBe('Stopped');
    expect(properties.HyperParameterTuningJobStatus).toBe('Stopped');
    expect(properties.TrainingJobSummaries.map((summary) => summary.TrainingJobStatus)).toEqual([
      'Stopped',
      'Stopped',
    ]);
  });

  it('fails with a clear reason when the Arguments cannot run', async () => {
    const args = tuningArgs({});
    args.HyperParameterTuningJobConfig.ParameterRanges = {
      ...args.HyperParameterTuningJobConfig.ParameterRanges,
      ContinuousParameterRanges: [
        { Name: 'lr', MinValue: '0.1', MaxValue: '1', ScalingType: 'Linear' },
      ],
    } as typeof args.HyperParameterTuningJobConfig.ParameterRanges;
    const { outcome } = await tune(args);
    expect(outcome.status === 'Failed' && outcome.reason).toBe(
      'ClientError: TrainingJobDefinition ContinuousParameterRanges "lr": the Grid strategy cannot search a continuous range; use CategoricalParameterRanges with the values to try, or the Random strategy',
    );
  });
});
