import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import operators from '../../../test/fixtures/sagemaker/sdk-unit-condition-operators.json';
import type { Condition } from '../schema/condition.schema';
import { abaloneContext } from './abalone-context.fixture';
import { evaluateConditions } from './condition-evaluate';
import type { EvaluationContext } from './evaluation-context';

const operatorsContext: EvaluationContext = {
  parameters: { MyInt1: 1, MyInt2: 2, MyStr: 'abc' },
  execution: { StartDateTime: '2024-05-01T10:00:00Z' },
  stepProperties: (name) => (name === 'MyStep0' ? { TrainingJobName: 'job-0' } : undefined),
};
const conditionsOf = (step: { Arguments: object }) =>
  (step.Arguments as { Conditions: Condition[] }).Conditions;

describe('evaluateConditions on real definitions', () => {
  it('evaluates every operator of the SDK fixture and ANDs the list', () => {
    const [step] = operators.Steps;
    const result = evaluateConditions(
      conditionsOf(step!),
      operatorsContext,
      '/Steps/0/Arguments/Conditions',
    );
    expect(result.ok && result.outcome).toBe(false);
    expect(result.ok && result.details.map((detail) => [detail.pointer, detail.summary])).toEqual([
      ['/Steps/0/Arguments/Conditions/0', '1 == 2 → false'],
      ['/Steps/0/Arguments/Conditions/1', '"2024-05-01T10:00:00Z" > "2020-12-01" → true'],
      ['/Steps/0/Arguments/Conditions/2', '"2024-05-01T10:00:00Z" >= "abc" → false'],
      ['/Steps/0/Arguments/Conditions/3', '"2024-05-01T10:00:00Z" < "2020-12-01" → false'],
      ['/Steps/0/Arguments/Conditions/4', '"2024-05-01T10:00:00Z" <= "abc" → true'],
      ['/Steps/0/Arguments/Conditions/5', '"abc" in ["abc", "def"] → true'],
      [
        '/Steps/0/Arguments/Conditions/6',
        '"abc" in ["abc", "job-0", "2024-05-01T10:00:00Z"] → true',
      ],
      ['/Steps/0/Arguments/Conditions/7', 'not (1 == 2) → true'],
      ['/Steps/0/Arguments/Conditions/7/Condition', '1 == 2 → false'],
      ['/Steps/0/Arguments/Conditions/8', 'not ("abc" in ["abc", "def"]) → false'],
      ['/Steps/0/Arguments/Conditions/8/Condition', '"abc" in ["abc", "def"] → true'],
      [
        '/Steps/0/Arguments/Conditions/9',
        '"2024-05-01T10:00:00Z" > "2020-12-01" or "abc" in ["abc", "def"] → true',
      ],
      [
        '/Steps/0/Arguments/Conditions/9/Conditions/0',
        '"2024-05-01T10:00:00Z" > "2020-12-01" → true',
      ],
      ['/Steps/0/Arguments/Conditions/9/Conditions/1', '"abc" in ["abc", "def"] → true'],
    ]);
  });

  it('passes the abalone MSE check with the resolved operands', () => {
    const step = abalone.Steps.find((candidate) => candidate.Name === 'AbaloneMSECond');
    const result = evaluateConditions(conditionsOf(step!), abaloneContext());
    expect(result).toEqual({
      ok: true,
      outcome: true,
      details: [
        {
          kind: 'comparison',
          type: 'LessThanOrEqualTo',
          pointer: '/0',
          left: 4.6,
          right: 6,
          comparedAs: 'number',
          result: true,
          summary: '4.6 <= 6 → true',
        },
      ],
    });
  });
});

