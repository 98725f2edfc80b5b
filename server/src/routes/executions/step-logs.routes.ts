import { NotFoundError, StepLogsQuerySchema, StepParamsSchema } from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';
import { openLogFile } from './log-file';
import { type LogSlice, readLogRange, readLogTail } from './log-reader';

/**
 * `GET /api/executions/:id/steps/:step/logs`: one attempt's stdout, stderr or both
 * (`combined`, the default), as a byte range or the last lines. The `x-log-*` headers say
 * which bytes came and how long the file is, so a follower asks again from `x-log-end`.
 * `download=1` sends the whole file as an attachment instead.
 */
export const stepLogRoutes: FastifyPluginAsync<RouteDeps> = async (app, { services, dataDir }) => {
  app.get('/executions/:id/steps/:step/logs', async (request, reply) => {
    const { id, step } = parseRequest(StepParamsSchema, request.params, 'params');
    const query = parseRequest(StepLogsQuerySchema, request.query, 'query');
    const run = services.store.executions.get(id).state?.steps[step];
    if (run === undefined) {
      throw new NotFoundError(`Step "${step}" has not started in execution ${id}.`, {
        hint: 'List the execution steps to see which have started.',
      });
    }
    const attempt = query.attempt ?? run.attemptCount;
    if (attempt > run.attemptCount) {
      throw new NotFoundError(
        `Step "${step}" of execution ${id} has ${run.attemptCount} attempt${run.attemptCount === 1 ? '' : 's'}, not ${attempt}.`,
      );
    }
    const stream = query.stream ?? 'combined';
    const file = await openLogFile({ dataDir, executionId: id, stepName: step, attempt, stream });
    if (query.download !== undefined) {
      // The whole file, streamed: a download is not capped like a viewer's ranges. The name is
      // safe in a header because the id and the step name passed their schemas.
      const suffix = stream === 'combined' ? '' : `-${stream}`;
      return reply
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `attachment; filename="${id}-${step}-attempt${attempt}${suffix}.log"`,
        )
        .send(file === undefined ? '' : file.createReadStream());
    }
    let slice: LogSlice = { bytes: Buffer.alloc(0), start: 0, end: 0, size: 0 };
    if (file !== undefined) {
      try {
        slice =
          query.tail === undefined
            ? await readLogRange(file, {
                ...(query.start !== undefined && { start: query.start }),
                ...(query.end !== undefined && { end: query.end }),
              })
            : await readLogTail(file, { lines: query.tail });
      } finally {
        await file.close();
      }
    }
    return reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .header('x-log-attempt', String(attempt))
      .header('x-log-stream', stream)
      .header('x-log-start', String(slice.start))
      .header('x-log-end', String(slice.end))
      .header('x-log-size', String(slice.size))
      .send(slice.bytes);
  });
};
