import { describe, expect, it } from 'vitest';
import { asNumber, parseNumericText } from './numeric-text';

describe('parseNumericText', () => {
  it.each([
    ['6', 6],
    ['6.0', 6],
    ['-0.25', -0.25],
    ['.5', 0.5],
    ['1e-3', 0.001],
    ['+7', 7],
    [' 42 ', 42],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumericText(text)).toBe(expected);
  });

  it.each(['', ' ', 'abc', '0x10', 'Infinity', 'NaN', '1e999', '1,5', '2020-12-01', '6.0.1'])(
    'rejects %j',
    (text) => {
      expect(parseNumericText(text)).toBeUndefined();
    },
  );
});

describe('asNumber', () => {
  it.each([
    [3.5, 3.5],
    ['3.5', 3.5],
    [true, undefined],
    [null, undefined],
    [Number.NaN, undefined],
  ])('turns %j into %j', (value, expected) => {
    expect(asNumber(value)).toBe(expected);
  });
});