describe('evaluateConditions: outcomes', () => {
  const context = abaloneContext({
    parameters: { Threshold: '6.0', Count: 3, Region: 'eu-west-1', Flag: true },
  });
  const get = (name: string) => ({ Get: `Parameters.${name}` });

  it.each<[string, Condition[], boolean]>([
    ['an empty list', [], true],
    [
      'a numeric string against a number',
      [{ Type: 'GreaterThan', LeftValue: get('Threshold'), RightValue: 5.5 }],
      true,
    ],
    [
      'Equals across number and text',
      [{ Type: 'Equals', LeftValue: get('Threshold'), RightValue: 6 }],
      true,
    ],
    ['Equals on a boolean', [{ Type: 'Equals', LeftValue: get('Flag'), RightValue: 'True' }], true],
    ['In with a number', [{ Type: 'In', QueryValue: get('Count'), Values: [1, '3'] }], true],
    [
      'In without a match',
      [{ Type: 'In', QueryValue: get('Region'), Values: ['us-east-1'] }],
      false,
    ],
    ['an empty Or', [{ Type: 'Or', Conditions: [] }], false],
    [
      'a nested Not inside Or',
      [
        {
          Type: 'Or',
          Conditions: [
            { Type: 'LessThan', LeftValue: get('Count'), RightValue: 1 },
            {
              Type: 'Not',
              Condition: { Type: 'Equals', LeftValue: get('Region'), RightValue: 'x' },
            },
          ],
        },
      ],
      true,
    ],
    [
      'two conditions, one false',
      [
        { Type: 'Equals', LeftValue: 1, RightValue: 1 },
        { Type: 'Equals', LeftValue: 1, RightValue: 2 },
      ],
      false,
    ],
  ])('decides %s', (_, conditions, outcome) => {
    expect(evaluateConditions(conditions, context)).toMatchObject({ ok: true, outcome });
  });
});

describe('evaluateConditions: errors', () => {
  it.each<[string, unknown[], string, string]>([
    [
      'an unresolvable operand, even after a false condition',
      [
        { Type: 'Equals', LeftValue: 1, RightValue: 2 },
        {
          Type: 'Or',
          Conditions: [{ Type: 'Equals', LeftValue: { Get: 'Parameters.X' }, RightValue: 1 }],
        },
      ],
      '/1/Conditions/0/LeftValue',
      'Parameter "X" has no value',
    ],
    [
      'values that cannot be ordered',
      [{ Type: 'LessThan', LeftValue: 'abc', RightValue: 3 }],
      '/0',
      'LessThan needs two numbers or two strings, but got "abc" (string) and 3 (number)',
    ],
    [
      'an unknown type',
      [{ Type: 'Matches', LeftValue: 1, RightValue: 1 }],
      '/0',
      '"Matches" is not a condition type: expected one of Equals, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, In, Not, Or',
    ],
    ['a missing operand', [{ Type: 'Equals', LeftValue: 1 }], '/0', 'Equals needs "RightValue"'],
    ['In without Values', [{ Type: 'In', QueryValue: 1 }], '/0', 'In needs "Values", a list'],
    [
      'In over a list value',
      [{ Type: 'In', QueryValue: 1, Values: [[1]] }],
      '/0',
      'In compares numbers, strings and booleans, not a list',
    ],
    ['Not without a condition', [{ Type: 'Not' }], '/0', 'Not needs "Condition"'],
    [
      'a condition that is not an object',
      ['Equals'],
      '/0',
      'A condition must be an object with "Type", one of Equals, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, In, Not, Or',
    ],
  ])('reports %s', (_, conditions, pointer, message) => {
    expect(evaluateConditions(conditions as Condition[], abaloneContext())).toEqual({
      ok: false,
      error: { pointer, message },
    });
  });

  it('reports conditions nested too deep instead of overflowing the stack', () => {
    let condition: unknown = { Type: 'Equals', LeftValue: 1, RightValue: 1 };
    for (let depth = 0; depth < 150; depth += 1) condition = { Type: 'Not', Condition: condition };
    expect(evaluateConditions([condition as Condition], abaloneContext())).toMatchObject({
      ok: false,
      error: { message: 'Conditions are nested more than 100 deep' },
    });
  });
});
