import { RuntimeUserError } from './runtime-error';
import type { ParameterRangesInput } from './tuning-arguments';

/** How a numeric range is searched: evenly, or evenly in log space. */
export type Scaling = 'Linear' | 'Logarithmic' | 'ReverseLogarithmic';

/** One hyperparameter the tuner chooses, checked and with numbers parsed. */
export type ParameterRange =
  | { kind: 'Integer'; name: string; min: number; max: number; scaling: Scaling }
  | { kind: 'Continuous'; name: string; min: number; max: number; scaling: Scaling }
  | { kind: 'Categorical'; name: string; values: string[] };

function invalid(message: string): RuntimeUserError {
  return new RuntimeUserError('invalid-arguments', message);
}

function numberIn(text: string, what: string, integer: boolean): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw invalid(`${what}: "${text}" is not ${integer ? 'a whole number' : 'a number'}`);
  }
  return value;
}

function scalingOf(
  kind: 'Integer' | 'Continuous',
  range: { Name: string; ScalingType: string },
  min: number,
  max: number,
  where: string,
): Scaling {
  const what = `${where} ${kind}ParameterRanges "${range.Name}"`;
  switch (range.ScalingType) {
    case 'Auto': // SageMaker picks a scale; linear is the faithful reading of "no preference".
    case 'Linear':
      return 'Linear';
    case 'Logarithmic':
      if (min <= 0) throw invalid(`${what}: Logarithmic scaling needs MinValue above 0`);
      return 'Logarithmic';
    case 'ReverseLogarithmic':
      if (kind === 'Integer') throw invalid(`${what}: ReverseLogarithmic is for continuous ranges`);
      if (min < 0 || max >= 1) {
        throw invalid(`${what}: ReverseLogarithmic scaling needs 0 <= MinValue and MaxValue < 1`);
      }
      return 'ReverseLogarithmic';
    default:
      throw invalid(
        `${what}: ScalingType "${range.ScalingType}" is not one of Auto, Linear, Logarithmic, ReverseLogarithmic`,
      );
  }
}

/**
 * Reads `ParameterRanges` into ranges, in the order the API lists them (integer, continuous,
 * categorical). A range whose bounds are not numbers, are the wrong way round or do not fit
 * its scaling is a user error naming it; `where` says which definition it came from.
 */
export function parseParameterRanges(input: ParameterRangesInput, where: string): ParameterRange[] {
  if (input.AutoParameters.length > 0) {
    throw new RuntimeUserError(
      'unsupported',
      `${where} AutoParameters (Autotune) are not supported locally; give the ranges`,
    );
  }
  const numeric = (kind: 'Integer' | 'Continuous') =>
    input[`${kind}ParameterRanges`].map((range): ParameterRange => {
      const what = `${where} ${kind}ParameterRanges "${range.Name}"`;
      const min = numberIn(range.MinValue, `${what} MinValue`, kind === 'Integer');
      const max = numberIn(range.MaxValue, `${what} MaxValue`, kind === 'Integer');
      if (min > max) throw invalid(`${what}: MinValue ${min} is above MaxValue ${max}`);
      return { kind, name: range.Name, min, max, scaling: scalingOf(kind, range, min, max, where) };
    });
  const ranges: ParameterRange[] = [
    ...numeric('Integer'),
    ...numeric('Continuous'),
    ...input.CategoricalParameterRanges.map((range): ParameterRange => ({
      kind: 'Categorical',
      name: range.Name,
      values: range.Values,
    })),
  ];
  const names = ranges.map((range) => range.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined)
    throw invalid(`${where}: the hyperparameter "${repeated}" has two ranges`);
  return ranges;
}
