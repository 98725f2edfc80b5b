import { UserError } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { isRuntimeUserError, RuntimeUserError, showUri } from './runtime-error';

describe('RuntimeUserError', () => {
  it.each([
    ['outside-root', 400],
    ['not-found', 404],
    ['conflict', 409],
    ['unsupported', 400],
  ] as const)('a %s error is a UserError answered with %i', (code, status) => {
    const error = new RuntimeUserError(code, 'message');
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ name: 'RuntimeUserError', code, status, message: 'message' });
    expect(isRuntimeUserError(error)).toBe(true);
  });

  it('is told apart from other errors', () => {
    expect(isRuntimeUserError(new UserError('x'))).toBe(false);
    expect(isRuntimeUserError(new Error('x'))).toBe(false);
  });

  it('shows control characters in a URI instead of printing them', () => {
    expect(showUri('s3://b/a\0b\nc')).toBe('s3://b/a\\x00b\\x0ac');
  });
});
