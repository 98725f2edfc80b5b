import type { CallbackOutputParameter, CallbackReceipt } from '@pipewright/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client';
import { executionQueries } from '../api/executions.queries';

const stepPath = (executionId: string, stepName: string) =>
  `/executions/${encodeURIComponent(executionId)}/steps/${encodeURIComponent(stepName)}`;
const attemptQuery = (attempt: number | undefined) =>
  attempt === undefined ? '' : `?attempt=${attempt}`;

/** One object under a prefix, as `GET /api/objects` lists it. */
export interface StoredObject {
  key: string;
  uri: string;
  size: number;
  lastModified: string;
}

/** What the step drawer reads beyond `executionQueries`: attempt records and objects. */
export const stepDrawerQueries = {
  arguments: (executionId: string, stepName: string, attempt?: number) =>
    queryOptions({
      queryKey: [
        ...executionQueries.all(),
        'arguments',
        executionId,
        stepName,
        attempt ?? 'latest',
      ],
      queryFn: () =>
        api<{ attempt: number; arguments: unknown }>(
          'GET',
          `${stepPath(executionId, stepName)}/arguments${attemptQuery(attempt)}`,
        ),
      retry: false,
    }),
  metrics: (executionId: string, stepName: string, attempt?: number) =>
    queryOptions({
      queryKey: [...executionQueries.all(), 'metrics', executionId, stepName, attempt ?? 'latest'],
      queryFn: () =>
        api<{ attempt: number; series: Record<string, { Timestamp: string; Value: number }[]> }>(
          'GET',
          `${stepPath(executionId, stepName)}/metrics${attemptQuery(attempt)}`,
        ),
      retry: false,
    }),
  objects: (prefix: string) =>
    queryOptions({
      queryKey: ['objects', prefix],
      queryFn: () =>
        api<{ prefix: string; items: StoredObject[]; nextPageToken?: string }>(
          'GET',
          `/objects?prefix=${encodeURIComponent(prefix)}&limit=200`,
        ),
    }),
};

/** The address that downloads one object (the browser sends the cookie). */
export function objectDownloadUrl(uri: string): string {
  return `/api/objects/download?uri=${encodeURIComponent(uri)}`;
}

/** Answers a waiting Callback step with success and its output values. */
export function sendCallbackSuccess(
  callbackToken: string,
  outputParameters: CallbackOutputParameter[],
) {
  return api<CallbackReceipt>('POST', '/callbacks/success', { callbackToken, outputParameters });
}

/** Answers a waiting Callback step with failure and a reason. */
export function sendCallbackFailure(callbackToken: string, failureReason: string) {
  return api<CallbackReceipt>('POST', '/callbacks/failure', { callbackToken, failureReason });
}
