import { expect, test } from '@playwright/test';
import { createPipeline, runToEnd } from '../support/api';
import { logIn } from '../support/login';
import { pipeline, processingStep } from '../support/pipelines';

const group = 'e2e-models';

// Writes an evaluation report as SageMaker's evaluation scripts do, then registers a version
// whose ModelMetrics point at it.
const evaluate = [
  'import json, os, sys',
  "report = {'regression_metrics': {'mse': {'value': 4.1, 'standard_deviation': 0.2}, 'r2': {'value': 0.79}}}",
  "json.dump(report, open(os.path.join(sys.argv[1], 'evaluation.json'), 'w'))",
].join('\n');

const definition = pipeline([
  processingStep('Evaluate', ['python3', '-c', evaluate, '/opt/ml/processing/evaluation'], {
    image: 'python:3.11',
    arguments: {
      ProcessingOutputConfig: {
        Outputs: [
          {
            OutputName: 'evaluation',
            AppManaged: false,
            S3Output: { LocalPath: '/opt/ml/processing/evaluation', S3UploadMode: 'EndOfJob' },
          },
        ],
      },
    },
  }),
  {
    Name: 'Register',
    Type: 'RegisterModel',
    Arguments: {
      ModelPackageGroupName: group,
      ModelPackageDescription: 'A tiny model the end-to-end tests register',
      ModelMetrics: {
        ModelQuality: {
          Statistics: {
            ContentType: 'application/json',
            S3Uri: {
              'Std:Join': {
                On: '/',
                Values: [
                  {
                    Get: "Steps.Evaluate.ProcessingOutputConfig.Outputs['evaluation'].S3Output.S3Uri",
                  },
                  'evaluation.json',
                ],
              },
            },
          },
        },
      },
      InferenceSpecification: {
        Containers: [{ Image: 'python:3.11' }],
        SupportedContentTypes: ['text/csv'],
        SupportedResponseMIMETypes: ['text/csv'],
      },
    },
  },
]);

test.describe('the model registry', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('says how a model gets here while nothing is registered', async ({ page }) => {
    await page.route('**/api/registry/groups?*', (route) => route.fulfill({ json: { items: [] } }));
    await page.goto('/registry');

    await expect(page.getByRole('heading', { name: 'No models registered yet' })).toBeVisible();
    await expect(page.getByText(/when a pipeline runs a RegisterModel step/)).toBeVisible();
  });

  test('approves a version a RegisterModel step registered, with a note, and keeps the history', async ({
    page,
  }) => {
    await createPipeline(page.request, 'e2e-registry', definition);
    const executionId = await runToEnd(page.request, 'e2e-registry');

    await page.goto('/registry');
    const groupRow = page.getByRole('row', { name: new RegExp(group) });
    await expect(groupRow.getByRole('link', { name: group, exact: true })).toBeVisible();
    await expect(groupRow).toContainText('A tiny model the end-to-end tests register');
    await expect(groupRow.getByRole('list', { name: `${group} versions by status` })).toHaveText(
      /1\s*pending\s*0\s*approved\s*0\s*rejected/,
    );
    await page.screenshot({ path: '/tmp/registry-compare-groups.png', fullPage: true });

    await groupRow.getByRole('link', { name: group, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
    const versionRow = page.getByRole('row', { name: /Version 1/ });
    await expect(versionRow).toContainText('Pending approval');
    await expect(versionRow.getByRole('definition').first()).toHaveText('4.1');
    await expect(
      versionRow.getByRole('link', { name: `Register in ${executionId}` }),
    ).toHaveAttribute('href', `/executions/${executionId}/steps/Register`);
    await page.screenshot({ path: '/tmp/registry-compare-versions.png', fullPage: true });

    await versionRow.getByRole('link', { name: 'Version 1' }).click();
    await expect(page.getByRole('heading', { name: `${group} version 1` })).toBeVisible();
    const status = page.getByRole('status', { name: 'Approval status' });
    await expect(status).toHaveText(/Pending approval/);
    const report = page.getByRole('region', { name: 'ModelQuality › Statistics' });
    await expect(report.getByText('regression_metrics.mse')).toBeVisible();

    // A rejection needs a reason: without one, nothing is sent.
    await page.getByRole('button', { name: 'Reject…' }).click();
    const rejectDialog = page.getByRole('dialog', { name: `Reject ${group} version 1?` });
    await rejectDialog.getByRole('button', { name: 'Reject version 1' }).click();
    await expect(rejectDialog.getByText('Say why it is rejected')).toBeVisible();
    await rejectDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(status).toHaveText(/Pending approval/);

    await page.getByRole('button', { name: 'Approve…' }).click();
    const approveDialog = page.getByRole('dialog', { name: `Approve ${group} version 1?` });
    await approveDialog.getByLabel('Note (optional)').fill('MSE 4.1 beats the baseline');
    await page.screenshot({ path: '/tmp/registry-compare-approve-dialog.png' });
    await approveDialog.getByRole('button', { name: 'Approve version 1' }).click();

    await expect(approveDialog).toBeHidden();
    await expect(status).toHaveText(/Approved/);
    await expect(page.getByRole('button', { name: 'Approve…' })).toBeDisabled();
    const history = page.getByRole('list', { name: 'Approval history' });
    await expect(history.getByRole('listitem').first()).toContainText('Approved');
    await expect(history.getByRole('listitem').first()).toContainText('MSE 4.1 beats the baseline');
    await expect(history.getByRole('listitem').last()).toContainText('Registered');
    await page.screenshot({ path: '/tmp/registry-compare-approved.png', fullPage: true });

    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Models', exact: true })
      .click();
    await expect(page.getByRole('list', { name: `${group} versions by status` })).toHaveText(
      /0\s*pending\s*1\s*approved\s*0\s*rejected/,
    );
  });

  test('says so when a group does not exist', async ({ page }) => {
    await page.goto('/registry/no-such-group');

    await expect(
      page.getByText('There is no model package group named “no-such-group”.'),
    ).toBeVisible();
  });
});
