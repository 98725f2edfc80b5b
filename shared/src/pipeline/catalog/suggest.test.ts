import { describe, expect, it } from 'vitest';
import { byCloseness, closestNames, editDistance, quotedList } from './suggest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['S3Uri', 'S3Uri', 0],
    ['trian', 'train', 2],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closestNames', () => {
  it('finds typos and case differences, best first', () => {
    expect(closestNames('ModelArtifact', ['ModelName', 'ModelArtifacts', 'modelartifact'])).toEqual(
      ['modelartifact', 'ModelArtifacts'],
    );
  });

  it('offers nothing when no name is close', () => {
    expect(closestNames('Banana', ['ProcessingJobName', 'RoleArn'])).toEqual([]);
  });
});

describe('byCloseness', () => {
  it('keeps every candidate, closest first, ties in the original order', () => {
    expect(byCloseness('tset', ['train', 'validation', 'test'])).toEqual([
      'test',
      'train',
      'validation',
    ]);
  });
});

describe('quotedList', () => {
  it.each([
    [[], ''],
    [['a'], '"a"'],
    [['a', 'b'], '"a" and "b"'],
    [['a', 'b', 'c'], '"a", "b" and "c"'],
  ])('%j → %s', (names, text) => {
    expect(quotedList(names)).toBe(text);
  });
});
