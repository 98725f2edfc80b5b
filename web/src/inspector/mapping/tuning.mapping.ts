import { entriesAt, listAt, textAt, valueAt } from './form-mapping';
import { type Path, getIn } from './lens';
import { scriptHyperparameters } from './training.mapping';

const config = ['Arguments', 'HyperParameterTuningJobConfig'];
const definition = ['Arguments', 'TrainingJobDefinition'];

export const tuningStrategies = ['Bayesian', 'Random', 'Hyperband', 'Grid'];
export const scalingTypes = ['Auto', 'Linear', 'Logarithmic', 'ReverseLogarithmic'];

export interface IntegerOrContinuousRange {
  Name: string;
  MinValue: unknown;
  MaxValue: unknown;
  ScalingType?: unknown;
}
export interface CategoricalRange {
  Name: string;
  Values: unknown[];
}

/**
 * Where the step keeps its hyperparameter ranges: in its training job definition, as the SDK
 * writes them, or in the tuning job config when there is no definition.
 */
export function rangesPath(step: Record<string, unknown>): Path {
  return getIn(step, definition) === undefined
    ? [...config, 'ParameterRanges']
    : [...definition, 'HyperParameterRanges'];
}

/** A Tuning step: strategy, objective, limits, ranges of each kind, and the training job. */
export function tuningForm(step: Record<string, unknown>) {
  const ranges = rangesPath(step);
  return {
    strategy: valueAt([...config, 'Strategy']),
    objectiveType: valueAt([...config, 'HyperParameterTuningJobObjective', 'Type']),
    objectiveMetric: valueAt([...config, 'HyperParameterTuningJobObjective', 'MetricName']),
    maxTrainingJobs: valueAt([...config, 'ResourceLimits', 'MaxNumberOfTrainingJobs']),
    maxParallelTrainingJobs: valueAt([...config, 'ResourceLimits', 'MaxParallelTrainingJobs']),
    earlyStopping: valueAt([...config, 'TrainingJobEarlyStoppingType']),
    integerRanges: listAt<IntegerOrContinuousRange>([...ranges, 'IntegerParameterRanges']),
    continuousRanges: listAt<IntegerOrContinuousRange>([...ranges, 'ContinuousParameterRanges']),
    categoricalRanges: listAt<CategoricalRange>([...ranges, 'CategoricalParameterRanges']),
    image: valueAt([...definition, 'AlgorithmSpecification', 'TrainingImage']),
    staticHyperparameters: entriesAt(
      [...definition, 'StaticHyperParameters'],
      scriptHyperparameters,
    ),
    outputPath: valueAt([...definition, 'OutputDataConfig', 'S3OutputPath']),
    instanceType: valueAt([...definition, 'ResourceConfig', 'InstanceType']),
    instanceCount: valueAt([...definition, 'ResourceConfig', 'InstanceCount']),
  };
}

export const numericRangeForm = {
  name: textAt(['Name']),
  min: valueAt(['MinValue']),
  max: valueAt(['MaxValue']),
  scaling: valueAt(['ScalingType']),
};

export const categoricalRangeForm = {
  name: textAt(['Name']),
  values: listAt(['Values']),
};
