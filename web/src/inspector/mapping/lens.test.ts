import { describe, expect, it } from 'vitest';
import { getIn, jsonEqual, setIn } from './lens';

describe('getIn and setIn', () => {
  const step = {
    Name: 'A',
    Arguments: { Inputs: [{ Name: 'x' }], Keep: { deep: true } },
    Extra: 1,
  };

  it('reads nested keys and indices, undefined when missing', () => {
    expect(getIn(step, ['Arguments', 'Inputs', 0, 'Name'])).toBe('x');
    expect(getIn(step, ['Arguments', 'Nope', 'Deeper'])).toBeUndefined();
  });

  it('copies only the objects on the way and keeps the rest by identity', () => {
    const next = setIn(step, ['Arguments', 'Inputs', 0, 'Name'], 'y');
    expect(getIn(next, ['Arguments', 'Inputs', 0, 'Name'])).toBe('y');
    expect(next.Arguments.Keep).toBe(step.Arguments.Keep);
    expect(step.Arguments.Inputs[0]?.Name).toBe('x');
  });

  it('returns the same object when nothing changes, also when removing a missing key', () => {
    expect(setIn(step, ['Arguments', 'Inputs', 0, 'Name'], 'x')).toBe(step);
    expect(setIn(step, ['Arguments', 'Missing', 'Key'], undefined)).toBe(step);
  });

  it('keeps key order on change and removes a key set to undefined', () => {
    expect(Object.keys(setIn(step, ['Arguments'], {}))).toEqual(['Name', 'Arguments', 'Extra']);
    expect(setIn(step, ['Extra'], undefined)).not.toHaveProperty('Extra');
  });

  it('creates missing containers: objects for names, arrays for indices', () => {
    expect(setIn({}, ['A', 'B', 0, 'C'], 1)).toEqual({ A: { B: [{ C: 1 }] } });
  });

  it('compares JSON values deeply, ignoring key order', () => {
    expect(jsonEqual({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(jsonEqual({ a: undefined }, {})).toBe(false);
  });
});
