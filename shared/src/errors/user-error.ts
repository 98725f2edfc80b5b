/** The HTTP status a user error maps to: bad input, a missing resource, or a conflicting state. */
export type UserErrorStatus = 400 | 404 | 409;

/** Where a user error points and what to do about it. */
export interface UserErrorDetails {
  /** Where in the request the problem is: a field name or a JSON pointer. */
  path?: string;
  /** One sentence on how to fix it. */
  hint?: string;
  /** Each problem, when there are several (diagnostics, parameter errors), to list them all. */
  details?: readonly unknown[];
}

/** A user error's HTTP status (400 unless given) and details. */
export interface UserErrorOptions extends UserErrorDetails {
  status?: UserErrorStatus;
}

/**
 * A failure the person using Pipewright can fix: bad input, a name that does not exist, an action
 * the current state does not allow. The message is written for them; `status` is the HTTP code
 * the error handler answers with (house style §18, §20).
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly status: UserErrorStatus;
  readonly path: string | undefined;
  readonly hint: string | undefined;
  readonly details: readonly unknown[] | undefined;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message);
    this.status = options.status ?? 400;
    this.path = options.path;
    this.hint = options.hint;
    this.details = options.details;
  }

  /** The same code under the name Fastify's error handling reads. */
  get statusCode(): UserErrorStatus {
    return this.status;
  }
}

/** The thing asked for does not exist (404). */
export class NotFoundError extends UserError {
  override name = 'NotFoundError';

  constructor(message: string, details: UserErrorDetails = {}) {
    super(message, { ...details, status: 404 });
  }
}

/** The request clashes with what exists or with the current state, e.g. a taken name (409). */
export class ConflictError extends UserError {
  override name = 'ConflictError';

  constructor(message: string, details: UserErrorDetails = {}) {
    super(message, { ...details, status: 409 });
  }
}
