import { describe, expect, it } from 'vitest';
import { sagemakerFixtures } from '../../../test/fixtures/sagemaker';
import { hasErrors } from '../diagnostics/diagnostic';
import { createPipelineGraph, flattenDocument, nestSteps } from '../graph';
import { serializePipeline, toSageMakerDefinition } from './export-sagemaker';
import { parsePipelineText } from './parse-pipeline';

const fixtures = Object.entries(sagemakerFixtures);

describe('real SageMaker SDK output', () => {
  it('includes the three documented fixtures', () => {
    expect(fixtures.map(([name]) => name).sort()).toEqual([
      'abalone-train-eval-transform-register.json',
      'sdk-unit-callback-dependson.json',
      'sdk-unit-condition-operators.json',
    ]);
  });

  describe.each(fixtures)('%s', (_name, text) => {
    const original: unknown = JSON.parse(text);
    const { document, diagnostics } = parsePipelineText(text);

    it('parses with no errors', () => {
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
      expect(hasErrors(diagnostics)).toBe(false);
    });

    it('round-trips to the same JSON value, key order included', () => {
      const reserialized = serializePipeline(document!);
      expect(JSON.parse(reserialized)).toEqual(original);
      expect(reserialized).toBe(`${JSON.stringify(original, null, 2)}\n`);
    });

    it('exports for SageMaker unchanged', () => {
      expect(toSageMakerDefinition(document!)).toEqual(original);
    });

    it('re-nests its flattened steps exactly', () => {
      const nodes = flattenDocument(document);
      expect(JSON.stringify(nestSteps(nodes))).toBe(
        JSON.stringify((original as { Steps: unknown }).Steps),
      );
    });
  });
});

describe('the DAG SageMaker derives', () => {
  const edgesOf = (name: string) =>
    createPipelineGraph(JSON.parse(sagemakerFixtures[name]!))
      .edges.map((edge) => `${edge.from} -${edge.kind}-> ${edge.to}`)
      .sort();

  it('abalone: data references, the property file and both branches', () => {
    expect(edgesOf('abalone-train-eval-transform-register.json')).toEqual(
      [
        'AbaloneProcess -data-> AbaloneTrain',
        'AbaloneTrain -data-> AbaloneEval',
        'AbaloneProcess -data-> AbaloneEval',
        'AbaloneEval -data-> AbaloneMSECond',
        'AbaloneMSECond -branch-if-> AbaloneRegisterModel-RegisterModel',
        'AbaloneMSECond -branch-if-> AbaloneCreateModel-CreateModel',
        'AbaloneMSECond -branch-if-> AbaloneTransform',
        'AbaloneMSECond -branch-else-> AbaloneMSEFail',
        'AbaloneTrain -data-> AbaloneRegisterModel-RegisterModel',
        'AbaloneTrain -data-> AbaloneCreateModel-CreateModel',
        'AbaloneCreateModel-CreateModel -data-> AbaloneTransform',
      ].sort(),
    );
  });

  it('condition operators: a step referenced only from a condition', () => {
    expect(edgesOf('sdk-unit-condition-operators.json')).toEqual([
      'MyConditionStep -branch-else-> MyStep2',
      'MyConditionStep -branch-if-> MyStep1',
      'MyStep0 -data-> MyConditionStep',
    ]);
  });

  it('callbacks: DependsOn and an output parameter reference', () => {
    expect(edgesOf('sdk-unit-callback-dependson.json')).toEqual([
      'MyCallbackStep1 -data-> MyCallbackStep2',
      'TestStep -depends-on-> MyCallbackStep1',
      'TestStep -depends-on-> MyCallbackStep2',
    ]);
  });
});
