import {
  SendCallbackFailureRequestSchema,
  SendCallbackSuccessRequestSchema,
} from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';

/**
 * Answers for waiting Callback steps, in the shape of SageMaker's
 * SendPipelineExecutionStepSuccess and SendPipelineExecutionStepFailure.
 */
export const callbackRoutes: FastifyPluginAsync<RouteDeps> = async (app, { services }) => {
  app.post('/callbacks/success', async (request) => {
    const body = parseRequest(SendCallbackSuccessRequestSchema, request.body, 'body');
    return services.callbacks.succeed(body.callbackToken, body.outputParameters ?? []);
  });

  app.post('/callbacks/failure', async (request) => {
    const body = parseRequest(SendCallbackFailureRequestSchema, request.body, 'body');
    return services.callbacks.fail(body.callbackToken, body.failureReason);
  });
};
