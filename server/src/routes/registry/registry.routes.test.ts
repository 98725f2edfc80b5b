import { userInfo } from 'node:os';
import {
  ApiErrorSchema,
  ModelPackageDescriptionSchema,
  ModelPackageGroupListSchema,
  ModelPackageListSchema,
} from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { ModelRegistryRepository } from '../../store/model-registry.repository';
import { AUTH_HEADERS, useTestApp } from '../../testing/test-app';

const headers = AUTH_HEADERS;

describe('the model registry API', () => {
  const testApp = useTestApp();

  /** An app whose registry holds `count` versions of Abalone and one of Churn. */
  async function appWithVersions(count: number) {
    const { app, services } = await testApp();
    const registry = new ModelRegistryRepository(services.store.database);
    const register = (groupName: string, executionId: string) =>
      registry.register({
        groupName,
        approvalStatus: 'PendingManualApproval',
        request: { ModelPackageGroupName: groupName, ModelPackageDescription: executionId },
        executionId,
        stepName: 'Register',
        generatedBy: `arn:aws:sagemaker:local:000000000000:pipeline/p/execution/${executionId}`,
      });
    for (let n = 1; n <= count; n++) register('Abalone', `exec${String(n).padStart(8, '0')}`);
    register('Churn', 'churn0000001');
    return app;
  }

  it('lists groups newest first, with their version counts', async () => {
    const app = await appWithVersions(2);
    const response = await app.inject({ url: '/api/registry/groups', headers });
    expect(response.statusCode).toBe(200);
    const page = ModelPackageGroupListSchema.parse(response.json());
    expect(page.items.map((group) => [group.ModelPackageGroupName, group.versionCount])).toEqual([
      ['Churn', 1],
      ['Abalone', 2],
    ]);
    expect(page.items[1]).toMatchObject({
      ModelPackageGroupArn: 'arn:aws:sagemaker:local:000000000000:model-package-group/abalone',
      latestVersion: 2,
    });
  });

  it("lists a group's versions newest first, a page at a time", async () => {
    const app = await appWithVersions(3);
    const url = '/api/registry/groups/Abalone/versions';
    const first = ModelPackageListSchema.parse(
      (await app.inject({ url: `${url}?limit=2`, headers })).json(),
    );
    expect(first.items.map((item) => item.ModelPackageVersion)).toEqual([3, 2]);
    const rest = ModelPackageListSchema.parse(
      (
        await app.inject({ url: `${url}?limit=2&pageToken=${first.nextPageToken}`, headers })
      ).json(),
    );
    expect(rest).toEqual({
      items: [
        expect.objectContaining({
          ModelPackageVersion: 1,
          ModelPackageArn: 'arn:aws:sagemaker:local:000000000000:model-package/abalone/1',
          ModelApprovalStatus: 'PendingManualApproval',
        }),
      ],
    });
  });

  it('approves and rejects a version with a note, keeping every decision', async () => {
    const app = await appWithVersions(1);
    const url = '/api/registry/groups/Abalone/versions/1';
    const approved = await app.inject({
      method: 'POST',
      url: `${url}/approval`,
      headers,
      payload: { status: 'Approved', note: 'MSE beats the baseline', by: 'ana' },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      ModelApprovalStatus: 'Approved',
      ApprovalDescription: 'MSE beats the baseline',
    });
    await app.inject({
      method: 'POST',
      url: `${url}/approval`,
      headers,
      payload: { status: 'Rejected' },
    });
    const described = ModelPackageDescriptionSchema.parse(
      (await app.inject({ url, headers })).json(),
    );
    expect(described).toMatchObject({
      ModelPackageGroupName: 'Abalone',
      ModelPackageVersion: 1,
      ModelApprovalStatus: 'Rejected',
      MetadataProperties: { GeneratedBy: expect.stringContaining('/execution/exec00000001') },
    });
    expect(described.ApprovalDescription).toBeUndefined();
    expect(described.approvalHistory).toEqual([
      expect.objectContaining({
        status: 'Approved',
        previousStatus: 'PendingManualApproval',
        by: 'ana',
        note: 'MSE beats the baseline',
      }),
      expect.objectContaining({
        status: 'Rejected',
        previousStatus: 'Approved',
        by: userInfo().username,
      }),
    ]);
    const approvedOnly = await app.inject({
      url: '/api/registry/groups/Abalone/versions?status=Approved',
      headers,
    });
    expect(approvedOnly.json()).toEqual({ items: [] });
  });

  it.each([
    ['GET', '/api/registry/groups/Nope/versions', 'There is no model package group named "Nope".'],
    [
      'GET',
      '/api/registry/groups/Abalone/versions/9',
      'Model package group "Abalone" has no version 9.',
    ],
    [
      'POST',
      '/api/registry/groups/Abalone/versions/9/approval',
      'Model package group "Abalone" has no version 9.',
    ],
  ] as const)('answers 404 naming what is missing: %s %s', async (method, url, message) => {
    const app = await appWithVersions(1);
    const response = await app.inject({
      method,
      url,
      headers,
      ...(method === 'POST' && { payload: { status: 'Approved' } }),
    });
    expect(response.statusCode).toBe(404);
    expect(ApiErrorSchema.parse(response.json()).message).toBe(message);
  });

  it.each([
    [
      'a status that is not a decision',
      '/api/registry/groups/Abalone/versions/1/approval',
      { status: 'PendingManualApproval' },
      '/body/status',
    ],
    [
      'an unknown status',
      '/api/registry/groups/Abalone/versions/1/approval',
      { status: 'Maybe' },
      '/body/status',
    ],
    [
      'a group name SageMaker would refuse',
      '/api/registry/groups/no_underscores/versions/1/approval',
      { status: 'Approved' },
      '/params/group',
    ],
    [
      'a version that is not a number',
      '/api/registry/groups/Abalone/versions/one/approval',
      { status: 'Approved' },
      '/params/version',
    ],
  ])('answers 400 for %s', async (_what, url, payload, path) => {
    const app = await appWithVersions(1);
    const response = await app.inject({ method: 'POST', url, headers, payload });
    expect(response.statusCode).toBe(400);
    expect(ApiErrorSchema.parse(response.json()).problems).toEqual([
      expect.objectContaining({ path }),
    ]);
  });

  it('answers 400 for a page token it did not give out', async () => {
    const app = await appWithVersions(1);
    const response = await app.inject({ url: '/api/registry/groups?pageToken=bogus', headers });
    expect(response.statusCode).toBe(400);
  });
});
