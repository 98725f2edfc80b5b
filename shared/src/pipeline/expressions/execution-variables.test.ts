import { describe, expect, it } from 'vitest';
import { executionVariables, isExecutionVariable } from './execution-variables';

describe('execution variables', () => {
  it('lists the eight variables SageMaker defines', () => {
    expect(executionVariables).toEqual([
      'StartDateTime',
      'CurrentDateTime',
      'PipelineName',
      'PipelineArn',
      'PipelineExecutionId',
      'PipelineExecutionArn',
      'TrainingJobName',
      'ProcessingJobName',
    ]);
  });

  it.each([
    ['PipelineExecutionId', true],
    ['StartDateTime', true],
    ['pipelineExecutionId', false],
    ['ExecutionId', false],
    ['', false],
  ])('isExecutionVariable(%j) is %s', (name, expected) => {
    expect(isExecutionVariable(name)).toBe(expected);
  });
});
