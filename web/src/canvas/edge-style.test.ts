import type { EdgeKind } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { edgeAriaLabel, edgeLook } from './edge-style';

describe('edge looks', () => {
  it.each<[EdgeKind, string, string | undefined, string | undefined, boolean]>([
    ['depends-on', 'var(--pw-edge-depends)', undefined, undefined, true],
    ['data', 'var(--pw-edge-data)', '6 4', undefined, false],
    ['branch-if', 'var(--pw-edge-true)', undefined, 'true', true],
    ['branch-else', 'var(--pw-edge-false)', undefined, 'false', true],
  ])('draws %s edges in %s, dashed %s, labelled %s', (kind, color, dash, label, deletable) => {
    expect(edgeLook(kind)).toEqual({
      color,
      ...(dash && { dash }),
      ...(label && { label }),
      deletable,
    });
  });

  it('gives each kind a different colour, so they differ at a glance', () => {
    const kinds: EdgeKind[] = ['depends-on', 'data', 'branch-if', 'branch-else'];
    expect(new Set(kinds.map((kind) => edgeLook(kind).color)).size).toBe(4);
  });

  it.each<[EdgeKind, string]>([
    ['depends-on', 'Train runs after Prep'],
    ['data', 'Train uses data from Prep'],
    ['branch-if', 'Train runs when Prep is true'],
    ['branch-else', 'Train runs when Prep is false'],
  ])('says what a %s edge means', (kind, label) => {
    expect(edgeAriaLabel(kind, 'Prep', 'Train')).toBe(label);
  });
});
