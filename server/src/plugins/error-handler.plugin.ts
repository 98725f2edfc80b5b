import { STATUS_CODES } from 'node:http';
import { type ApiError, type Problem, UserError, problemsFromDetails } from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/** The body of every error answer, so the web app reads one shape (`ApiErrorSchema`). */
export type ErrorBody = ApiError;

/** An error answer's body; a 400 always lists its problems. */
export function errorBody(
  statusCode: number,
  message: string,
  extra: { hint?: string | undefined; problems?: Problem[] } = {},
): ErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    ...(extra.hint !== undefined && { hint: extra.hint }),
    ...(extra.problems !== undefined && { problems: extra.problems }),
  };
}

const statusOf = (error: unknown): number =>
  typeof error === 'object' && error !== null && 'statusCode' in error
    ? Number(error.statusCode)
    : 500;

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** Fastify's own wording for a body it could not take, said in terms of this API. */
function clientMessage(error: unknown, bodyLimit: number): string {
  const code = codeOf(error);
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return `The request body is larger than the ${bodyLimit / 1024 / 1024} MiB this server accepts.`;
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return 'Send the request body as JSON (Content-Type: application/json).';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Every problem of a 400: the user error's details, or the one problem the error names. */
function problemsOf(error: unknown, message: string): Problem[] {
  if (error instanceof UserError) {
    const listed = error.details ? problemsFromDetails(error.details) : [];
    if (listed.length > 0) return listed;
    return [{ path: error.path ?? '', message, ...(error.hint && { hint: error.hint }) }];
  }
  // Fastify's content-type parsers fail on the body as a whole (bad JSON, empty JSON body).
  return [{ path: codeOf(error)?.startsWith('FST_ERR_CTP') ? '/body' : '', message }];
}

const errorHandler: FastifyPluginAsync<{ bodyLimit: number }> = async (app, { bodyLimit }) => {
  app.setErrorHandler((error, request, reply) => {
    const status = statusOf(error);
    if (status >= 400 && status < 500) {
      const message = clientMessage(error, bodyLimit);
      const hint = error instanceof UserError ? error.hint : undefined;
      const problems = status === 400 ? problemsOf(error, message) : undefined;
      return reply
        .code(status)
        .send(errorBody(status, message, { hint, ...(problems && { problems }) }));
    }
    // Internals of a server fault stay in the log; the caller only learns that it happened.
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send(errorBody(500, 'The server hit an unexpected error; the details are in its log.'));
  });
};

/** One place that turns thrown errors into HTTP answers (house style §20). */
export const errorHandlerPlugin = fp(errorHandler, { name: 'error-handler' });
