import type { StepRun } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { runProgress } from '../runs/run-progress';
import { decorateSteps, stepCountsOf } from './execution-decorations';
import type { ExecutionView } from './execution-view';

const step = (Name: string, Type = 'Processing', Arguments: object = {}) => ({
  Name,
  Type,
  Arguments,
});

/** Prepare, then a Condition with Publish when true and Alert when false. */
const document = {
  Version: '2020-12-01',
  Steps: [
    step('Prepare'),
    step('Gate', 'Condition', {
      Conditions: [],
      IfSteps: [step('Publish')],
      ElseSteps: [step('Alert', 'Fail')],
    }),
  ],
};

const run = (stepName: string, status: StepRun['status'], extra: Partial<StepRun> = {}) => ({
  stepName,
  status,
  attemptCount: 1,
  startTime: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const view = (
  status: ExecutionView['status'],
  steps: StepRun[],
  extra: Partial<ExecutionView> = {},
): ExecutionView => ({
  status,
  startTime: '2026-01-01T00:00:00.000Z',
  steps: Object.fromEntries(steps.map((s) => [s.stepName, s])),
  ...extra,
});

describe('decorateSteps', () => {
  it('dims the branch a Condition did not take, as soon as the Condition has decided', () => {
    const decorations = decorateSteps(
      document,
      view('Executing', [
        run('Prepare', 'Succeeded'),
        run('Gate', 'Succeeded', { metadata: { Condition: { Outcome: 'True' } } }),
        run('Publish', 'Executing'),
      ]),
    );
    expect(decorations).toEqual({
      Prepare: { tone: 'succeeded', label: 'Succeeded' },
      Gate: { tone: 'succeeded', label: 'Succeeded · true' },
      Publish: { tone: 'running', label: 'Running' },
      Alert: { tone: 'skipped', label: 'Branch not taken', dimmed: true },
    });
  });

  it('shows steps not started yet as pending while running, and as not run once ended', () => {
    const running = decorateSteps(document, view('Executing', [run('Prepare', 'Executing')]));
    expect(running.Gate).toEqual({ tone: 'pending' });
    expect(running.Alert).toEqual({ tone: 'pending' });

    const failed = decorateSteps(
      document,
      view('Failed', [run('Prepare', 'Failed', { failureReason: 'exit 1' })]),
    );
    expect(failed.Prepare).toEqual({ tone: 'failed', label: 'Failed' });
    expect(failed.Gate).toEqual({ tone: 'skipped', label: 'Not run', dimmed: true });
  });

  it('badges cached and reused results, and counts attempts past the first', () => {
    const source = { SourcePipelineExecutionArn: 'arn:…/execution/abc' };
    const decorations = decorateSteps(
      document,
      view(
        'Executing',
        [
          run('Prepare', 'Succeeded', { selectiveExecutionResult: source }),
          run('Gate', 'Starting', { attemptCount: 3, cacheHitResult: source }),
        ],
        { selectedSteps: ['Gate', 'Publish'] },
      ),
    );
    expect(decorations.Prepare).toEqual({
      tone: 'succeeded',
      label: 'Succeeded',
      badges: ['reused'],
    });
    expect(decorations.Gate).toEqual({
      tone: 'running',
      label: 'Starting',
      badges: ['cached'],
      attempts: 3,
    });
    expect(decorations.Publish).toEqual({ tone: 'pending' });
    expect(decorations.Alert).toEqual({ tone: 'skipped', label: 'Not selected', dimmed: true });
  });
});

describe('stepCountsOf with runProgress', () => {
  const progress = (v: ExecutionView) => runProgress(stepCountsOf(document, v)).text;
  const gate = (outcome: 'True' | 'False') =>
    run('Gate', 'Succeeded', { metadata: { Condition: { Outcome: outcome } } });

  it('leaves the untaken branch out of the total while the run goes on', () => {
    expect(progress(view('Executing', [run('Prepare', 'Succeeded'), gate('False')]))).toBe(
      '2 of 3 steps done',
    );
  });

  it('shows a finished run whose Fail branch was not taken as all done', () => {
    const steps = [run('Prepare', 'Succeeded'), gate('True'), run('Publish', 'Succeeded')];
    const result = runProgress(stepCountsOf(document, view('Succeeded', steps)));
    expect(result).toMatchObject({ text: '3 of 3 steps done', percent: 100 });
  });

  it('does not count the steps a failed run never ran as done', () => {
    const steps = [run('Prepare', 'Succeeded'), run('Gate', 'Failed')];
    const result = runProgress(stepCountsOf(document, view('Failed', steps)));
    // Gate never decided, so both its branches could still have run: 2 of 4, bar not full.
    expect(result).toMatchObject({ text: '2 of 4 steps done', failed: 1 });
    expect(result.percent).toBeLessThan(100);
  });

  it('leaves out the steps a selective run did not select', () => {
    const steps = [
      run('Prepare', 'Succeeded', {
        selectiveExecutionResult: { SourcePipelineExecutionArn: 'a' },
      }),
      run('Gate', 'Executing'),
    ];
    const selective = view('Executing', steps, { selectedSteps: ['Gate', 'Publish'] });
    expect(progress(selective)).toBe('1 of 3 steps done');
  });
});
