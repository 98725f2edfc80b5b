import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import callback from '../../../test/fixtures/sagemaker/sdk-unit-callback-dependson.json';
import conditionOperators from '../../../test/fixtures/sagemaker/sdk-unit-condition-operators.json';
import { type StepEdge, collectEdges } from './edges';
import { flattenDocument, flattenSteps } from './flatten';

const pairs = (edges: StepEdge[]) => edges.map(({ from, to, kind }) => `${from} -${kind}-> ${to}`);

describe('collectEdges on the real fixtures', () => {
  it('derives the abalone DAG SageMaker builds', () => {
    const { edges, unresolved } = collectEdges(flattenDocument(abalone));
    expect(unresolved).toEqual([]);
    expect(pairs(edges).sort()).toEqual(
      [
        'AbaloneProcess -data-> AbaloneTrain',
        'AbaloneTrain -data-> AbaloneEval',
        'AbaloneProcess -data-> AbaloneEval',
        'AbaloneEval -data-> AbaloneMSECond',
        'AbaloneMSECond -branch-if-> AbaloneRegisterModel-RegisterModel',
        'AbaloneTrain -data-> AbaloneRegisterModel-RegisterModel',
        'AbaloneMSECond -branch-if-> AbaloneCreateModel-CreateModel',
        'AbaloneTrain -data-> AbaloneCreateModel-CreateModel',
        'AbaloneMSECond -branch-if-> AbaloneTransform',
        'AbaloneCreateModel-CreateModel -data-> AbaloneTransform',
        'AbaloneMSECond -branch-else-> AbaloneMSEFail',
      ].sort(),
    );
  });

  it('points each edge at where it is written', () => {
    const { edges } = collectEdges(flattenDocument(abalone));
    const find = (from: string, to: string) =>
      edges.find((edge) => edge.from === from && edge.to === to)?.pointer;
    // Two references to AbaloneProcess in AbaloneTrain: the first one is kept.
    expect(find('AbaloneProcess', 'AbaloneTrain')).toBe(
      '/Steps/1/Arguments/InputDataConfig/0/DataSource/S3DataSource/S3Uri',
    );
    expect(find('AbaloneEval', 'AbaloneMSECond')).toBe(
      '/Steps/3/Arguments/Conditions/0/LeftValue/Std:JsonGet/PropertyFile',
    );
    expect(find('AbaloneMSECond', 'AbaloneMSEFail')).toBe('/Steps/3/Arguments/ElseSteps/0');
    expect(find('AbaloneCreateModel-CreateModel', 'AbaloneTransform')).toBe(
      '/Steps/3/Arguments/IfSteps/2/Arguments/ModelName',
    );
  });

  it('finds the data edge from a step referenced only inside a condition', () => {
    const { edges } = collectEdges(flattenDocument(conditionOperators));
    expect(pairs(edges)).toContain('MyStep0 -data-> MyConditionStep');
    expect(pairs(edges)).toContain('MyConditionStep -branch-if-> MyStep1');
    expect(pairs(edges)).toContain('MyConditionStep -branch-else-> MyStep2');
  });

  it('combines DependsOn and output-parameter references in the callback fixture', () => {
    const { edges, unresolved } = collectEdges(flattenDocument(callback));
    expect(unresolved).toEqual([]);
    expect(pairs(edges)).toEqual([
      'TestStep -depends-on-> MyCallbackStep1',
      'TestStep -depends-on-> MyCallbackStep2',
      'MyCallbackStep1 -data-> MyCallbackStep2',
    ]);
    expect(edges[0]?.pointer).toBe('/Steps/0/DependsOn/0');
  });
});

describe('collectEdges on broken documents', () => {
  it('reports edges from unknown steps separately', () => {
    const nodes = flattenSteps([
      { Name: 'A', Type: 'Training', Arguments: {} },
      {
        Name: 'B',
        Type: 'Training',
        DependsOn: ['A', 'Typo', 3],
        Arguments: { X: { Get: 'Steps.Ghost.ModelArtifacts.S3ModelArtifacts' } },
      },
    ]);
    const { edges, unresolved } = collectEdges(nodes);
    expect(pairs(edges)).toEqual(['A -depends-on-> B']);
    expect(unresolved).toEqual([
      { from: 'Typo', to: 'B', kind: 'depends-on', pointer: '/Steps/1/DependsOn/1' },
      { from: 'Ghost', to: 'B', kind: 'data', pointer: '/Steps/1/Arguments/X' },
    ]);
  });

  it('keeps a self-reference as a self-edge and ignores unparseable references', () => {
    const nodes = flattenSteps([
      {
        Name: 'A',
        Type: 'Training',
        Arguments: { X: { Get: 'Steps.A.TrainingJobName' }, Y: { Get: 'Steps.' }, Z: { Get: 1 } },
      },
    ]);
    expect(pairs(collectEdges(nodes).edges)).toEqual(['A -data-> A']);
  });

  it('does not attribute branch steps’ references to their Condition step', () => {
    const nodes = flattenSteps([
      { Name: 'P', Type: 'Processing', Arguments: {} },
      {
        Name: 'C',
        Type: 'Condition',
        Arguments: {
          Conditions: [],
          IfSteps: [
            { Name: 'T', Type: 'Training', Arguments: { X: { Get: 'Steps.P.ProcessingJobName' } } },
          ],
        },
      },
    ]);
    expect(pairs(collectEdges(nodes).edges)).toEqual(['C -branch-if-> T', 'P -data-> T']);
  });

  it('reports a branch edge whose Condition is missing from the node list', () => {
    const { unresolved } = collectEdges([
      {
        name: 'T',
        type: 'Training',
        step: {},
        pointer: '/x',
        parent: { conditionName: 'Gone', branch: 'else' },
      },
    ]);
    expect(unresolved).toEqual([{ from: 'Gone', to: 'T', kind: 'branch-else', pointer: '/x' }]);
  });

  it('keeps different kinds of edge between the same pair', () => {
    const nodes = flattenSteps([
      { Name: 'A', Type: 'Training', Arguments: {} },
      {
        Name: 'B',
        Type: 'Training',
        DependsOn: ['A', 'A'],
        Arguments: { X: { Get: 'Steps.A.TrainingJobName' } },
      },
    ]);
    expect(pairs(collectEdges(nodes).edges)).toEqual(['A -depends-on-> B', 'A -data-> B']);
  });
});
