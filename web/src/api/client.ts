/** A non-2xx answer from the API, with the server's message and its problems (path + message). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly problems: { path: string; message: string; hint?: string; stepName?: string }[] = [],
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

/**
 * A query's `retry` for things that may not exist: a 4xx answer (a missing execution, group or
 * version) stays what it is; only a failure of the server is worth one more try.
 */
export function retryServerErrors(failureCount: number, error: Error): boolean {
  return failureCount < 1 && !(error instanceof ApiError && error.status < 500);
}

/**
 * Calls the Pipewright API on this origin. The browser sends the token cookie the server set
 * when the person opened the printed link; JSON goes both ways.
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = (parsed ?? {}) as { message?: string; problems?: ApiError['problems'] };
    throw new ApiError(
      response.status,
      error.message ?? response.statusText,
      error.problems ?? [],
      parsed,
    );
  }
  return parsed as T;
}
