import { ExecutionParamsSchema, type StepAttemptList } from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';
import { foldStepAttempts } from './step-attempts';

/** Every attempt of every step with its own start and end, for the execution timeline. */
export const stepAttemptRoutes: FastifyPluginAsync<RouteDeps> = async (app, { services }) => {
  const { executions } = services.store;

  app.get('/executions/:id/attempts', async (request): Promise<StepAttemptList> => {
    const { id } = parseRequest(ExecutionParamsSchema, request.params, 'params');
    const events = executions.eventsWithoutLogs(id).map((stored) => stored.event);
    return { attempts: foldStepAttempts(events) };
  });
};
