import { describe, expect, it } from 'vitest';
import { aKindOf, kindOf, listNames, showValue } from './value-text';

describe('showValue', () => {
  it.each([
    ['abc', '"abc"'],
    [6, '6'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'nothing'],
    [{ a: [1] }, '{"a":[1]}'],
  ])('shows %j as %s', (value, expected) => {
    expect(showValue(value)).toBe(expected);
  });

  it('cuts long values short', () => {
    const shown = showValue('x'.repeat(200));
    expect(shown).toHaveLength(80);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('falls back to plain text for values JSON cannot hold', () => {
    expect(showValue(10n)).toBe('10');
  });

  it('does not throw on a value that refers to itself', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(showValue(loop)).toBe('[object Object]');
  });
});

describe('kindOf and listNames', () => {
  it('names kinds the way messages use them', () => {
    expect([null, [], {}, 'a', 1, false].map(kindOf)).toEqual([
      'null',
      'list',
      'object',
      'string',
      'number',
      'boolean',
    ]);
  });

  it('puts the right article before a kind', () => {
    expect([null, undefined, [], {}, 'a', 1].map(aKindOf)).toEqual([
      'null',
      'nothing',
      'a list',
      'an object',
      'a string',
      'a number',
    ]);
  });

  it('lists names quoted and counts the rest', () => {
    expect(listNames(['a', 'b'])).toBe('"a", "b"');
    expect(listNames(['a', 'b', 'c'], 2)).toBe('"a", "b" and 1 more');
  });
});
