import { createHash } from 'node:crypto';
import type { ParameterRange } from './parameter-ranges';
import { RuntimeUserError } from './runtime-error';

/** Hyperparameter values chosen for one training job, as the strings SageMaker passes. */
export type TunedValues = Record<string, string>;

/** More combinations than this is almost surely a mistake in the ranges, not a plan. */
export const maxGridSize = 10_000;

/** Every value a range takes in a grid: each category, each whole number from min to max. */
function gridValues(range: ParameterRange, where: string): string[] {
  if (range.kind === 'Categorical') return range.values;
  if (range.kind === 'Continuous') {
    throw new RuntimeUserError(
      'invalid-arguments',
      `${where} ContinuousParameterRanges "${range.name}": the Grid strategy cannot search a continuous range; use CategoricalParameterRanges with the values to try, or the Random strategy`,
    );
  }
  return Array.from({ length: range.max - range.min + 1 }, (_, index) => String(range.min + index));
}

/** How many combinations the grid of `ranges` has. */
export function gridSize(ranges: readonly ParameterRange[], where: string): number {
  return ranges.reduce((size, range) => size * gridValues(range, where).length, 1);
}

/**
 * The Grid strategy: every combination of the ranges' values, the last range varying fastest.
 * SageMaker's Grid takes categorical ranges only; here integer ranges are enumerated too (each
 * whole number is a category), and a continuous range is refused as SageMaker refuses it.
 */
export function gridCombinations(ranges: readonly ParameterRange[], where: string): TunedValues[] {
  const size = gridSize(ranges, where);
  if (size > maxGridSize) {
    throw new RuntimeUserError(
      'invalid-arguments',
      `${where}: the grid has ${size} combinations; at most ${maxGridSize} run locally`,
    );
  }
  let combinations: TunedValues[] = [{}];
  for (const range of ranges) {
    const values = gridValues(range, where);
    combinations = combinations.flatMap((partial) =>
      values.map((value) => ({ ...partial, [range.name]: value })),
    );
  }
  return combinations;
}

/** A 32-bit seed from text (an execution id and step name): the same text, the same draws. */
export function seedFrom(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/** mulberry32: a small, fast generator of floats in [0, 1), reproducible from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function between(low: number, high: number, random: () => number): number {
  return low + random() * (high - low);
}

function drawNumber(range: Extract<ParameterRange, { min: number }>, random: () => number): number {
  const { min, max } = range;
  if (range.scaling === 'Logarithmic')
    return Math.exp(between(Math.log(min), Math.log(max), random));
  if (range.scaling === 'ReverseLogarithmic') {
    return 1 - Math.exp(between(Math.log(1 - max), Math.log(1 - min), random));
  }
  return between(min, max, random);
}

/**
 * The Random strategy's draw for one job: each range independently, uniformly (in log space for
 * Logarithmic scaling, in log space of `1 - x` for ReverseLogarithmic); integers rounded into
 * their range.
 */
export function randomCombination(
  ranges: readonly ParameterRange[],
  random: () => number,
): TunedValues {
  const values: TunedValues = {};
  for (const range of ranges) {
    if (range.kind === 'Categorical') {
      values[range.name] = range.values[Math.floor(random() * range.values.length)] ?? '';
    } else if (range.kind === 'Integer') {
      const drawn =
        range.scaling === 'Linear'
          ? Math.floor(between(range.min, range.max + 1, random))
          : Math.round(drawNumber(range, random));
      values[range.name] = String(Math.min(range.max, Math.max(range.min, drawn)));
    } else {
      values[range.name] = String(
        Math.min(range.max, Math.max(range.min, drawNumber(range, random))),
      );
    }
  }
  return values;
}
