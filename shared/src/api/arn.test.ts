import { describe, expect, it } from 'vitest';
import {
  ExecutionIdSchema,
  PipelineNameSchema,
  executionArn,
  parseExecutionArn,
  pipelineArn,
} from './arn';

describe('ARNs', () => {
  it('builds the local pipeline and execution ARNs', () => {
    expect(pipelineArn('abalone')).toBe('arn:aws:sagemaker:local:000000000000:pipeline/abalone');
    expect(executionArn('abalone', 'a1b2c3d4e5f6')).toBe(
      'arn:aws:sagemaker:local:000000000000:pipeline/abalone/execution/a1b2c3d4e5f6',
    );
  });

  it('reads back what it builds', () => {
    expect(parseExecutionArn(executionArn('My-Pipe', '000000000abc'))).toEqual({
      pipelineName: 'My-Pipe',
      executionId: '000000000abc',
    });
  });

  it.each([
    [
      'another account',
      'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/a1b2c3d4e5f6',
    ],
    ['a pipeline ARN', pipelineArn('p')],
    ['an uppercase id', 'arn:aws:sagemaker:local:000000000000:pipeline/p/execution/A1B2C3D4E5F6'],
    ['a short id', 'arn:aws:sagemaker:local:000000000000:pipeline/p/execution/abc'],
    ['a trailing part', `${executionArn('p', 'a1b2c3d4e5f6')}/more`],
    [
      'a bad pipeline name',
      'arn:aws:sagemaker:local:000000000000:pipeline/-p/execution/a1b2c3d4e5f6',
    ],
  ])('refuses %s', (_label, arn) => {
    expect(parseExecutionArn(arn)).toBeUndefined();
  });
});

describe('names and ids', () => {
  it.each([
    ['abalone', true],
    ['a', true],
    ['My-Pipeline--2', true],
    ['a'.repeat(256), true],
    ['a'.repeat(257), false],
    ['-starts-with-hyphen', false],
    ['ends-with-hyphen-', false],
    ['has space', false],
    ['has_underscore', false],
    ['', false],
  ])('pipeline name %j valid: %s', (name, valid) => {
    expect(PipelineNameSchema.safeParse(name).success).toBe(valid);
  });

  it.each([
    ['a1b2c3d4e5f6', true],
    ['A1B2C3D4E5F6', false],
    ['a1b2c3d4e5f', false],
    ['a1b2c3d4e5f6g', false],
    ['a1b2c3d4e5-6', false],
  ])('execution id %j valid: %s', (id, valid) => {
    expect(ExecutionIdSchema.safeParse(id).success).toBe(valid);
  });
});
