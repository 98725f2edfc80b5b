import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelDescriptionSchema } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { ObjectStore } from '../runtime/object-store';
import { ModelRepository } from '../store/model.repository';
import { useTempStore } from '../store/store-test-helpers';
import { createModel } from './create-model';

describe('a Model step', () => {
  const openStore = useTempStore();

  async function setup() {
    const store = openStore();
    const dataDir = await mkdtemp(join(store.database.path, '..', 'objects-'));
    const objectStore = new ObjectStore({ dataDir });
    const artifact = join(dataDir, 'model.tar.gz');
    await writeFile(artifact, 'not really an archive: a Model step does not open it');
    await objectStore.put(artifact, 's3://models/abalone/model.tar.gz');
    const models = new ModelRepository(store.database);
    const run = (args: unknown, stepName = 'Abalone_CreateModel') =>
      createModel({ executionId: 'abcdef123456', stepName, arguments: args, objectStore, models });
    return { run, models };
  }

  const container = {
    Image: 'python:3.11',
    ModelDataUrl: 's3://models/abalone/model.tar.gz',
    Environment: { SAGEMAKER_PROGRAM: 'inference.py', WORKERS: 2 },
  };

  it('records the model under <step>-<execution id> with DescribeModel properties', async () => {
    const { run, models } = await setup();
    const outcome = await run({
      ExecutionRoleArn: 'arn:aws:iam::000000000000:role/SageMakerRole',
      PrimaryContainer: container,
    });
    expect(outcome).toMatchObject({
      status: 'Succeeded',
      metadata: {
        Model: {
          Arn: 'arn:aws:sagemaker:local:000000000000:model/abalone-createmodel-abcdef123456',
        },
      },
    });
    const properties = outcome.status === 'Succeeded' ? outcome.properties : {};
    expect(ModelDescriptionSchema.parse(properties)).toMatchObject({
      ModelName: 'Abalone-CreateModel-abcdef123456',
      ModelArn: 'arn:aws:sagemaker:local:000000000000:model/abalone-createmodel-abcdef123456',
      ExecutionRoleArn: 'arn:aws:iam::000000000000:role/SageMakerRole',
      PrimaryContainer: {
        ...container,
        Environment: { SAGEMAKER_PROGRAM: 'inference.py', WORKERS: '2' },
      },
      EnableNetworkIsolation: false,
    });
    expect(models.get('Abalone-CreateModel-abcdef123456')).toEqual(properties);
  });

  it('keeps model names within 63 characters for long step names', async () => {
    const { run } = await setup();
    const outcome = await run({ Containers: [container] }, 'S'.repeat(64));
    const name = outcome.status === 'Succeeded' ? String(outcome.properties.ModelName) : '';
    expect(name).toBe(`${'S'.repeat(50)}-abcdef123456`);
  });

  it.each([
    [
      { PrimaryContainer: { ...container, ModelDataUrl: 's3://models/missing/model.tar.gz' } },
      'ClientError: Could not find model data at s3://models/missing/model.tar.gz.',
    ],
    [
      { ExecutionRoleArn: 'arn:aws:iam::000000000000:role/R' },
      'ClientError: A model needs either PrimaryContainer or Containers (not both).',
    ],
    [
      { PrimaryContainer: container, Containers: [container] },
      'ClientError: A model needs either PrimaryContainer or Containers (not both).',
    ],
    [
      { PrimaryContainer: { ModelDataUrl: { Get: 'Steps.Train.ModelArtifacts' } } },
      /^ClientError: The step's Arguments are not valid: PrimaryContainer\.ModelDataUrl: /,
    ],
  ])('fails with a reason when the request is not valid (%#)', async (args, reason) => {
    const { run } = await setup();
    const outcome = await run(args);
    expect(outcome.status).toBe('Failed');
    expect(outcome.status === 'Failed' && outcome.reason).toMatch(reason);
  });
});
