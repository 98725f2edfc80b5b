import { describe, expect, it } from 'vitest';
import type { ParameterRange } from './parameter-ranges';
import { gridCombinations, randomCombination, seededRandom, seedFrom } from './search-strategy';

const depth: ParameterRange = { kind: 'Integer', name: 'depth', min: 2, max: 4, scaling: 'Linear' };
const kind: ParameterRange = { kind: 'Categorical', name: 'kind', values: ['a', 'b'] };
const rate: ParameterRange = {
  kind: 'Continuous',
  name: 'rate',
  min: 0.001,
  max: 0.1,
  scaling: 'Logarithmic',
};

describe('gridCombinations', () => {
  it('enumerates every combination, integers one by one, the last range fastest', () => {
    expect(gridCombinations([depth, kind], 'TrainingJobDefinition')).toEqual([
      { depth: '2', kind: 'a' },
      { depth: '2', kind: 'b' },
      { depth: '3', kind: 'a' },
      { depth: '3', kind: 'b' },
      { depth: '4', kind: 'a' },
      { depth: '4', kind: 'b' },
    ]);
  });

  it('refuses a continuous range, as SageMaker does', () => {
    expect(() => gridCombinations([kind, rate], 'TrainingJobDefinition')).toThrow(
      'TrainingJobDefinition ContinuousParameterRanges "rate": the Grid strategy cannot search a continuous range',
    );
  });

  it('refuses a grid too large to be meant', () => {
    const wide: ParameterRange = {
      kind: 'Integer',
      name: 'n',
      min: 1,
      max: 200,
      scaling: 'Linear',
    };
    expect(() => gridCombinations([wide, { ...wide, name: 'm' }], 'X')).toThrow(
      'X: the grid has 40000 combinations; at most 10000 run locally',
    );
  });
});

describe('randomCombination', () => {
  it('draws the same values from the same seed, and values inside each range', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => randomCombination([depth, kind, rate], random));
    };
    const first = draw(seedFrom('exec-1/Tune'));
    expect(draw(seedFrom('exec-1/Tune'))).toEqual(first);
    expect(draw(seedFrom('exec-2/Tune'))).not.toEqual(first);
    for (const values of first) {
      expect(['2', '3', '4']).toContain(values.depth);
      expect(['a', 'b']).toContain(values.kind);
      expect(Number(values.rate)).toBeGreaterThanOrEqual(0.001);
      expect(Number(values.rate)).toBeLessThanOrEqual(0.1);
    }
    // Log scaling: about half the draws fall below the geometric middle (0.01), not a tenth.
    const low = first.filter((values) => Number(values.rate) < 0.01).length;
    expect(low).toBeGreaterThan(3);
  });
});
