import type { ConditionDetail } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { conditionLines, expressionLabel } from './condition-text';

const definition = {
  Steps: [
    { Name: 'Evaluate', Type: 'Processing' },
    {
      Name: 'CheckQuality',
      Type: 'Condition',
      Arguments: {
        Conditions: [
          {
            Type: 'LessThanOrEqualTo',
            LeftValue: {
              'Std:JsonGet': {
                PropertyFile: { Get: 'Steps.Evaluate.PropertyFiles.ModelQuality' },
                Path: 'mse',
              },
            },
            RightValue: 0.3,
          },
          {
            Type: 'Not',
            Condition: { Type: 'In', QueryValue: { Get: 'Parameters.Mode' }, Values: ['a', 'b'] },
          },
        ],
      },
    },
  ],
};

const details: ConditionDetail[] = [
  {
    kind: 'comparison',
    type: 'LessThanOrEqualTo',
    pointer: '/Steps/1/Arguments/Conditions/0',
    left: 0.21,
    right: 0.3,
    comparedAs: 'number',
    result: true,
    summary: '0.21 <= 0.3 → true',
  },
  {
    kind: 'not',
    pointer: '/Steps/1/Arguments/Conditions/1',
    result: true,
    summary: 'not ("c" in ["a", "b"]) → true',
  },
  {
    kind: 'in',
    pointer: '/Steps/1/Arguments/Conditions/1/Condition',
    query: 'c',
    values: ['a', 'b'],
    result: false,
    summary: '"c" in ["a", "b"] → false',
  },
];

describe('a Condition step’s verdict in words', () => {
  it('names each operand’s expression and shows its value', () => {
    expect(conditionLines(details, definition)).toEqual([
      { text: 'ModelQuality: mse (0.21) ≤ 0.3 → true', result: true, depth: 0 },
      { text: 'Not: not ("c" in ["a", "b"]) → true', result: true, depth: 0 },
      { text: 'Parameters.Mode ("c") in ["a", "b"] → false', result: false, depth: 1 },
    ]);
  });

  it('shows the values alone when the definition is not at hand', () => {
    expect(conditionLines(details.slice(0, 1), undefined)[0]?.text).toBe('0.21 ≤ 0.3 → true');
  });

  it('labels Get, JsonGet and Join expressions, and not literals', () => {
    expect(expressionLabel({ Get: 'Steps.Train.FinalMetricDataList[0].Value' })).toBe(
      'Steps.Train.FinalMetricDataList[0].Value',
    );
    expect(expressionLabel({ 'Std:JsonGet': { PropertyFile: 'Report', Path: 'a.b' } })).toBe(
      'Report: a.b',
    );
    expect(expressionLabel({ 'Std:Join': { On: '/', Values: [] } })).toBe('join(…)');
    expect(expressionLabel(0.3)).toBeUndefined();
  });
});
