import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createPipeline,
  processingPipeline,
  startExecution,
} from '../../testing/pipeline-fixtures';
import { AUTH_HEADERS as headers, useTestApp } from '../../testing/test-app';

const trainScript = `
print("epoch=1 loss=0.9")
print("epoch=2 loss=0.4")
`;

function trainingPipeline() {
  return {
    Version: '2020-12-01',
    Steps: [
      {
        Name: 'Train',
        Type: 'Training',
        Arguments: {
          AlgorithmSpecification: {
            TrainingImage: 'python:3.12',
            TrainingInputMode: 'File',
            MetricDefinitions: [{ Name: 'loss', Regex: 'loss=([0-9.]+)' }],
          },
          HyperParameters: {
            sagemaker_program: '"train.py"',
            sagemaker_submit_directory: '"s3://pipewright/code/"',
          },
          OutputDataConfig: { S3OutputPath: 's3://pipewright/models' },
          ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 5 },
          StoppingCondition: { MaxRuntimeInSeconds: 300 },
          RoleArn: 'arn:aws:iam::000000000000:role/SageMakerRole',
        },
      },
    ],
  };
}

describe('a step attempt’s recorded arguments and metrics', () => {
  const testApp = useTestApp();

  it('answers the Arguments the attempt ran with, expressions resolved', async () => {
    const { app, services } = await testApp();
    const definition = processingPipeline(['echo', { Get: 'Parameters.Greeting' } as never], {
      parameters: [{ Name: 'Greeting', Type: 'String', DefaultValue: 'hi' }],
    });
    await createPipeline(app, 'p', definition);
    const { id } = await startExecution(app, 'p', { parameters: { Greeting: 'bonjour' } });
    await services.engine.idle();

    const res = await app.inject({ url: `/api/executions/${id}/steps/Hello/arguments`, headers });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      attempt: 1,
      arguments: { AppSpecification: { ContainerEntrypoint: ['echo', 'bonjour'] } },
    });
  });

  it('answers a Training attempt’s metric series', async () => {
    const { app, services, workDir } = await testApp();
    writeFileSync(join(workDir, 'train.py'), trainScript);
    await services.objectStore.put(join(workDir, 'train.py'), 's3://pipewright/code/train.py');
    await createPipeline(app, 'train', trainingPipeline());
    const { id } = await startExecution(app, 'train');
    await services.engine.idle();

    const res = await app.inject({ url: `/api/executions/${id}/steps/Train/metrics`, headers });

    expect(res.statusCode, res.body).toBe(200);
    const { series } = res.json<{ series: { loss: { Value: number }[] } }>();
    expect(series.loss.map((point) => point.Value)).toEqual([0.9, 0.4]);
  });

  it('says 404 for an attempt that did not run and for a step with no record', async () => {
    const { app, services } = await testApp();
    await createPipeline(app, 'p', processingPipeline(['echo', 'hello']));
    const { id } = await startExecution(app, 'p');
    await services.engine.idle();

    const beyond = await app.inject({
      url: `/api/executions/${id}/steps/Hello/arguments?attempt=2`,
      headers,
    });
    const noMetrics = await app.inject({
      url: `/api/executions/${id}/steps/Hello/metrics`,
      headers,
    });

    expect(beyond.statusCode).toBe(404);
    expect(noMetrics.statusCode).toBe(404);
    expect(noMetrics.json()).toMatchObject({ message: expect.stringContaining('no recorded') });
  });

  it('does not follow a record replaced by a symlink', async () => {
    const { app, services, dataDir, workDir } = await testApp();
    await createPipeline(app, 'p', processingPipeline(['echo', 'hello']));
    const { id } = await startExecution(app, 'p');
    await services.engine.idle();
    const secret = join(workDir, 'secret.json');
    writeFileSync(secret, '{"secret":"outside"}');
    const record = join(dataDir, 'executions', id, 'steps', 'Hello', 'attempt-1', 'arguments.json');
    rmSync(record);
    symlinkSync(secret, record);

    const res = await app.inject({ url: `/api/executions/${id}/steps/Hello/arguments`, headers });

    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('outside');
  });
});
