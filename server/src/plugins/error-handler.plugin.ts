import { STATUS_CODES } from 'node:http';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/** The body of every error answer, so the web app reads one shape. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

export function errorBody(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

const errorHandler: FastifyPluginAsync = async (app) => {
  app.setErrorHandler((error, request, reply) => {
    const status =
      typeof error === 'object' && error !== null && 'statusCode' in error
        ? Number(error.statusCode)
        : 500;
    if (status >= 400 && status < 500) {
      const message = error instanceof Error ? error.message : String(error);
      return reply.code(status).send(errorBody(status, message));
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
