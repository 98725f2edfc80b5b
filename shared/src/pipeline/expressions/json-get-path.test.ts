import { describe, expect, it } from 'vitest';
import { parseJsonGetPath } from './json-get-path';
import type { PathSegment } from './property-path';

const property = (name: string): PathSegment => ({ kind: 'property', name });
const index = (value: number): PathSegment => ({ kind: 'index', index: value });
const key = (value: string): PathSegment => ({ kind: 'key', key: value });

describe('parseJsonGetPath', () => {
  it.each<[string, PathSegment[]]>([
    [
      'regression_metrics.mse.value',
      [property('regression_metrics'), property('mse'), property('value')],
    ],
    ['Return[1]', [property('Return'), index(1)]],
    ["Return['key']", [property('Return'), key('key')]],
    ['Return["a.b"]', [property('Return'), key('a.b')]],
    ['metrics.f1-score.value', [property('metrics'), property('f1-score'), property('value')]],
    ['r2 score', [property('r2 score')]],
    ['$.metrics.mse', [property('metrics'), property('mse')]],
    ['$[0].name', [index(0), property('name')]],
    ['$', []],
    ['[2][0]', [index(2), index(0)]],
  ])('reads %j', (path, expected) => {
    expect(parseJsonGetPath(path)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'the path is empty'],
    ['$.', 'the path is empty'],
    ['a..b', 'expected a key at ".b"'],
    ['a.', 'expected a key at ""'],
    ['a[x]', 'expected [number] or [\'key\'] at "[x]"'],
    ['a[0]b', 'expected "." or "[" before "b"'],
  ])('rejects %j: %s', (path, reason) => {
    expect(parseJsonGetPath(path)).toEqual({ ok: false, reason });
  });
});
