import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePointer } from '../json/json-pointer';
import type { Condition } from '../schema/condition.schema';
import { abaloneContext } from './abalone-context.fixture';
import { evaluateConditions } from './condition-evaluate';
import { evaluateExpression } from './evaluate';
import type { EvaluationContext } from './evaluation-context';
import { expressionKeyOf } from './references';

const getTexts = fc.oneof(
  fc.constantFrom(
    'Parameters.MseThreshold',
    'Parameters.Missing',
    'Execution.PipelineExecutionId',
    'Execution.Nope',
    'PipelineExperimentConfig.TrialName',
    "Steps.AbaloneProcess.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri",
    'Steps.AbaloneEval.PropertyFiles.EvaluationReport',
    "Steps.Any.a[0]['b'].c",
    'Steps.',
  ),
  fc.string(),
);
const paths = fc.oneof(
  fc.constantFrom('regression_metrics.mse.value', '$.a', 'Return[1]', '$', '', 'a..b'),
  fc.string(),
);

/** JSON values with Get, Std:Join and Std:JsonGet (well-formed or not) at any depth. */
const { value: withExpressions } = fc.letrec<{ value: unknown; expression: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    tie('expression'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
  expression: fc.oneof(
    fc.record({ Get: fc.oneof(getTexts, fc.jsonValue({ maxDepth: 1 })) }),
    fc.record({
      'Std:Join': fc.oneof(
        fc.record(
          {
            On: fc.oneof(fc.string(), fc.integer()),
            Values: fc.array(tie('value'), { maxLength: 4 }),
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    }),
    fc.record({
      'Std:JsonGet': fc.oneof(
        fc.record(
          {
            PropertyFile: fc.oneof(
              fc.constant({ Get: 'Steps.AbaloneEval.PropertyFiles.EvaluationReport' }),
              tie('value'),
            ),
            S3Uri: tie('value'),
            Path: paths,
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    }),
  ),
}));

/** Contexts whose loaders return arbitrary JSON, nothing, or throw. */
const contexts: fc.Arbitrary<EvaluationContext> = fc
  .record({
    loaded: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    throws: fc.boolean(),
    abalone: fc.boolean(),
  })
  .map(({ loaded, throws, abalone }) => {
    if (abalone) return abaloneContext();
    const load = () => {
      if (throws) throw new Error('boom');
      return loaded;
    };
    return abaloneContext({ stepProperties: load, propertyFile: load, readJson: load });
  });

function pointsInto(root: unknown, pointer: string): boolean {
  let current = root;
  for (const token of parsePointer(pointer)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) {
      return false;
    }
    current = (current as Record<string, unknown>)[token];
  }
  return true;
}

function containsExpression(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (expressionKeyOf(value) !== null) return true;
  return Object.values(value).some(containsExpression);
}

describe('evaluateExpression properties', () => {
  it('never throws, and every error points at a place inside the value', () => {
    fc.assert(
      fc.property(withExpressions, contexts, (value, context) => {
        const result = evaluateExpression(value, context, '/Base');
        if (!result.ok) {
          expect(result.error.pointer.startsWith('/Base')).toBe(true);
          expect(pointsInto({ Base: value }, result.error.pointer)).toBe(true);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns plain JSON unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(!containsExpression(value));
        expect(evaluateExpression(value, abaloneContext())).toEqual({ ok: true, value });
      }),
    );
  });

  it('joins literal strings exactly like Array.join', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (values, on) => {
        const join = { 'Std:Join': { On: on, Values: values } };
        expect(evaluateExpression(join, abaloneContext())).toEqual({
          ok: true,
          value: values.join(on),
        });
      }),
    );
  });
});

describe('evaluateConditions properties', () => {
  const conditions = fc.array(
    fc.oneof(
      fc.record({
        Type: fc.constantFrom('Equals', 'GreaterThan', 'LessThanOrEqualTo', 'In', 'Not', 'Or', 'X'),
        LeftValue: withExpressions,
        RightValue: withExpressions,
        QueryValue: withExpressions,
        Values: fc.oneof(fc.array(withExpressions, { maxLength: 3 }), withExpressions),
        Condition: fc.jsonValue({ maxDepth: 2 }),
        Conditions: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }),
      }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    { maxLength: 4 },
  );

  it('never throws, and every error points at a place inside the conditions', () => {
    fc.assert(
      fc.property(conditions, contexts, (list, context) => {
        const result = evaluateConditions(list as Condition[], context);
        if (!result.ok) expect(pointsInto(list, result.error.pointer)).toBe(true);
        else expect(result.details.every((detail) => pointsInto(list, detail.pointer))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
