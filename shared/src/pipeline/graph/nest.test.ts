import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import callback from '../../../test/fixtures/sagemaker/sdk-unit-callback-dependson.json';
import conditionOperators from '../../../test/fixtures/sagemaker/sdk-unit-condition-operators.json';
import { flattenDocument } from './flatten';
import { nestSteps } from './nest';

const step = (name: string, type = 'Training') => ({ Name: name, Type: type, Arguments: {} });

describe('nestSteps', () => {
  it.each([
    ['abalone', abalone],
    ['condition operators', conditionOperators],
    ['callback', callback],
  ])('rebuilds the %s fixture exactly, key order included', (_, document) => {
    const nested = nestSteps(flattenDocument(document));
    expect(nested).toEqual(document.Steps);
    expect(JSON.stringify(nested)).toBe(JSON.stringify(document.Steps));
  });

  it('keeps the key order of a Condition step whose branches come before other arguments', () => {
    const original = [
      {
        Name: 'C',
        Type: 'Condition',
        Arguments: { ElseSteps: [step('E')], IfSteps: [step('I')], Conditions: [] },
        DependsOn: ['X'],
      },
      step('X'),
    ];
    const nested = nestSteps(flattenDocument({ Steps: original }));
    expect(JSON.stringify(nested)).toBe(JSON.stringify(original));
  });

  it('moves a step into a branch when the canvas sets its parent', () => {
    const nodes = flattenDocument({
      Steps: [
        { Name: 'C', Type: 'Condition', Arguments: { Conditions: [], IfSteps: [], ElseSteps: [] } },
        step('Train'),
      ],
    });
    const edited = nodes.map((node) =>
      node.name === 'Train'
        ? { ...node, parent: { conditionName: 'C', branch: 'else' as const } }
        : node,
    );
    expect(nestSteps(edited)).toEqual([
      {
        Name: 'C',
        Type: 'Condition',
        Arguments: { Conditions: [], IfSteps: [], ElseSteps: [step('Train')] },
      },
    ]);
  });

  it('empties a branch whose steps were deleted and adds a missing branch key at the end', () => {
    const nodes = [
      { name: 'C', step: { Name: 'C', Type: 'Condition', Arguments: { IfSteps: [step('Gone')] } } },
      { name: 'New', step: step('New'), parent: { conditionName: 'C', branch: 'else' as const } },
    ];
    expect(nestSteps(nodes)).toEqual([
      {
        Name: 'C',
        Type: 'Condition',
        Arguments: { IfSteps: [], ElseSteps: [step('New')] },
      },
    ]);
  });

  it('keeps steps whose parent is missing or not a Condition at the top level', () => {
    const nodes = [
      { name: 'A', step: step('A'), parent: { conditionName: 'Deleted', branch: 'if' as const } },
      { name: 'T', step: step('T') },
      { name: 'B', step: step('B'), parent: { conditionName: 'T', branch: 'if' as const } },
    ];
    expect(nestSteps(nodes)).toEqual([step('A'), step('T'), step('B')]);
  });

  it('keeps both steps when two Conditions claim each other as parent', () => {
    const condition = (name: string) => ({
      Name: name,
      Type: 'Condition',
      Arguments: { IfSteps: [] },
    });
    const nodes = [
      { name: 'P', step: condition('P'), parent: { conditionName: 'Q', branch: 'if' as const } },
      { name: 'Q', step: condition('Q'), parent: { conditionName: 'P', branch: 'if' as const } },
    ];
    const nested = nestSteps(nodes);
    expect(nested).toEqual([{ ...condition('P'), Arguments: { IfSteps: [condition('Q')] } }]);
  });

  it('does not mutate the steps it is given', () => {
    const document = {
      Steps: [{ Name: 'C', Type: 'Condition', Arguments: { IfSteps: [step('I')], ElseSteps: [] } }],
    };
    const before = JSON.stringify(document);
    const nodes = flattenDocument(document).filter((node) => node.name !== 'I');
    expect(nestSteps(nodes)[0]).toEqual({
      Name: 'C',
      Type: 'Condition',
      Arguments: { IfSteps: [], ElseSteps: [] },
    });
    expect(JSON.stringify(document)).toBe(before);
  });
});
