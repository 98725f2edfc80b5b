import type {
  ExecutionStepList,
  ExecutionSummary,
  ListExecutionsQuery,
  Page,
  RetryExecutionRequest,
  StartExecutionRequest,
  StepAttemptList,
} from '@pipewright/shared';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api } from './client';

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
  /** Every attempt of every step, each with its own start and end: the timeline's bars. */
  attempts: (executionId: string) =>
    queryOptions({
      queryKey: [...executionQueries.all(), 'attempts', executionId],
      queryFn: () => api<StepAttemptList>('GET', `${executionPath(executionId)}/attempts`),
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

/** One answer of the log route: raw bytes (a range can split a character) and where they sit. */
export interface StepLogSlice {
  bytes: Uint8Array;
  start: number;
  end: number;
  /** The file's length when the server read it. */
  size: number;
  attempt: number;
}

/**
 * Reads a byte range of one attempt's log. It is text, not JSON, so it cannot go through
 * `api()`, but it goes the same way: this origin, the session cookie, `ApiError` on failure.
 */
export async function fetchStepLog(
  executionId: string,
  stepName: string,
  options: Parameters<typeof stepLogsUrl>[2] = {},
): Promise<StepLogSlice> {
  const response = await fetch(stepLogsUrl(executionId, stepName, options), {
    credentials: 'same-origin',
    headers: { accept: 'text/plain' },
  });
  if (!response.ok) {
    const text = await response.text();
    const error = (text.startsWith('{') ? JSON.parse(text) : {}) as { message?: string };
    throw new ApiError(response.status, error.message ?? response.statusText);
  }
  const header = (name: string) => Number(response.headers.get(name) ?? 0);
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    start: header('x-log-start'),
    end: header('x-log-end'),
    size: header('x-log-size'),
    attempt: header('x-log-attempt'),
  };
}

/** The address that downloads one attempt's whole log file as `<id>-<step>-attempt<N>.log`. */
export function stepLogDownloadUrl(
  executionId: string,
  stepName: string,
  options: { attempt?: number; stream?: 'combined' | 'stdout' | 'stderr' } = {},
): string {
  return `/api${stepPath(executionId, stepName)}/logs${queryString({ ...options, download: 1 })}`;
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
