import type {
  ExecutionStepList,
  ExecutionSummary,
  ListExecutionsQuery,
  Page,
  RetryExecutionRequest,
  StartExecutionRequest,
} from '@pipewright/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client';

const executionPath = (executionId: string) => `/executions/${encodeURIComponent(executionId)}`;
const stepPath = (executionId: string, stepName: string) =>
  `${executionPath(executionId)}/steps/${encodeURIComponent(stepName)}`;

function queryString(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Server data about executions, one `queryOptions` per resource (house style §11). Live
 * changes arrive over the socket (`web/src/live/`); these are the first load and the pages.
 */
export const executionQueries = {
  all: () => ['executions'] as const,
  list: (query: Omit<ListExecutionsQuery, 'limit'> & { limit?: number } = {}) =>
    queryOptions({
      queryKey: [...executionQueries.all(), 'list', query],
      queryFn: () =>
        api<Page<ExecutionSummary>>(
          'GET',
          `/executions${queryString({ ...query, limit: query.limit })}`,
        ),
    }),
  detail: (executionId: string) =>
    queryOptions({
      queryKey: [...executionQueries.all(), 'detail', executionId],
      queryFn: () => api<ExecutionSummary>('GET', executionPath(executionId)),
    }),
  steps: (executionId: string) =>
    queryOptions({
      queryKey: [...executionQueries.all(), 'steps', executionId],
      queryFn: () => api<ExecutionStepList>('GET', `${executionPath(executionId)}/steps`),
    }),
  properties: (executionId: string, stepName: string, attempt?: number) =>
    queryOptions({
      queryKey: [
        ...executionQueries.all(),
        'properties',
        executionId,
        stepName,
        attempt ?? 'latest',
      ],
      queryFn: () =>
        api<Record<string, unknown>>(
          'GET',
          `${stepPath(executionId, stepName)}/properties${queryString({ attempt })}`,
        ),
    }),
};

/** The address of one attempt's log: the last `tail` lines, or a byte range. */
export function stepLogsUrl(
  executionId: string,
  stepName: string,
  options: {
    attempt?: number;
    stream?: 'combined' | 'stdout' | 'stderr';
    tail?: number;
    start?: number;
    end?: number;
  } = {},
): string {
  return `/api${stepPath(executionId, stepName)}/logs${queryString(options)}`;
}

/** Starts an execution of a pipeline's latest version (or `request.pipelineVersion`). */
export function startExecution(pipelineName: string, request: StartExecutionRequest = {}) {
  return api<ExecutionSummary>(
    'POST',
    `/pipelines/${encodeURIComponent(pipelineName)}/executions`,
    request,
  );
}

/** Asks a running execution to stop; its running steps are stopped. */
export function stopExecution(executionId: string) {
  return api<ExecutionSummary>('POST', `${executionPath(executionId)}/stop`, {});
}

/** Runs the failed and stopped steps of an execution again. */
export function retryExecution(executionId: string, request: RetryExecutionRequest = {}) {
  return api<ExecutionSummary>('POST', `${executionPath(executionId)}/retry`, request);
}
