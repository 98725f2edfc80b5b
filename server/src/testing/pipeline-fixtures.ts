import type { FastifyInstance } from 'fastify';
import { AUTH_HEADERS } from './test-app';

/** A pipeline document with one Processing step running `entrypoint` on the host. */
export function processingPipeline(
  entrypoint: string[],
  {
    stepName = 'Hello',
    parameters = [],
    outputs = [],
  }: {
    stepName?: string;
    parameters?: { Name: string; Type: string; DefaultValue?: unknown }[];
    outputs?: { OutputName: string; LocalPath: string; S3Uri?: string }[];
  } = {},
) {
  return {
    Version: '2020-12-01',
    Parameters: parameters,
    Steps: [
      {
        Name: stepName,
        Type: 'Processing',
        Arguments: {
          AppSpecification: { ImageUri: 'local/python', ContainerEntrypoint: entrypoint },
          ProcessingResources: {
            ClusterConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 1 },
          },
          ...(outputs.length > 0 && {
            ProcessingOutputConfig: {
              Outputs: outputs.map(({ OutputName, LocalPath, S3Uri }) => ({
                OutputName,
                S3Output: { LocalPath, S3UploadMode: 'EndOfJob', ...(S3Uri && { S3Uri }) },
              })),
            },
          }),
          RoleArn: 'arn:aws:iam::000000000000:role/local',
        },
      },
    ],
  };
}

/** Creates a pipeline through the API and checks it was created. */
export async function createPipeline(
  app: FastifyInstance,
  name: string,
  definition: unknown,
): Promise<void> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/pipelines',
    headers: AUTH_HEADERS,
    payload: { name, definition },
  });
  if (res.statusCode !== 201) throw new Error(`create ${name}: ${res.statusCode} ${res.body}`);
}

/** Starts an execution through the API; returns the answer's status and execution id. */
export async function startExecution(
  app: FastifyInstance,
  name: string,
  payload: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ statusCode: number; id: string; body: Record<string, unknown> }> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/pipelines/${name}/executions`,
    headers: { ...AUTH_HEADERS, ...headers },
    payload,
  });
  const body = res.json<Record<string, unknown>>();
  return { statusCode: res.statusCode, id: String(body.PipelineExecutionId), body };
}
