import { isRuntimeUserError, systemErrorCode } from './runtime-error';
import { fitReason } from './step-outcome';

/**
 * The FailureReason for an error a job runner caught: a problem with the step is a
 * `ClientError`, a system error (the disk is full, a folder is not writable) an
 * `InternalServerError`: the step failed, the server did not. Anything else is a bug and is
 * thrown again.
 */
export function caughtFailureReason(error: unknown): string {
  if (isRuntimeUserError(error)) return fitReason(`ClientError: ${error.message}`);
  if (systemErrorCode(error) !== undefined) {
    return fitReason(`InternalServerError: ${(error as Error).message}`);
  }
  throw error;
}
