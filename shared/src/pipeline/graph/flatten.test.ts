import { describe, expect, it } from 'vitest';
import { flattenDocument, flattenSteps } from './flatten';

const condition = (name: string, ifSteps: unknown[], elseSteps: unknown[]) => ({
  Name: name,
  Type: 'Condition',
  Arguments: { Conditions: [], IfSteps: ifSteps, ElseSteps: elseSteps },
});
const step = (name: string, type = 'Training') => ({ Name: name, Type: type, Arguments: {} });

describe('flattenDocument', () => {
  it('lists nested branch steps in pre-order with pointers and parents', () => {
    const document = {
      Steps: [
        step('Prep', 'Processing'),
        condition('Outer', [step('A'), condition('Inner', [step('B')], [step('C')])], [step('D')]),
        step('Last'),
      ],
    };
    const nodes = flattenDocument(document);
    expect(nodes.map(({ name, pointer, parent }) => ({ name, pointer, parent }))).toEqual([
      { name: 'Prep', pointer: '/Steps/0', parent: undefined },
      { name: 'Outer', pointer: '/Steps/1', parent: undefined },
      {
        name: 'A',
        pointer: '/Steps/1/Arguments/IfSteps/0',
        parent: { conditionName: 'Outer', branch: 'if' },
      },
      {
        name: 'Inner',
        pointer: '/Steps/1/Arguments/IfSteps/1',
        parent: { conditionName: 'Outer', branch: 'if' },
      },
      {
        name: 'B',
        pointer: '/Steps/1/Arguments/IfSteps/1/Arguments/IfSteps/0',
        parent: { conditionName: 'Inner', branch: 'if' },
      },
      {
        name: 'C',
        pointer: '/Steps/1/Arguments/IfSteps/1/Arguments/ElseSteps/0',
        parent: { conditionName: 'Inner', branch: 'else' },
      },
      {
        name: 'D',
        pointer: '/Steps/1/Arguments/ElseSteps/0',
        parent: { conditionName: 'Outer', branch: 'else' },
      },
      { name: 'Last', pointer: '/Steps/2', parent: undefined },
    ]);
    expect(nodes[0]?.step).toBe(document.Steps[0]);
    expect(nodes[0]?.type).toBe('Processing');
  });

  it('skips malformed entries but keeps the real indices in pointers', () => {
    const nodes = flattenSteps([null, 'text', 3, { Name: 7, Type: ['x'] }, step('Ok')]);
    expect(nodes.map((node) => [node.name, node.type, node.pointer])).toEqual([
      ['', '', '/Steps/3'],
      ['Ok', 'Training', '/Steps/4'],
    ]);
  });

  it('does not descend into branches of non-Condition steps or malformed branches', () => {
    const nodes = flattenSteps([
      { Name: 'T', Type: 'Training', Arguments: { IfSteps: [step('Hidden')] } },
      { Name: 'C', Type: 'Condition', Arguments: { IfSteps: 'nope', ElseSteps: [step('E')] } },
      { Name: 'C2', Type: 'Condition', Arguments: null },
    ]);
    expect(nodes.map((node) => node.name)).toEqual(['T', 'C', 'E', 'C2']);
  });

  it('returns no nodes for documents without a Steps list', () => {
    for (const document of [undefined, null, 42, 'x', [], {}, { Steps: {} }, { Steps: 'a' }]) {
      expect(flattenDocument(document)).toEqual([]);
    }
  });

  it('terminates on an in-memory step that contains itself', () => {
    const loop: Record<string, unknown> = { Name: 'Loop', Type: 'Condition' };
    loop.Arguments = { IfSteps: [loop] };
    expect(flattenSteps([loop]).map((node) => node.name)).toEqual(['Loop']);
  });
});
