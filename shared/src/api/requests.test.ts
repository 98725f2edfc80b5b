import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CreatePipelineRequestSchema,
  ListExecutionsQuerySchema,
  ListObjectsQuerySchema,
  RetryExecutionRequestSchema,
  StartExecutionRequestSchema,
  StepLogsQuerySchema,
  StepParamsSchema,
} from './requests';

/** The first issue's path and message, or `ok` with the parsed value. */
function check(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return { ok: result.data };
  const [issue] = result.error.issues;
  return { path: issue?.path.join('.'), message: issue?.message };
}

const definition = { Version: '2020-12-01', Steps: [] };

describe('CreatePipelineRequestSchema', () => {
  it.each([
    [{ name: 'churn', definition }, { ok: { name: 'churn', definition } }],
    [
      { name: 'churn', definition, message: 'first' },
      { ok: { name: 'churn', definition, message: 'first' } },
    ],
    [
      { name: '-churn', definition },
      { path: 'name', message: expect.stringMatching(/letters/) },
    ],
    [{ name: 'churn' }, { path: 'definition', message: expect.stringMatching(/JSON object/) }],
    [
      { name: 'churn', definition: [] },
      { path: 'definition', message: expect.stringMatching(/JSON object/) },
    ],
    [
      { name: 'churn', definition, extra: 1 },
      { path: '', message: expect.stringMatching(/extra/) },
    ],
    [
      { name: 'churn', definition, message: 'x'.repeat(1025) },
      { path: 'message', message: expect.stringMatching(/1024/) },
    ],
  ])('%j → %j', (body, expected) => {
    expect(check(CreatePipelineRequestSchema, body)).toEqual(expected);
  });
});

describe('StartExecutionRequestSchema', () => {
  it.each([
    [{}, { ok: {} }],
    [{ parameters: { Epochs: 10, Mode: 'fast', Dry: false, Unset: null } }, 'ok'],
    [{ parameters: [{ Name: 'Epochs', Value: '10' }] }, 'ok'],
    [{ displayName: 'nightly-3', maxParallelExecutionSteps: 2, idempotencyKey: 'abc-123' }, 'ok'],
    [{ parameters: [{ Name: 'Epochs', Value: 10 }] }, 'parameters'],
    [{ parameters: 'Epochs=10' }, 'parameters'],
    [{ parameters: { Epochs: { nested: true } } }, 'parameters'],
    [{ maxParallelExecutionSteps: 0 }, 'maxParallelExecutionSteps'],
    [{ maxParallelExecutionSteps: 1.5 }, 'maxParallelExecutionSteps'],
    [{ maxParallelExecutionSteps: '2' }, 'maxParallelExecutionSteps'],
    [{ displayName: 'nightly run' }, 'displayName'],
    [{ idempotencyKey: 'has space' }, 'idempotencyKey'],
    [{ idempotencyKey: 'k'.repeat(129) }, 'idempotencyKey'],
    [{ maxParallel: 2 }, ''],
  ])('%j → %s', (body, expected) => {
    const result = check(StartExecutionRequestSchema, body);
    if (expected === 'ok' || typeof expected === 'object') {
      expect(result).toHaveProperty('ok');
    } else {
      expect(result.path).toBe(expected);
    }
  });

  it('says which two forms the parameters may take', () => {
    expect(check(StartExecutionRequestSchema, { parameters: 'x' }).message).toMatch(
      /object of values by name .* SageMaker's list/,
    );
  });
});

describe('RetryExecutionRequestSchema', () => {
  it('takes a parallelism override and an idempotency key, nothing else', () => {
    expect(check(RetryExecutionRequestSchema, { idempotencyKey: 'r1' })).toEqual({
      ok: { idempotencyKey: 'r1' },
    });
    expect(check(RetryExecutionRequestSchema, { parameters: {} }).path).toBe('');
  });
});

describe('list queries', () => {
  it.each([
    [{}, { ok: {} }],
    [{ limit: '20', status: 'Failed' }, { ok: { limit: 20, status: 'Failed' } }],
    [{ pipelineName: 'churn', pageToken: 'azE6MTA' }, 'ok'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '1001' }, 'limit'],
    [{ limit: '1e3' }, 'limit'],
    [{ limit: '' }, 'limit'],
    [{ limit: ['1', '2'] }, 'limit'],
    [{ status: 'Running' }, 'status'],
    [{ pipelineName: 'bad name' }, 'pipelineName'],
    [{ staus: 'Failed' }, ''],
    [{ search: '  nightly ', order: 'oldest' }, { ok: { search: 'nightly', order: 'oldest' } }],
    [{ order: 'longest' }, 'order'],
    [{ search: 'x'.repeat(201) }, 'search'],
  ])('%j → %j', (query, expected) => {
    const result = check(ListExecutionsQuerySchema, query);
    if (expected === 'ok') expect(result).toHaveProperty('ok');
    else if (typeof expected === 'object') expect(result).toEqual(expected);
    else expect(result.path).toBe(expected);
  });

  it('refuses an object prefix that is not an s3:// URI', () => {
    expect(check(ListObjectsQuerySchema, { prefix: 'file:///etc/' })).toEqual({
      path: 'prefix',
      message: 'prefix must be an s3:// URI.',
    });
    expect(check(ListObjectsQuerySchema, {}).path).toBe('prefix');
  });
});

describe('StepLogsQuerySchema', () => {
  it.each([
    [{}, { ok: {} }],
    [
      { attempt: '2', stream: 'stderr', start: '0', end: '100' },
      { ok: { attempt: 2, stream: 'stderr', start: 0, end: 100 } },
    ],
    [{ tail: '50' }, { ok: { tail: 50 } }],
    [
      { tail: '50', start: '10' },
      { path: 'tail', message: expect.stringMatching(/not both/) },
    ],
    [
      { start: '10', end: '5' },
      { path: 'end', message: 'end must not be before start.' },
    ],
    [{ stream: 'output' }, { path: 'stream', message: expect.any(String) }],
    [
      { attempt: '0' },
      { path: 'attempt', message: 'attempt must be a whole number of at least 1.' },
    ],
    [{ start: '-1' }, { path: 'start', message: 'start must be a whole number of at least 0.' }],
  ])('%j → %j', (query, expected) => {
    expect(check(StepLogsQuerySchema, query)).toEqual(expected);
  });
});

describe('StepParamsSchema', () => {
  it.each([
    ['Train-1_a', true],
    ['..', false],
    ['%2e%2e', false],
    ['../../etc', false],
    ['/etc/passwd', false],
    ['a'.repeat(65), false],
  ])('step name %j is accepted: %s', (step, accepted) => {
    expect(StepParamsSchema.safeParse({ id: 'a1b2c3d4e5f6', step }).success).toBe(accepted);
  });
});
