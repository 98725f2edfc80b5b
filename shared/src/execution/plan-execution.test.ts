import { describe, expect, it } from 'vitest';
import { createPipelineGraph } from '../pipeline/graph';
import { fold, ran } from './execution-test-helpers';
import { planExecution } from './plan-execution';

const step = (Name: string, extra: Record<string, unknown> = {}) => ({
  Name,
  Type: 'Processing',
  Arguments: {},
  ...extra,
});
const ref = (name: string) => ({ Get: `Steps.${name}.ProcessingJobName` });

/** Prepare → (Train, Report) ; Check(Train) → if Register, else Stop(Fail) */
const graph = createPipelineGraph({
  Steps: [
    step('Prepare'),
    step('Train', { Arguments: { x: ref('Prepare') } }),
    step('Report', { DependsOn: ['Prepare'] }),
    {
      Name: 'Check',
      Type: 'Condition',
      Arguments: {
        Conditions: [{ Type: 'Equals', LeftValue: ref('Train'), RightValue: 'x' }],
        IfSteps: [step('Register')],
        ElseSteps: [{ Name: 'Stop', Type: 'Fail', Arguments: { ErrorMessage: 'too bad' } }],
      },
    },
    step('After', { DependsOn: ['Register'] }),
  ],
});
const started = {
  type: 'execution-started' as const,
  parameters: {},
  stepNames: graph.nodes.map((node) => node.name),
};
const plan = (events: Parameters<typeof fold>[0], capacity = 10) =>
  planExecution(graph, fold([started, ...events]), capacity);

describe('planExecution', () => {
  it('starts the steps with no dependencies first', () => {
    expect(plan([])).toEqual({ start: ['Prepare'] });
  });

  it('starts every step whose dependencies succeeded, up to the capacity', () => {
    expect(plan([...ran('Prepare')])).toEqual({ start: ['Train', 'Report'] });
    expect(plan([...ran('Prepare')], 1)).toEqual({ start: ['Train'] });
  });

  it('runs only the branch the condition took, and what follows it', () => {
    const base = [...ran('Prepare'), ...ran('Train'), ...ran('Report')];
    expect(
      plan([
        ...base,
        ...ran('Check', 'succeeded', { metadata: { Condition: { Outcome: 'True' } } }),
      ]),
    ).toEqual({
      start: ['Register'],
    });
    expect(
      plan([
        ...base,
        ...ran('Check', 'succeeded', { metadata: { Condition: { Outcome: 'False' } } }),
      ]),
    ).toEqual({
      start: ['Stop'],
    });
  });

  it('succeeds when the taken branch is done and the untaken one never ran', () => {
    const events = [
      ...ran('Prepare'),
      ...ran('Train'),
      ...ran('Report'),
      ...ran('Check', 'succeeded', { metadata: { Condition: { Outcome: 'True' } } }),
      ...ran('Register'),
      ...ran('After'),
    ];
    expect(plan(events)).toEqual({ start: [], finish: { status: 'Succeeded' } });
  });

  it('lets running steps finish after a failure, then fails with the Fail step message', () => {
    const events = [
      ...ran('Prepare'),
      ...ran('Train'),
      { type: 'step-starting' as const, stepName: 'Report', attempt: 1 },
      ...ran('Check', 'succeeded', { metadata: { Condition: { Outcome: 'False' } } }),
      ...ran('Stop', 'failed', { reason: 'too bad' }),
    ];
    expect(plan(events)).toEqual({ start: [] });
    expect(
      plan([...events, { type: 'step-succeeded' as const, stepName: 'Report', attempt: 1 }]),
    ).toEqual({
      start: [],
      finish: { status: 'Failed', failureReason: 'too bad' },
    });
  });

  it('starts nothing new after a step fails, and names it', () => {
    expect(plan([...ran('Prepare', 'failed', { reason: 'exit 2' })])).toEqual({
      start: [],
      finish: {
        status: 'Failed',
        failureReason: 'Step failure: One or multiple steps failed ("Prepare").',
      },
    });
  });

  it('ends as Stopped once a stopping execution has no running steps', () => {
    const stopping = [
      { type: 'step-starting' as const, stepName: 'Prepare', attempt: 1 },
      { type: 'execution-stopping' as const },
    ];
    expect(plan(stopping)).toEqual({ start: [] });
    expect(
      plan([...stopping, { type: 'step-stopped' as const, stepName: 'Prepare', attempt: 1 }]),
    ).toEqual({
      start: [],
      finish: { status: 'Stopped' },
    });
  });
});
