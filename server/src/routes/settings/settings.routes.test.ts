import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsViewSchema } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import {
  createPipeline,
  processingPipeline,
  startExecution,
} from '../../testing/pipeline-fixtures';
import { AUTH_HEADERS, type TestApp, useTestApp } from '../../testing/test-app';

const headers = AUTH_HEADERS;
const secret = 'file-token-0123456789abcdef';

async function putSettings(app: TestApp['app'], payload: unknown) {
  return app.inject({ method: 'PUT', url: '/api/settings', headers, payload: payload as object });
}

function readConfig(dataDir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8')) as Record<string, unknown>;
}

describe('GET /api/settings', () => {
  const testApp = useTestApp();

  it('shows what the server runs with', async () => {
    const { app, dataDir } = await testApp();
    const res = await app.inject({ url: '/api/settings', headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      dataDir,
      configFile: { path: join(dataDir, 'config.json'), exists: false },
      sandbox: { mode: 'host', reason: 'host mode was chosen', chosen: 'host' },
      globalConcurrency: 16,
      defaultBucket: 'pipewright',
      imageMap: [],
      objectStoreDir: join(dataDir, 'objects'),
      server: { host: '127.0.0.1', port: 4310 },
    });
  });

  it('needs the token like every route', async () => {
    const { app } = await testApp();
    const res = await app.inject({ url: '/api/settings', headers: { host: headers.host } });
    expect(res.statusCode).toBe(401);
  });
});

describe('PUT /api/settings', () => {
  const testApp = useTestApp();

  it('saves to config.json, keeping the other keys, and never answers with the token', async () => {
    const { app, dataDir } = await testApp();
    const path = join(dataDir, 'config.json');
    writeFileSync(path, JSON.stringify({ port: 4310, token: secret, logLevel: 'warn' }), {
      mode: 0o600,
    });
    const imageMap = [
      { match: 'sagemaker-scikit-learn', command: ['conda', 'run', '-n', 'ml'] },
      { match: '^python:', mode: 'host' },
    ];

    const res = await putSettings(app, {
      globalConcurrency: 3,
      defaultBucket: 'team-results',
      imageMap,
    });

    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(secret);
    // The page reads the answer by the shared schema, which has no key more.
    expect(SettingsViewSchema.parse(res.json())).toMatchObject({
      globalConcurrency: 3,
      defaultBucket: 'team-results',
      imageMap,
      configFile: { path, exists: true },
    });
    expect(readConfig(dataDir)).toEqual({
      port: 4310,
      token: secret,
      logLevel: 'warn',
      globalConcurrency: 3,
      defaultBucket: 'team-results',
      imageMap,
    });
    // The file holds the token: it stays readable by its owner only.
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await app.inject({ url: '/api/settings', headers });
    expect(again.body).not.toContain(secret);
    expect(again.json()).toMatchObject({ globalConcurrency: 3, defaultBucket: 'team-results' });
  });

  it('changes only what the request names', async () => {
    const { app, dataDir } = await testApp();
    await putSettings(app, { globalConcurrency: 5, defaultBucket: 'first-bucket' });
    const res = await putSettings(app, { defaultBucket: 'second-bucket' });
    expect(res.json()).toMatchObject({ globalConcurrency: 5, defaultBucket: 'second-bucket' });
    expect(readConfig(dataDir)).toEqual({ globalConcurrency: 5, defaultBucket: 'second-bucket' });
  });

  it.each([
    [{ defaultBucket: 'My_Bucket' }, '/body/defaultBucket', /bucket name is 3 to 63 lowercase/],
    [{ defaultBucket: '192.168.0.1' }, '/body/defaultBucket', /bucket name/],
    [{ globalConcurrency: 0 }, '/body/globalConcurrency', /whole number from 1 to 1024/],
    [{ globalConcurrency: 2.5 }, '/body/globalConcurrency', /whole number from 1 to 1024/],
    [{ globalConcurrency: 2000 }, '/body/globalConcurrency', /whole number from 1 to 1024/],
    [{ imageMap: [{ match: 'ok', mode: 'host' }, { match: 'x' }] }, '/body/imageMap/1', /one of/],
    [{ imageMap: [{ match: 'a(', mode: 'host' }] }, '/body/imageMap/0/match', /regular expression/],
    [{ imageMap: [{ match: 'x', command: [] }] }, '/body/imageMap/0/command', /program to run/],
    [{ token: 'another-token-0123456789' }, '/body', /read from the config file at start/],
  ])('refuses %j with 400 naming the field', async (payload, path, message) => {
    const { app, dataDir } = await testApp();
    const res = await putSettings(app, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ problems: { path: string; message: string }[] }>().problems).toEqual([
      { path, message: expect.stringMatching(message) },
    ]);
    expect(existsSync(join(dataDir, 'config.json'))).toBe(false);
    const unchanged = await app.inject({ url: '/api/settings', headers });
    expect(unchanged.json()).toMatchObject({ globalConcurrency: 16, defaultBucket: 'pipewright' });
  });

  it('refuses to overwrite a config file broken by hand, without quoting it', async () => {
    const { app, dataDir } = await testApp();
    const broken = `{ "token": "${secret}", `;
    writeFileSync(join(dataDir, 'config.json'), broken);
    const res = await putSettings(app, { globalConcurrency: 4 });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ message: string }>().message).toMatch(/not valid JSON any more/);
    expect(res.body).not.toContain(secret);
    expect(readFileSync(join(dataDir, 'config.json'), 'utf8')).toBe(broken);
    const unchanged = await app.inject({ url: '/api/settings', headers });
    expect(unchanged.json()).toMatchObject({ globalConcurrency: 16 });
  });
});

