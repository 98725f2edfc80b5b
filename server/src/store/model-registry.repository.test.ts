import { ModelPackageDescriptionSchema } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { ModelRegistryRepository } from './model-registry.repository';
import { ModelRepository } from './model.repository';
import { steppingClock, useTempStore } from './store-test-helpers';

const generatedBy = 'arn:aws:sagemaker:local:000000000000:pipeline/p/execution/aaaaaaaaaaaa';

function registry() {
  const store = useTempStore();
  return () => new ModelRegistryRepository(store().database, steppingClock());
}

function registration(executionId: string, stepName = 'Register', group = 'Abalone') {
  return {
    groupName: group,
    approvalStatus: 'PendingManualApproval' as const,
    request: {
      ModelPackageGroupName: group,
      ModelPackageDescription: `from ${executionId}`,
      ModelMetrics: {
        ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: 's3://b/e.json' } },
      },
    },
    executionId,
    stepName,
    generatedBy,
  };
}

describe('the model registry repository', () => {
  const open = registry();

  it('creates a group on first registration and numbers versions per group', () => {
    const repo = open();
    const first = repo.register(registration('exec00000001'));
    const second = repo.register(registration('exec00000002'));
    const other = repo.register(registration('exec00000003', 'Register', 'Other'));
    expect(ModelPackageDescriptionSchema.parse(first)).toMatchObject({
      ModelPackageName: 'Abalone',
      ModelPackageGroupName: 'Abalone',
      ModelPackageVersion: 1,
      ModelPackageArn: 'arn:aws:sagemaker:local:000000000000:model-package/abalone/1',
      ModelPackageStatus: 'Completed',
      ModelApprovalStatus: 'PendingManualApproval',
      ModelPackageDescription: 'from exec00000001',
      MetadataProperties: { GeneratedBy: generatedBy },
      approvalHistory: [],
    });
    expect(second.ModelPackageVersion).toBe(2);
    expect(other.ModelPackageVersion).toBe(1);
    expect(
      repo
        .listGroups()
        .items.map((group) => [
          group.ModelPackageGroupName,
          group.versionCount,
          group.latestVersion,
        ]),
    ).toEqual([
      ['Other', 1, 1],
      ['Abalone', 2, 2],
    ]);
  });

  it('gives the same version back when the same step of the same execution registers again', () => {
    const repo = open();
    const first = repo.register(registration('exec00000001'));
    const again = repo.register(registration('exec00000001'));
    expect(again.ModelPackageVersion).toBe(first.ModelPackageVersion);
    expect(repo.listVersions('Abalone').items).toHaveLength(1);
  });

  it('treats group names that differ only in case as one group, as SageMaker ARNs do', () => {
    const repo = open();
    repo.register(registration('exec00000001', 'Register', 'Abalone'));
    const second = repo.register(registration('exec00000002', 'Register', 'ABALONE'));
    expect(second).toMatchObject({ ModelPackageGroupName: 'Abalone', ModelPackageVersion: 2 });
  });

  it('records approvals and rejections with who, when and why, oldest first', () => {
    const repo = open();
    repo.register(registration('exec00000001'));
    repo.decide('Abalone', 1, { status: 'Approved', by: 'ana', note: 'MSE is fine' });
    const rejected = repo.decide('Abalone', 1, { status: 'Rejected', by: 'bo' });
    expect(rejected.ModelApprovalStatus).toBe('Rejected');
    expect(rejected.ApprovalDescription).toBeUndefined();
    expect(rejected.approvalHistory).toEqual([
      {
        status: 'Approved',
        previousStatus: 'PendingManualApproval',
        by: 'ana',
        note: 'MSE is fine',
        at: expect.any(String),
      },
      { status: 'Rejected', previousStatus: 'Approved', by: 'bo', at: expect.any(String) },
    ]);
    expect(rejected.LastModifiedTime > rejected.CreationTime).toBe(true);
  });

  it('pages versions newest first and filters them by status', () => {
    const repo = open();
    for (let n = 1; n <= 5; n++) repo.register(registration(`exec0000000${n}`));
    repo.decide('Abalone', 2, { status: 'Approved', by: 'ana' });
    const first = repo.listVersions('Abalone', { limit: 2 });
    expect(first.items.map((item) => item.ModelPackageVersion)).toEqual([5, 4]);
    const second = repo.listVersions('Abalone', { limit: 2, pageToken: first.nextPageToken! });
    expect(second.items.map((item) => item.ModelPackageVersion)).toEqual([3, 2]);
    const last = repo.listVersions('Abalone', { limit: 2, pageToken: second.nextPageToken! });
    expect(last).toEqual({ items: [expect.objectContaining({ ModelPackageVersion: 1 })] });
    expect(
      repo
        .listVersions('Abalone', { status: 'Approved' })
        .items.map((item) => item.ModelPackageVersion),
    ).toEqual([2]);
  });

  it('names the missing group or version', () => {
    const repo = open();
    repo.register(registration('exec00000001'));
    expect(() => repo.listVersions('Nope')).toThrow(
      'There is no model package group named "Nope".',
    );
    expect(() => repo.describe('Abalone', 7)).toThrow(
      'Model package group "Abalone" has no version 7.',
    );
    expect(() => repo.decide('Abalone', 7, { status: 'Approved', by: 'ana' })).toThrow(
      /no version 7/,
    );
  });
});

describe('the model repository', () => {
  const store = useTempStore();
  const model = (name: string) => ({
    ModelName: name,
    ModelArn: `arn:aws:sagemaker:local:000000000000:model/${name}`,
    PrimaryContainer: { Image: 'python:3.11', ModelDataUrl: 's3://b/model.tar.gz' },
    CreationTime: '2026-01-01T00:00:00.000Z',
  });

  it('records a model and finds it by name', () => {
    const repo = new ModelRepository(store().database);
    repo.save({ model: model('m-1'), executionId: 'exec00000001', stepName: 'Model' });
    expect(repo.get('m-1')).toEqual(model('m-1'));
    expect(repo.get('m-2')).toBeUndefined();
  });

  it('lets the same step record its model again, and refuses a name another step owns', () => {
    const repo = new ModelRepository(store().database);
    repo.save({ model: model('m-1'), executionId: 'exec00000001', stepName: 'Model' });
    repo.save({ model: model('m-1'), executionId: 'exec00000001', stepName: 'Model' });
    expect(() =>
      repo.save({ model: model('m-1'), executionId: 'exec00000002', stepName: 'Model' }),
    ).toThrow(
      'A model named "m-1" already exists: step "Model" of execution exec00000001 created it.',
    );
  });
});
