import type { FastifyPluginAsync } from 'fastify';
import { IdempotencyRepository } from '../../idempotency/idempotency.repository';
import type { RouteDeps } from '../route-deps';
import { executionActionRoutes } from './execution-action.routes';
import { executionQueryRoutes } from './execution-query.routes';
import { startExecutionRoutes } from './start-execution.routes';
import { stepAttemptRoutes } from './step-attempts.routes';
import { stepLogRoutes } from './step-logs.routes';
import { stepRecordRoutes } from './step-records.routes';

/** Everything about executions: start, list, describe, steps, attempts, logs, stop, retry. */
export const executionRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const idempotency = new IdempotencyRepository(deps.services.store.database);
  await app.register(startExecutionRoutes, { ...deps, idempotency });
  await app.register(executionQueryRoutes, deps);
  await app.register(executionActionRoutes, { ...deps, idempotency });
  await app.register(stepLogRoutes, deps);
  await app.register(stepRecordRoutes, deps);
  await app.register(stepAttemptRoutes, deps);
};
