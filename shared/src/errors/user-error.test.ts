import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, UserError } from './user-error';

describe('user errors', () => {
  it.each([
    [new UserError('bad', { path: 'limit', hint: 'Use 1 to 1000.' }), 400, 'UserError'],
    [new NotFoundError('gone', { path: 'PipelineName' }), 404, 'NotFoundError'],
    [new ConflictError('taken', { hint: 'Pick another name.' }), 409, 'ConflictError'],
  ])('%s answers %i and is a UserError', (error, status, name) => {
    expect(error).toBeInstanceOf(UserError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
    expect(error.statusCode).toBe(status);
  });

  it('carries where the problem is and how to fix it', () => {
    const error = new NotFoundError('There is no pipeline named "p".', {
      path: 'PipelineName',
      hint: 'List pipelines to see which exist.',
    });
    expect(error).toMatchObject({
      message: 'There is no pipeline named "p".',
      path: 'PipelineName',
      hint: 'List pipelines to see which exist.',
    });
    expect(new UserError('bad input')).toMatchObject({ status: 400, path: undefined });
  });

  it('lists every problem when there are several', () => {
    const problems = [{ path: '/Parameters/0' }, { path: '/Steps/1' }];
    const error = new UserError('The pipeline has errors.', { details: problems });
    expect(error.details).toEqual(problems);
  });
});
