import {
  parseExecutionArn,
  PipelineParamsSchema,
  StartExecutionRequestSchema,
} from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import type { IdempotencyRepository } from '../../idempotency/idempotency.repository';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';
import { idempotencyKeyOf } from './idempotency-key';

/**
 * `POST /api/pipelines/:name/executions`: starts an execution (201). With an idempotency key
 * seen before for this pipeline, answers the execution that key made (200) and starts nothing.
 */
export const startExecutionRoutes: FastifyPluginAsync<
  RouteDeps & { idempotency: IdempotencyRepository }
> = async (app, { services, idempotency }) => {
  app.post('/pipelines/:name/executions', async (request, reply) => {
    const { name } = parseRequest(PipelineParamsSchema, request.params, 'params');
    const body = parseRequest(StartExecutionRequestSchema, request.body, 'body');
    const idempotencyKey = idempotencyKeyOf(request, body.idempotencyKey);
    // Looked up and created with no await in between (the engine records the execution before
    // its first await), so two requests with one key cannot both start an execution.
    const earlier =
      idempotencyKey === undefined ? undefined : idempotency.startedExecution(name, idempotencyKey);
    if (earlier !== undefined) {
      return reply.code(200).send(services.store.executions.get(earlier).summary);
    }
    const executionId = await services.engine.start({
      pipelineName: name,
      ...(body.pipelineVersion !== undefined && { version: body.pipelineVersion }),
      ...(body.parameters !== undefined && { parameters: body.parameters }),
      ...(body.displayName !== undefined && { displayName: body.displayName }),
      ...(body.description !== undefined && { description: body.description }),
      ...(body.maxParallelExecutionSteps !== undefined && {
        maxParallel: body.maxParallelExecutionSteps,
      }),
      ...(idempotencyKey !== undefined && { idempotencyKey }),
      ...(body.selectiveExecutionConfig && {
        selectiveExecution: {
          selectedSteps: body.selectiveExecutionConfig.SelectedSteps.map((step) => step.StepName),
          ...(body.selectiveExecutionConfig.SourcePipelineExecutionArn && {
            sourceExecutionId: parseExecutionArn(
              body.selectiveExecutionConfig.SourcePipelineExecutionArn,
            )?.executionId,
          }),
        },
      }),
    });
    return reply
      .code(201)
      .header('location', `/api/executions/${executionId}`)
      .send(services.store.executions.get(executionId).summary);
  });
};
