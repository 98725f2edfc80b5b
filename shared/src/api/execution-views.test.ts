import { describe, expect, it } from 'vitest';
import type { ExecutionEvent, ExecutionState } from '../execution';
import { reduceExecution } from '../execution';
import { ExecutionStepSchema, ExecutionSummarySchema } from './execution.schema';
import {
  type ExecutionHeader,
  countSteps,
  toExecutionSteps,
  toExecutionSummary,
} from './execution-views';

const header: ExecutionHeader = {
  executionId: 'a1b2c3d4e5f6',
  pipelineName: 'abalone',
  pipelineVersion: 3,
  displayName: 'nightly',
  creationTime: '2026-01-01T00:00:00.000Z',
};

/** An event without its time, for each kind of event. */
type Undated<E = ExecutionEvent> = E extends unknown ? Omit<E, 'at'> : never;

/** Folds events given as [second offset, event without `at`]. */
function foldAt(events: [number, Undated][]): ExecutionState {
  let state: ExecutionState | undefined;
  events.forEach(([second, event], index) => {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
    state = reduceExecution(state, { ...event, at }, index + 1);
  });
  if (!state) throw new Error('no events');
  return state;
}

const started: Undated = {
  type: 'execution-started',
  parameters: { InstanceCount: 2, Mode: 'fast', Dry: false },
  stepNames: ['Prep', 'TrainA', 'TrainB', 'Check'],
};

describe('toExecutionSummary', () => {
  it('shows a just-created execution as Executing since its creation', () => {
    const summary = toExecutionSummary(header, undefined);
    expect(ExecutionSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      PipelineExecutionArn:
        'arn:aws:sagemaker:local:000000000000:pipeline/abalone/execution/a1b2c3d4e5f6',
      PipelineExecutionStatus: 'Executing',
      StartTime: header.creationTime,
      LastModifiedTime: header.creationTime,
      Parameters: [],
      StepCounts: { Total: 0, NotStarted: 0 },
    });
    expect(Object.keys(summary)).not.toContain('EndTime');
    expect(Object.keys(summary)).not.toContain('ParallelismConfiguration');
  });

  it('shows a failed execution with its reason, end, parameters as strings and step counts', () => {
    const state = foldAt([
      [1, started],
      [2, { type: 'step-starting', stepName: 'Prep', attempt: 1 }],
      [3, { type: 'step-succeeded', stepName: 'Prep', attempt: 1 }],
      [4, { type: 'step-starting', stepName: 'TrainA', attempt: 1 }],
      [5, { type: 'step-failed', stepName: 'TrainA', attempt: 1, reason: 'exit 1' }],
      [6, { type: 'execution-finished', status: 'Failed', failureReason: 'TrainA failed' }],
    ]);
    const summary = toExecutionSummary({ ...header, description: 'try', maxParallel: 4 }, state);
    expect(ExecutionSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      PipelineExecutionDescription: 'try',
      PipelineExecutionStatus: 'Failed',
      FailureReason: 'TrainA failed',
      StartTime: '2026-01-01T00:00:01.000Z',
      EndTime: '2026-01-01T00:00:06.000Z',
      LastModifiedTime: '2026-01-01T00:00:06.000Z',
      ParallelismConfiguration: { MaxParallelExecutionSteps: 4 },
      Parameters: [
        { Name: 'InstanceCount', Value: '2' },
        { Name: 'Mode', Value: 'fast' },
        { Name: 'Dry', Value: 'false' },
      ],
      StepCounts: { Total: 4, NotStarted: 2, Succeeded: 1, Failed: 1, Executing: 0 },
    });
  });
});

describe('toExecutionSteps', () => {
  it('lists started steps newest first, later-in-document first on a tie', () => {
    const state = foldAt([
      [0, started],
      [1, { type: 'step-starting', stepName: 'Prep', attempt: 1 }],
      [2, { type: 'step-succeeded', stepName: 'Prep', attempt: 1 }],
      [3, { type: 'step-starting', stepName: 'TrainA', attempt: 1 }],
      [3, { type: 'step-starting', stepName: 'TrainB', attempt: 1 }],
      [4, { type: 'step-executing', stepName: 'TrainA', attempt: 1 }],
    ]);
    const steps = toExecutionSteps(state);
    expect(steps.map((step) => step.StepName)).toEqual(['TrainB', 'TrainA', 'Prep']);
    for (const step of steps) expect(ExecutionStepSchema.parse(step)).toEqual(step);
    expect(steps[2]).toEqual({
      StepName: 'Prep',
      StepStatus: 'Succeeded',
      StartTime: '2026-01-01T00:00:01.000Z',
      EndTime: '2026-01-01T00:00:02.000Z',
      AttemptCount: 1,
    });
  });

  it('keeps a retried step first start time and counts every attempt', () => {
    const state = foldAt([
      [0, started],
      [1, { type: 'step-starting', stepName: 'Prep', attempt: 1 }],
      [2, { type: 'step-failed', stepName: 'Prep', attempt: 1, reason: 'flaky' }],
      [3, { type: 'step-starting', stepName: 'Prep', attempt: 2 }],
      [
        4,
        {
          type: 'step-succeeded',
          stepName: 'Prep',
          attempt: 2,
          metadata: { Condition: { Outcome: 'True' } },
        },
      ],
    ]);
    expect(toExecutionSteps(state)).toEqual([
      {
        StepName: 'Prep',
        StepStatus: 'Succeeded',
        StartTime: '2026-01-01T00:00:01.000Z',
        EndTime: '2026-01-01T00:00:04.000Z',
        AttemptCount: 2,
        Metadata: { Condition: { Outcome: 'True' } },
      },
    ]);
  });

  it('lists nothing before the execution has started', () => {
    expect(toExecutionSteps(undefined)).toEqual([]);
  });
});

