import { NotFoundError, StepParamsSchema, StepPropertiesQuerySchema } from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import type { AttemptRecord } from '../../runtime/attempt-record';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';
import { readAttemptRecord } from './attempt-record-file';

const missingHints: Record<AttemptRecord, string> = {
  arguments:
    'Arguments are recorded when an attempt starts a job; Condition and Fail steps, cache hits and reused steps have none.',
  metrics:
    'Metric series are recorded when a Training job ends, from its MetricDefinitions; the log has the lines they come from.',
};

/**
 * `GET /api/executions/:id/steps/:step/arguments` (the Arguments an attempt ran with, every
 * expression resolved) and `…/metrics` (a Training attempt's metric values over time). Both
 * read the latest attempt unless `attempt` is given.
 */
export const stepRecordRoutes: FastifyPluginAsync<RouteDeps> = async (
  app,
  { services, dataDir },
) => {
  for (const record of ['arguments', 'metrics'] as const) {
    app.get(`/executions/:id/steps/:step/${record}`, async (request) => {
      const { id, step } = parseRequest(StepParamsSchema, request.params, 'params');
      const query = parseRequest(StepPropertiesQuerySchema, request.query, 'query');
      const run = services.store.executions.get(id).state?.steps[step];
      if (run === undefined) {
        throw new NotFoundError(`Step "${step}" has not started in execution ${id}.`, {
          hint: 'List the execution steps to see which have started.',
        });
      }
      const attempt = query.attempt ?? run.attemptCount;
      const which = `Step "${step}" attempt ${attempt} of execution ${id}`;
      if (attempt > run.attemptCount) {
        throw new NotFoundError(`${which} has not run: the step has ${run.attemptCount}.`);
      }
      const value = await readAttemptRecord({
        dataDir,
        executionId: id,
        stepName: step,
        attempt,
        record,
      });
      if (value === undefined) {
        throw new NotFoundError(`${which} has no recorded ${record}.`, {
          hint: missingHints[record],
        });
      }
      return record === 'metrics' ? { attempt, series: value } : { attempt, arguments: value };
    });
  }
};
