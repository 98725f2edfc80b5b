import { ModelPackageDescriptionSchema } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { ModelRegistryRepository } from '../store/model-registry.repository';
import { useTempStore } from '../store/store-test-helpers';
import { registerModel } from './register-model';

const args = {
  ModelPackageGroupName: 'AbaloneModels',
  ModelPackageDescription: 'ridge regression',
  ModelMetrics: {
    ModelQuality: {
      Statistics: { ContentType: 'application/json', S3Uri: 's3://b/evaluation.json' },
    },
    Bias: {},
  },
  InferenceSpecification: {
    Containers: [{ Image: 'python:3.11', ModelDataUrl: 's3://b/model.tar.gz' }],
    SupportedContentTypes: ['text/csv'],
    SupportedResponseMIMETypes: ['text/csv'],
  },
  CustomerMetadataProperties: { mse: 4.2 },
  Tags: [{ Key: 'team', Value: 'ml' }],
};

describe('a RegisterModel step', () => {
  const openStore = useTempStore();

  function setup() {
    const registry = new ModelRegistryRepository(openStore().database);
    const run = (stepArgs: unknown, executionId = 'abcdef123456') =>
      registerModel({
        executionId,
        pipelineName: 'abalone',
        stepName: 'Register',
        arguments: stepArgs,
        registry,
      });
    return { run, registry };
  }

  it('registers version 1, then 2, pending approval, with DescribeModelPackage properties', async () => {
    const { run, registry } = setup();
    const first = await run(args);
    const second = await run(args, 'bcdef1234567');
    expect(first).toMatchObject({
      status: 'Succeeded',
      metadata: {
        RegisterModel: {
          Arn: 'arn:aws:sagemaker:local:000000000000:model-package/abalonemodels/1',
        },
      },
    });
    const properties = first.status === 'Succeeded' ? first.properties : {};
    expect(
      ModelPackageDescriptionSchema.omit({ approvalHistory: true }).parse(properties),
    ).toMatchObject({
      ModelPackageGroupName: 'AbaloneModels',
      ModelPackageVersion: 1,
      ModelPackageArn: 'arn:aws:sagemaker:local:000000000000:model-package/abalonemodels/1',
      ModelApprovalStatus: 'PendingManualApproval',
      ModelPackageStatus: 'Completed',
      ModelPackageDescription: 'ridge regression',
      ModelMetrics: args.ModelMetrics,
      InferenceSpecification: args.InferenceSpecification,
      CustomerMetadataProperties: { mse: '4.2' },
      MetadataProperties: {
        GeneratedBy: 'arn:aws:sagemaker:local:000000000000:pipeline/abalone/execution/abcdef123456',
      },
    });
    expect(properties).not.toHaveProperty('Tags');
    expect(properties).not.toHaveProperty('approvalHistory');
    expect(second).toMatchObject({ properties: { ModelPackageVersion: 2 } });
    expect(registry.describe('AbaloneModels', 2).ModelPackageVersion).toBe(2);
  });

  it('takes the approval status from the step', async () => {
    const { run } = setup();
    const outcome = await run({ ...args, ModelApprovalStatus: 'Approved' });
    expect(outcome).toMatchObject({ properties: { ModelApprovalStatus: 'Approved' } });
  });

  it.each([
    [
      { ...args, ModelApprovalStatus: 'Aproved' },
      'ClientError: ModelApprovalStatus "Aproved" is not valid: use PendingManualApproval, Approved, Rejected.',
    ],
    [
      { ...args, ModelPackageGroupName: 'no spaces' },
      'ClientError: ModelPackageGroupName "no spaces" is not valid: use up to 63 letters, digits and hyphens, starting and ending with a letter or digit.',
    ],
    [
      { ModelPackageName: 'solo' },
      'ClientError: Unversioned model packages (ModelPackageName without ModelPackageGroupName) are not supported locally; give ModelPackageGroupName.',
    ],
    [
      {},
      'ClientError: ModelPackageGroupName is required: the local registry keeps versions in model package groups.',
    ],
  ])(
    'fails with a reason and registers nothing when the request is not valid (%#)',
    async (stepArgs, reason) => {
      const { run, registry } = setup();
      const outcome = await run(stepArgs);
      expect(outcome).toEqual({ status: 'Failed', reason });
      expect(registry.listGroups().items).toEqual([]);
    },
  );
});