describe('settings applied while the server runs', () => {
  const testApp = useTestApp();

  it('writes outputs without an S3Uri to the new default bucket from the next attempt on', async () => {
    const { app, services } = await testApp();
    await putSettings(app, { defaultBucket: 'team-results' });
    const write = "import sys; open(sys.argv[1] + '/result.txt', 'w').write('42')";
    await createPipeline(
      app,
      'bucketed',
      processingPipeline(['python3', '-c', write, '/opt/ml/processing/out'], {
        outputs: [{ OutputName: 'report', LocalPath: '/opt/ml/processing/out' }],
      }),
    );
    const { id } = await startExecution(app, 'bucketed');
    await services.engine.idle();

    const prefix = `s3://team-results/executions/${id}/Hello/report/`;
    const listed = await app.inject({ url: `/api/objects?prefix=${prefix}`, headers });
    expect(listed.json<{ items: { uri: string }[] }>().items.map((item) => item.uri)).toEqual([
      `${prefix}result.txt`,
    ]);
    const properties = await app.inject({
      url: `/api/executions/${id}/steps/Hello/properties`,
      headers,
    });
    expect(JSON.stringify(properties.json())).toContain(`"S3Uri":"${prefix.replace(/\/$/, '')}`);
  });

  it('starts waiting steps as soon as the concurrency is raised', async () => {
    const { app, services, workDir } = await testApp();
    await putSettings(app, { globalConcurrency: 1 });
    const gate = join(workDir, 'open');
    const wait = `import os, time\nwhile not os.path.exists(${JSON.stringify(gate)}): time.sleep(0.05)`;
    const step = (name: string) => ({
      ...processingPipeline(['python3', '-c', wait], { stepName: name }).Steps[0],
    });
    await createPipeline(app, 'two-at-once', {
      ...processingPipeline([]),
      Steps: [step('Left'), step('Right')],
    });
    const { id } = await startExecution(app, 'two-at-once');
    const started = async () => {
      const res = await app.inject({ url: `/api/executions/${id}/steps`, headers });
      return res.json<{ PipelineExecutionSteps: unknown[] }>().PipelineExecutionSteps.length;
    };
    await expect.poll(started).toBe(1);
    // With one step allowed at once, the other waits for the first to end, which waits for the gate.
    expect(await started()).toBe(1);

    const raised = await putSettings(app, { globalConcurrency: 2 });
    expect(raised.json()).toMatchObject({ globalConcurrency: 2 });
    expect(services.engine.globalConcurrency).toBe(2);
    await expect.poll(started).toBe(2);

    writeFileSync(gate, '');
    await services.engine.idle();
    const described = await app.inject({ url: `/api/executions/${id}`, headers });
    expect(described.json()).toMatchObject({ PipelineExecutionStatus: 'Succeeded' });
  });
});
