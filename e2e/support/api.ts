import { type APIRequestContext, expect } from '@playwright/test';

/**
 * The API calls the tests set up with, through a request context that is logged in (a page's
 * `page.request` after `logIn`, or one with the bearer token). `origin` reaches a server of a
 * test's own (`ownServer`); without it, the config's shared server.
 */

export interface CreateOptions {
  origin?: string;
  /** Takes 409 (the pipeline is there already) as well as 201. */
  mayExist?: boolean;
}

export async function createPipeline(
  request: APIRequestContext,
  name: string,
  definition: unknown,
  { origin = '', mayExist = false }: CreateOptions = {},
): Promise<void> {
  const created = await request.post(`${origin}/api/pipelines`, { data: { name, definition } });
  expect(mayExist ? [201, 409] : [201]).toContain(created.status());
}

export interface StartBody {
  displayName?: string;
  parameters?: Record<string, string | number | boolean>;
}

/** Starts an execution of a pipeline; answers its id. */
export async function startExecution(
  request: APIRequestContext,
  pipelineName: string,
  body: StartBody = {},
  origin = '',
): Promise<string> {
  const started = await request.post(`${origin}/api/pipelines/${pipelineName}/executions`, {
    data: body,
  });
  expect(started.status()).toBe(201);
  return ((await started.json()) as { PipelineExecutionId: string }).PipelineExecutionId;
}

/** Creates a pipeline and starts it, its run named `<name>-run`; answers the execution id. */
export async function runPipeline(
  request: APIRequestContext,
  name: string,
  definition: unknown,
): Promise<string> {
  await createPipeline(request, name, definition);
  return startExecution(request, name, { displayName: `${name}-run` });
}

export const executionStatus = async (request: APIRequestContext, id: string) =>
  (
    (await (await request.get(`/api/executions/${id}`)).json()) as {
      PipelineExecutionStatus: string;
    }
  ).PipelineExecutionStatus;

export async function stepStatus(request: APIRequestContext, id: string, stepName: string) {
  const { PipelineExecutionSteps: steps } = (await (
    await request.get(`/api/executions/${id}/steps`)
  ).json()) as { PipelineExecutionSteps: { StepName: string; StepStatus: string }[] };
  return steps.find((step) => step.StepName === stepName)?.StepStatus;
}

/** Waits until the execution's status is `status` (by default, until it has succeeded). */
export async function waitForExecution(
  request: APIRequestContext,
  id: string,
  status = 'Succeeded',
  timeout = 60_000,
): Promise<void> {
  await expect.poll(() => executionStatus(request, id), { timeout }).toBe(status);
}

/** Starts an execution and waits until it has succeeded; answers its id. */
export async function runToEnd(
  request: APIRequestContext,
  pipelineName: string,
  body: StartBody = {},
): Promise<string> {
  const id = await startExecution(request, pipelineName, body);
  await waitForExecution(request, id);
  return id;
}
