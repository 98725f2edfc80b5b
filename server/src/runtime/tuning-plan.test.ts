import { describe, expect, it } from 'vitest';
import { parseTuningArguments } from './tuning-arguments';
import { planTuning } from './tuning-plan';

const tuningArgs = (config: Record<string, unknown>, definition: Record<string, unknown> = {}) =>
  parseTuningArguments({
    HyperParameterTuningJobConfig: {
      Strategy: 'Random',
      HyperParameterTuningJobObjective: { Type: 'Minimize', MetricName: 'validation:rmse' },
      ResourceLimits: { MaxNumberOfTrainingJobs: 4, MaxParallelTrainingJobs: 2 },
      ParameterRanges: {
        IntegerParameterRanges: [
          { Name: 'epochs', MinValue: '1', MaxValue: '3', ScalingType: 'Linear' },
        ],
        CategoricalParameterRanges: [{ Name: 'optimizer', Values: ['"sgd"', '"adam"'] }],
      },
      ...config,
    },
    TrainingJobDefinition: {
      AlgorithmSpecification: {
        TrainingImage: 'python:3.12',
        TrainingInputMode: 'File',
        MetricDefinitions: [{ Name: 'validation:rmse', Regex: 'rmse=([0-9.]+)' }],
      },
      StaticHyperParameters: { sagemaker_program: '"train.py"' },
      ...definition,
    },
  });

describe('planTuning', () => {
  it('runs the whole grid for Grid', () => {
    const plan = planTuning(
      tuningArgs({ Strategy: 'Grid', ResourceLimits: { MaxParallelTrainingJobs: 2 } }),
      1,
    );
    expect(plan.jobs.map((job) => job.tuned)).toHaveLength(6);
    expect(plan.notes).toEqual([]);
  });

  it("holds the Grid to SageMaker's rule on MaxNumberOfTrainingJobs", () => {
    expect(() => planTuning(tuningArgs({ Strategy: 'Grid' }), 1)).toThrow(
      'ResourceLimits.MaxNumberOfTrainingJobs is 4, but the Grid strategy runs every combination (6)',
    );
  });

  it('draws MaxNumberOfTrainingJobs reproducible combinations for Random; RandomSeed wins', () => {
    const tuned = (seed: number, config = {}) =>
      planTuning(tuningArgs(config), seed).jobs.map((job) => job.tuned);
    expect(tuned(7)).toHaveLength(4);
    expect(tuned(7)).toEqual(tuned(7));
    expect(tuned(7, { RandomSeed: 3 })).toEqual(tuned(8, { RandomSeed: 3 }));
  });

  it('falls back to Random for Bayesian, and says so', () => {
    const plan = planTuning(
      tuningArgs({ Strategy: 'Bayesian', TrainingJobEarlyStoppingType: 'Auto' }),
      7,
    );
    expect(plan.jobs.map((job) => job.tuned)).toEqual(
      planTuning(tuningArgs({}), 7).jobs.map((job) => job.tuned),
    );
    expect(plan.notes).toEqual([
      'The Bayesian strategy is not available locally: the hyperparameters are drawn at random (the Random strategy) instead.',
      'Early stopping (TrainingJobEarlyStoppingType Auto) is not available locally: every training job runs to its end.',
    ]);
  });

  it.each([
    [
      'an objective without a MetricDefinition',
      tuningArgs({
        HyperParameterTuningJobObjective: { Type: 'Maximize', MetricName: 'accuracy' },
      }),
      'TrainingJobDefinition: the objective metric "accuracy" has no entry in AlgorithmSpecification.MetricDefinitions',
    ],
    [
      'a hyperparameter both static and tuned',
      tuningArgs({}, { StaticHyperParameters: { epochs: '5' } }),
      'TrainingJobDefinition: the hyperparameter "epochs" is both static and tuned',
    ],
    [
      'a range the wrong way round',
      tuningArgs({
        ParameterRanges: { IntegerParameterRanges: [{ Name: 'k', MinValue: '9', MaxValue: '2' }] },
      }),
      'TrainingJobDefinition IntegerParameterRanges "k": MinValue 9 is above MaxValue 2',
    ],
    [
      'logarithmic scaling from zero',
      tuningArgs({
        ParameterRanges: {
          ContinuousParameterRanges: [
            { Name: 'lr', MinValue: '0', MaxValue: '1', ScalingType: 'Logarithmic' },
          ],
        },
      }),
      'TrainingJobDefinition ContinuousParameterRanges "lr": Logarithmic scaling needs MinValue above 0',
    ],
  ])('refuses %s', (_what, args, message) => {
    expect(() => planTuning(args, 1)).toThrow(message);
  });
});
