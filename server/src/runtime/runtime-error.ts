import { UserError, type UserErrorStatus } from '@pipewright/shared';

/** Stable codes for the problems a pipeline's author (or an API caller) can fix. */
export type RuntimeErrorCode =
  | 'invalid-uri'
  | 'outside-root'
  | 'not-found'
  | 'conflict'
  | 'not-json'
  | 'unsupported'
  | 'invalid-arguments'
  | 'executable-not-found'
  | 'invalid-image-map';

const statusOf: Partial<Record<RuntimeErrorCode, UserErrorStatus>> = {
  'not-found': 404,
  conflict: 409,
};

/**
 * A user error raised by the local runtime: bad input with a message a person can act on
 * (`s3://b/../x: the key leaves its bucket`). A `UserError`, so the API answers it with 400
 * (404 for `not-found`, 409 for `conflict`); a step turns it into `Failed` with the message as
 * its FailureReason. Anything else thrown is a bug.
 */
export class RuntimeUserError extends UserError {
  override name = 'RuntimeUserError';

  constructor(
    readonly code: RuntimeErrorCode,
    message: string,
  ) {
    super(message, { status: statusOf[code] ?? 400 });
  }
}

/** True for a `RuntimeUserError`, also across module copies (a check on the name, not the class). */
export function isRuntimeUserError(error: unknown): error is RuntimeUserError {
  return error instanceof Error && error.name === 'RuntimeUserError' && 'code' in error;
}

/** The `code` of a Node system error (`ENOENT`, `EACCES`, …), if it is one. */
export function systemErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** A URI as it can be shown in a message: control characters (NUL included) escaped. */
export function showUri(uri: string): string {
  return [...uri]
    .map((char) => {
      const code = char.charCodeAt(0);
      return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : char;
    })
    .join('');
}
