import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenSteps } from './flatten';
import { nestSteps } from './nest';

type Tree =
  | { kind: 'leaf'; type: string; args: unknown; dependsOnFirst: boolean }
  | {
      kind: 'condition';
      argOrder: string[];
      dropElse: boolean;
      ifs: Tree[];
      elses: Tree[];
    };

const leaf = fc.record({
  kind: fc.constant('leaf' as const),
  type: fc.constantFrom('Training', 'Processing', 'Fail', 'Lambda', 'SomethingNew'),
  args: fc.jsonValue({ maxDepth: 2 }),
  dependsOnFirst: fc.boolean(),
});

const { forest } = fc.letrec<{ tree: Tree; forest: Tree[] }>((tie) => ({
  tree: fc.oneof(
    { depthIdentifier: 'tree', maxDepth: 4 },
    leaf,
    fc.record({
      kind: fc.constant('condition' as const),
      argOrder: fc.shuffledSubarray(['Conditions', 'IfSteps', 'ElseSteps'], {
        minLength: 3,
        maxLength: 3,
      }),
      dropElse: fc.boolean(),
      ifs: tie('forest'),
      elses: tie('forest'),
    }),
  ),
  forest: fc.array(tie('tree'), { maxLength: 4, depthIdentifier: 'tree' }),
}));

/** Turns generated trees into real step objects with unique names and varied key orders. */
function toSteps(trees: Tree[], counter = { next: 0 }): Record<string, unknown>[] {
  return trees.map((tree) => {
    const name = `Step${counter.next++}`;
    if (tree.kind === 'leaf') {
      return tree.dependsOnFirst
        ? { DependsOn: ['Step0'], Name: name, Type: tree.type, Arguments: tree.args }
        : { Name: name, Type: tree.type, Arguments: tree.args, Description: 'x' };
    }
    const branches: Record<string, unknown> = {
      Conditions: [{ Type: 'Equals', LeftValue: 1, RightValue: 1 }],
      IfSteps: toSteps(tree.ifs, counter),
      ElseSteps: toSteps(tree.elses, counter),
    };
    const omitElse = tree.dropElse && tree.elses.length === 0;
    const args = Object.fromEntries(
      tree.argOrder
        .filter((key) => !(omitElse && key === 'ElseSteps'))
        .map((key) => [key, branches[key]]),
    );
    return { Name: name, Type: 'Condition', Arguments: args };
  });
}

describe('flatten → nest round trip', () => {
  it('rebuilds any nested document exactly, key order included', () => {
    fc.assert(
      fc.property(forest, (trees) => {
        const steps = toSteps(trees);
        const nested = nestSteps(flattenSteps(steps));
        expect(nested).toEqual(steps);
        expect(JSON.stringify(nested)).toBe(JSON.stringify(steps));
      }),
    );
  });

  it('only needs siblings in order, even with children listed before their Condition', () => {
    fc.assert(
      fc.property(forest, (trees) => {
        const steps = toSteps(trees);
        // Stable sort: nested steps first, then top-level ones; each container keeps its order.
        const reordered = flattenSteps(steps).sort((a, b) => Number(!a.parent) - Number(!b.parent));
        expect(JSON.stringify(nestSteps(reordered))).toBe(JSON.stringify(steps));
      }),
    );
  });
});
