import { describe, expect, it } from 'vitest';
import type { ParameterType } from '../schema/parameter.schema';
import { coerceParameterValue, describeSupplied } from './parameter-coerce';

describe('coerceParameterValue', () => {
  it.each<[ParameterType, unknown, unknown]>([
    ['String', 'ml.m5.xlarge', 'ml.m5.xlarge'],
    ['String', '', ''],
    ['String', '5', '5'],
    ['Integer', 1, 1],
    ['Integer', '1', 1],
    ['Integer', '1.0', 1],
    ['Integer', ' 12 ', 12],
    ['Integer', -3, -3],
    ['Float', 6, 6],
    ['Float', '6.0', 6],
    ['Float', '0.25', 0.25],
    ['Float', '1e-3', 0.001],
    ['Boolean', true, true],
    ['Boolean', 'True', true],
    ['Boolean', 'FALSE', false],
    ['Boolean', 'false', false],
  ])('%s accepts %j as %j', (type, value, expected) => {
    expect(coerceParameterValue(type, value)).toEqual({ ok: true, value: expected });
  });

  it.each<[ParameterType, unknown, string]>([
    ['String', 5, 'Write it as text: "5".'],
    ['String', true, 'Write it as text: "true".'],
    ['String', ['a'], 'Give text, such as "abc".'],
    ['Integer', 1.5, 'Give a whole number such as 1.'],
    ['Integer', '1.5', 'Give a whole number such as 1.'],
    ['Integer', '12345678901234567890', 'Give a whole number such as 1.'],
    ['Integer', true, 'Give a whole number such as 1.'],
    ['Integer', '', 'Give a whole number such as 1.'],
    ['Float', 'NaN', 'Give a number such as 6.0.'],
    ['Float', 'Infinity', 'Give a number such as 6.0.'],
    ['Float', 'six', 'Give a number such as 6.0.'],
    ['Boolean', 'yes', 'Give true or false.'],
    ['Boolean', 1, 'Give true or false.'],
  ])('%s refuses %j', (type, value, hint) => {
    expect(coerceParameterValue(type, value)).toEqual({ ok: false, hint });
  });
});

describe('describeSupplied', () => {
  it.each<[unknown, string]>([
    ['abc', '"abc"'],
    [5, 'the number 5'],
    [false, 'the boolean false'],
    [[1], 'a list [1]'],
    [{ a: 1 }, 'an object {"a":1}'],
  ])('describes %j as %s', (value, expected) => {
    expect(describeSupplied(value)).toBe(expected);
  });
});
