import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import callback from '../../../test/fixtures/sagemaker/sdk-unit-callback-dependson.json';
import conditionOperators from '../../../test/fixtures/sagemaker/sdk-unit-condition-operators.json';
import { createPipelineGraph } from './pipeline-graph';

describe('createPipelineGraph', () => {
  it('orders the abalone pipeline and answers lineage questions', () => {
    const graph = createPipelineGraph(abalone);
    expect(graph.cycles).toEqual([]);
    expect(graph.order).toEqual({
      order: [
        'AbaloneProcess',
        'AbaloneTrain',
        'AbaloneEval',
        'AbaloneMSECond',
        'AbaloneRegisterModel-RegisterModel',
        'AbaloneCreateModel-CreateModel',
        'AbaloneTransform',
        'AbaloneMSEFail',
      ],
      unordered: [],
    });
    expect([...graph.upstream('AbaloneTransform')]).toEqual([
      'AbaloneProcess',
      'AbaloneTrain',
      'AbaloneEval',
      'AbaloneMSECond',
      'AbaloneCreateModel-CreateModel',
    ]);
    expect([...graph.downstream('AbaloneEval')]).toEqual([
      'AbaloneMSECond',
      'AbaloneRegisterModel-RegisterModel',
      'AbaloneCreateModel-CreateModel',
      'AbaloneTransform',
      'AbaloneMSEFail',
    ]);
    expect(graph.byName.get('AbaloneTransform')?.pointer).toBe('/Steps/3/Arguments/IfSteps/2');
    expect(graph.incoming('AbaloneEval').map((edge) => edge.from)).toEqual([
      'AbaloneTrain',
      'AbaloneProcess',
    ]);
    expect(graph.outgoing('AbaloneMSECond').map((edge) => edge.kind)).toEqual([
      'branch-if',
      'branch-if',
      'branch-if',
      'branch-else',
    ]);
  });

  it('runs a step listed after its dependents first', () => {
    expect(createPipelineGraph(callback).order.order).toEqual([
      'TestStep',
      'MyCallbackStep1',
      'MyCallbackStep2',
    ]);
    expect(createPipelineGraph(conditionOperators).order.order).toEqual([
      'MyStep0',
      'MyConditionStep',
      'MyStep1',
      'MyStep2',
    ]);
  });

  it('reports cycles and dangling references of a broken document', () => {
    const graph = createPipelineGraph({
      Steps: [
        { Name: 'A', Type: 'Training', DependsOn: ['C'], Arguments: {} },
        { Name: 'B', Type: 'Training', Arguments: { X: { Get: 'Steps.A.TrainingJobName' } } },
        { Name: 'C', Type: 'Training', DependsOn: ['B', 'Missing'], Arguments: {} },
        { Name: 'A', Type: 'Training', Arguments: {} },
      ],
    });
    expect(graph.cycles).toEqual([['A', 'B', 'C']]);
    expect(graph.order).toEqual({ order: [], unordered: ['A', 'B', 'C'] });
    expect(graph.unresolved.map((edge) => edge.from)).toEqual(['Missing']);
    expect(graph.byName.get('A')?.pointer).toBe('/Steps/0');
    expect(graph.nodes).toHaveLength(4);
  });

  it('builds an empty graph from garbage', () => {
    const graph = createPipelineGraph('not a pipeline');
    expect(graph.nodes).toEqual([]);
    expect(graph.order.order).toEqual([]);
    expect(graph.upstream('X').size).toBe(0);
  });
});
