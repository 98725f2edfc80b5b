import { ExecutionParamsSchema, RetryExecutionRequestSchema } from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import type { IdempotencyRepository } from '../../idempotency/idempotency.repository';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';
import { idempotencyKeyOf } from './idempotency-key';

/** Changing a running or ended execution: stop, and retry its failed and stopped steps. */
export const executionActionRoutes: FastifyPluginAsync<
  RouteDeps & { idempotency: IdempotencyRepository }
> = async (app, { services, idempotency }) => {
  const { engine, store } = services;

  app.post('/executions/:id/stop', async (request) => {
    const { id } = parseRequest(ExecutionParamsSchema, request.params, 'params');
    engine.stop(id);
    return store.executions.get(id).summary;
  });

  app.post('/executions/:id/retry', async (request, reply) => {
    const { id } = parseRequest(ExecutionParamsSchema, request.params, 'params');
    const body = parseRequest(RetryExecutionRequestSchema, request.body, 'body');
    const key = idempotencyKeyOf(request, body.idempotencyKey);
    store.executions.get(id);
    if (key !== undefined && !idempotency.claimRetry(id, key)) {
      return reply.header('idempotent-replayed', 'true').send(store.executions.get(id).summary);
    }
    try {
      // The engine's retry does its work before its first await, so no other request runs
      // between the claim above and the refusal that would release it.
      await engine.retry(id, {
        ...(body.maxParallelExecutionSteps !== undefined && {
          maxParallel: body.maxParallelExecutionSteps,
        }),
      });
    } catch (error) {
      if (key !== undefined) idempotency.releaseRetry(id, key);
      throw error;
    }
    return store.executions.get(id).summary;
  });
};
