import {
  type ExecutionStepList,
  ExecutionParamsSchema,
  ListExecutionsQuerySchema,
  NotFoundError,
  StepParamsSchema,
  StepPropertiesQuerySchema,
  toExecutionSteps,
} from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';

/** Reading executions: list, describe, their steps, and a step's resolved properties. */
export const executionQueryRoutes: FastifyPluginAsync<RouteDeps> = async (app, { services }) => {
  const { executions } = services.store;

  app.get('/executions', async (request) =>
    executions.list(parseRequest(ListExecutionsQuerySchema, request.query, 'query')),
  );

  app.get('/executions/:id', async (request) => {
    const { id } = parseRequest(ExecutionParamsSchema, request.params, 'params');
    return executions.get(id).summary;
  });

  app.get('/executions/:id/steps', async (request): Promise<ExecutionStepList> => {
    const { id } = parseRequest(ExecutionParamsSchema, request.params, 'params');
    // Every started step fits in one answer, so there is never a NextToken.
    return { PipelineExecutionSteps: toExecutionSteps(executions.get(id).state) };
  });

  app.get('/executions/:id/steps/:step/properties', async (request) => {
    const { id, step } = parseRequest(StepParamsSchema, request.params, 'params');
    const { attempt } = parseRequest(StepPropertiesQuerySchema, request.query, 'query');
    executions.get(id);
    const found = executions.getStepProperties(id, step, attempt);
    if (found === undefined) {
      const which = attempt === undefined ? '' : ` (attempt ${attempt})`;
      throw new NotFoundError(`Step "${step}"${which} of execution ${id} has no properties.`, {
        hint: 'Properties are written when a step attempt ends (a Condition step keeps its outcome and the values it compared); a step that has not ended, and a Fail step, have none.',
      });
    }
    return found.properties;
  });
};
