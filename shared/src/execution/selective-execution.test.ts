import { describe, expect, it } from 'vitest';
import { createPipelineGraph } from '../pipeline/graph';
import { fold, ran } from './execution-test-helpers';
import { checkSelection } from './selective-execution';

const step = (Name: string, DependsOn?: string[]) => ({
  Name,
  Type: 'Processing',
  Arguments: {},
  ...(DependsOn && { DependsOn }),
});
// A → B → C → D, and A → E
const graph = createPipelineGraph({
  Steps: [step('A'), step('B', ['A']), step('C', ['B']), step('D', ['C']), step('E', ['A'])],
});
const names = ['A', 'B', 'C', 'D', 'E'];
const source = (failed?: string) =>
  fold([
    { type: 'execution-started', parameters: {}, stepNames: names },
    ...names.flatMap((name) =>
      ran(name, name === failed ? 'failed' : 'succeeded', name === failed ? { reason: 'x' } : {}),
    ),
  ]);

describe('checkSelection', () => {
  it('reuses the unselected steps upstream of the selection, in dependency order', () => {
    expect(checkSelection(graph, ['C', 'D'], source())).toEqual({ ok: true, reused: ['A', 'B'] });
  });

  it('requires every step between two selected steps', () => {
    const result = checkSelection(graph, ['B', 'D'], source());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.message)).toContain(
      '"C" lies between the selected steps "B" and "D", so it must be selected too.',
    );
  });

  it('requires the selection to be connected', () => {
    const result = checkSelection(graph, ['D', 'E'], source());
    expect(!result.ok && result.problems.map((problem) => problem.message)).toContain(
      'The selected steps must be connected in the pipeline graph.',
    );
  });

  it('refuses to reuse a step that did not succeed in the source', () => {
    const result = checkSelection(graph, ['C'], source('B'));
    expect(!result.ok && result.problems).toEqual([
      { stepName: 'B', message: expect.stringMatching(/did not succeed in the source execution/) },
    ]);
  });

  it('names steps that do not exist, and empty selections', () => {
    expect(checkSelection(graph, ['Z'], source())).toEqual({
      ok: false,
      problems: [{ stepName: 'Z', message: 'There is no step "Z".' }],
    });
    expect(checkSelection(graph, [], source()).ok).toBe(false);
  });
});