describe('countSteps', () => {
  const stepNames = ['Prep', 'Check', 'Register', 'Deploy', 'Fail'];
  const stepBranches = {
    Register: { conditionName: 'Check', branch: 'if' },
    Deploy: { conditionName: 'Check', branch: 'if' },
    Fail: { conditionName: 'Check', branch: 'else' },
  } as const;
  const branched: Undated = { type: 'execution-started', parameters: {}, stepNames, stepBranches };
  const checked = (outcome: 'True' | 'False'): [number, Undated][] => [
    [0, branched],
    [1, { type: 'step-starting', stepName: 'Prep', attempt: 1 }],
    [2, { type: 'step-succeeded', stepName: 'Prep', attempt: 1 }],
    [3, { type: 'step-starting', stepName: 'Check', attempt: 1 }],
    [
      4,
      {
        type: 'step-succeeded',
        stepName: 'Check',
        attempt: 1,
        metadata: { Condition: { Outcome: outcome } },
      },
    ],
  ];

  it('leaves the branch a Condition did not take out of the total while the run goes on', () => {
    const counts = countSteps(foldAt(checked('True')));
    expect(counts).toMatchObject({ Total: 4, Succeeded: 2, NotStarted: 2 });
  });

  it('counts every step until the Condition has decided', () => {
    const counts = countSteps(foldAt(checked('True').slice(0, 3)));
    expect(counts).toMatchObject({ Total: 5, Succeeded: 1, NotStarted: 4 });
  });

  it('leaves a nested untaken branch out with its parent branch', () => {
    const state = foldAt([
      [
        0,
        {
          type: 'execution-started',
          parameters: {},
          stepNames: [...stepNames, 'Inner', 'Deeper'],
          stepBranches: {
            ...stepBranches,
            Inner: { conditionName: 'Check', branch: 'else' },
            Deeper: { conditionName: 'Inner', branch: 'if' },
          },
        },
      ],
      ...checked('True').slice(1),
    ]);
    expect(countSteps(state)).toMatchObject({ Total: 4, NotStarted: 2 });
  });

  it('counts a failed run by the branch it took, the rest of it not done', () => {
    const state = foldAt([
      ...checked('False'),
      [5, { type: 'step-starting', stepName: 'Fail', attempt: 1 }],
      [6, { type: 'step-failed', stepName: 'Fail', attempt: 1, reason: 'MSE too high' }],
      [7, { type: 'execution-finished', status: 'Failed', failureReason: 'MSE too high' }],
    ]);
    expect(countSteps(state)).toMatchObject({ Total: 3, Succeeded: 2, Failed: 1, NotStarted: 0 });
  });

  it('keeps the steps a failed run never reached as not started', () => {
    const state = foldAt([
      [0, branched],
      [1, { type: 'step-starting', stepName: 'Prep', attempt: 1 }],
      [2, { type: 'step-failed', stepName: 'Prep', attempt: 1, reason: 'exit 1' }],
      [3, { type: 'execution-finished', status: 'Failed', failureReason: 'exit 1' }],
    ]);
    expect(countSteps(state)).toMatchObject({ Total: 5, Failed: 1, NotStarted: 4 });
  });

  it('leaves out steps a succeeded run never started, even without branch information', () => {
    const state = foldAt([
      [0, started],
      [1, { type: 'step-starting', stepName: 'Prep', attempt: 1 }],
      [2, { type: 'step-succeeded', stepName: 'Prep', attempt: 1 }],
      [3, { type: 'execution-finished', status: 'Succeeded' }],
    ]);
    expect(countSteps(state)).toMatchObject({ Total: 1, Succeeded: 1, NotStarted: 0 });
  });

  it('leaves out the steps a selective run did not select and did not reuse', () => {
    const state = foldAt([
      [
        0,
        { ...started, selectedSteps: ['TrainA'], sourcePipelineExecutionArn: 'arn:x' } as Undated,
      ],
      [1, { type: 'step-starting', stepName: 'Prep', attempt: 1 }],
      [
        1,
        {
          type: 'step-succeeded',
          stepName: 'Prep',
          attempt: 1,
          reused: { sourcePipelineExecutionArn: 'arn:x' },
        },
      ],
    ]);
    expect(countSteps(state)).toMatchObject({ Total: 2, Succeeded: 1, NotStarted: 1 });
  });
});
