import { describe, expect, it } from 'vitest';
import type { ComparisonType } from '../schema/condition.schema';
import { compareValues, equalValues } from './compare-values';

describe('compareValues: ordering', () => {
  it.each<[unknown, ComparisonType, unknown, boolean, string]>([
    [0.8, 'LessThanOrEqualTo', 6, true, 'number'],
    [6, 'LessThanOrEqualTo', 6, true, 'number'],
    [6, 'LessThan', 6, false, 'number'],
    ['10', 'GreaterThan', 9, true, 'number'],
    ['10', 'GreaterThan', '9', true, 'number'],
    ['6.0', 'GreaterThanOrEqualTo', 6, true, 'number'],
    [-1, 'GreaterThan', '-0.5', false, 'number'],
    ['2024-05-01T10:00:00Z', 'GreaterThan', '2020-12-01', true, 'string'],
    ['2024-05-01T10:00:00Z', 'LessThanOrEqualTo', '2020-12-01', false, 'string'],
    ['abc', 'LessThan', 'abd', true, 'string'],
    ['B', 'LessThan', 'a', true, 'string'],
    ['10', 'LessThan', 'abc', true, 'string'],
  ])('%j %s %j is %s (as %s)', (left, type, right, result, comparedAs) => {
    expect(compareValues(type, left, right)).toEqual({ ok: true, result, comparedAs });
  });

  it.each<[unknown, unknown, string]>([
    [
      true,
      1,
      'GreaterThan needs two numbers or two strings, but got true (boolean) and 1 (number)',
    ],
    [
      5,
      'abc',
      'GreaterThan needs two numbers or two strings, but got 5 (number) and "abc" (string)',
    ],
    [null, 1, 'GreaterThan needs two numbers or two strings, but got null (null) and 1 (number)'],
    [[1], 1, 'GreaterThan needs two numbers or two strings, but got [1] (list) and 1 (number)'],
  ])('refuses to order %j and %j', (left, right, reason) => {
    expect(compareValues('GreaterThan', left, right)).toEqual({ ok: false, reason });
  });
});

describe('equalValues', () => {
  it.each<[unknown, unknown, boolean, string]>([
    [1, 1, true, 'number'],
    [6, '6.0', true, 'number'],
    ['6.0', 6, true, 'number'],
    [6, '7', false, 'number'],
    ['6', '6.0', false, 'string'],
    ['abc', 'abc', true, 'string'],
    ['abc', 'ABC', false, 'string'],
    [true, true, true, 'boolean'],
    [true, 'True', true, 'boolean'],
    ['FALSE', false, true, 'boolean'],
    [false, 'true', false, 'boolean'],
    [null, null, true, 'null'],
    [null, 0, false, 'mixed'],
    ['abc', 5, false, 'mixed'],
    [true, 1, false, 'mixed'],
  ])('%j == %j is %s (as %s)', (left, right, result, comparedAs) => {
    expect(equalValues(left, right)).toEqual({ ok: true, result, comparedAs });
    expect(compareValues('Equals', left, right)).toEqual({ ok: true, result, comparedAs });
  });

  it('refuses to compare lists and objects', () => {
    expect(equalValues({ a: 1 }, { a: 1 })).toEqual({
      ok: false,
      reason: 'Equals compares numbers, strings and booleans, not an object',
    });
  });
});
