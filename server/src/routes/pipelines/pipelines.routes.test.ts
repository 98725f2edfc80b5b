import { ApiErrorSchema, PipelineVersionSchema } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { processingPipeline } from '../../testing/pipeline-fixtures';
import { AUTH_HEADERS, useTestApp } from '../../testing/test-app';

const headers = AUTH_HEADERS;
const definition = processingPipeline(['true']);

describe('pipeline routes', () => {
  const testApp = useTestApp();

  it('creates a pipeline, saves versions, and reads each version back', async () => {
    const { app } = await testApp();
    const created = await app.inject({
      method: 'POST',
      url: '/api/pipelines',
      headers,
      payload: { name: 'churn', definition, message: 'first cut' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/pipelines/churn');
    expect(PipelineVersionSchema.parse(created.json())).toMatchObject({
      PipelineName: 'churn',
      Version: 1,
      Message: 'first cut',
      Definition: definition,
    });

    const changed = processingPipeline(['python3', '-c', "print('v2')"]);
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/pipelines/churn',
      headers,
      payload: { definition: changed, message: 'prints v2' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.location).toBe('/api/pipelines/churn?version=2');
    expect(saved.json()).toMatchObject({ Version: 2, Message: 'prints v2' });

    const latest = await app.inject({ url: '/api/pipelines/churn', headers });
    expect(latest.json()).toMatchObject({ Version: 2, Definition: changed });
    const first = await app.inject({ url: '/api/pipelines/churn?version=1', headers });
    expect(first.json()).toMatchObject({ Version: 1, Definition: definition });

    const versions = await app.inject({ url: '/api/pipelines/churn/versions', headers });
    expect(versions.json<{ items: { Version: number }[] }>().items.map((v) => v.Version)).toEqual([
      2, 1,
    ]);
  });

  it('writes each saved version’s embedded files to the object store, as an SDK upsert uploads code', async () => {
    const { app, services } = await testApp();
    const uri = 's3://code/clean.py';
    const withScript = (content: string) => ({
      ...definition,
      'x-pipewright': { formatVersion: 1, files: { [uri]: { content } } },
    });
    const read = async () => JSON.stringify(await services.objectStore.readJson(uri));
    await app.inject({
      method: 'POST',
      url: '/api/pipelines',
      headers,
      payload: { name: 'fixable', definition: withScript('"broken"') },
    });
    expect(await read()).toBe('"broken"');
    await app.inject({
      method: 'PUT',
      url: '/api/pipelines/fixable',
      headers,
      payload: { definition: withScript('"fixed"') },
    });
    // A retry of an execution of version 1 now reads the fixed script.
    expect(await read()).toBe('"fixed"');
  });

  it('lists pipelines newest first, a page at a time', async () => {
    const { app } = await testApp();
    for (const name of ['a1', 'a2', 'a3']) {
      await app.inject({
        method: 'POST',
        url: '/api/pipelines',
        headers,
        payload: { name, definition },
      });
    }
    const first = await app.inject({ url: '/api/pipelines?limit=2', headers });
    const page = first.json<{ items: { PipelineName: string }[]; nextPageToken: string }>();
    expect(page.items.map((item) => item.PipelineName)).toEqual(['a3', 'a2']);
    const second = await app.inject({
      url: `/api/pipelines?limit=2&pageToken=${page.nextPageToken}`,
      headers,
    });
    expect(second.json()).toEqual({ items: [expect.objectContaining({ PipelineName: 'a1' })] });
  });

  it('deletes a pipeline', async () => {
    const { app } = await testApp();
    await app.inject({
      method: 'POST',
      url: '/api/pipelines',
      headers,
      payload: { name: 'gone', definition },
    });
    const deleted = await app.inject({ method: 'DELETE', url: '/api/pipelines/gone', headers });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    const after = await app.inject({ url: '/api/pipelines/gone', headers });
    expect(after.statusCode).toBe(404);
  });

  it('refuses a definition with errors, listing every diagnostic with its path', async () => {
    const { app } = await testApp();
    const broken = {
      ...definition,
      Steps: [
        { ...definition.Steps[0], DependsOn: ['Nowhere'] },
        { Name: 'Bad Name', Type: 'Fail' },
      ],
    };
    const res = await app.inject({
      method: 'POST',
      url: '/api/pipelines',
      headers,
      payload: { name: 'broken', definition: broken },
    });
    expect(res.statusCode).toBe(400);
    const body = ApiErrorSchema.parse(res.json());
    expect(body.message).toMatch(/^The pipeline definition has \d+ errors?/);
    expect(body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '/body/definition/Steps/0/DependsOn/0',
          code: 'unknown-step',
          stepName: 'Hello',
        }),
        expect.objectContaining({
          path: '/body/definition/Steps/1/Name',
          code: 'invalid-step-name',
        }),
      ]),
    );
    const list = await app.inject({ url: '/api/pipelines', headers });
    expect(list.json()).toEqual({ items: [] });
  });

  it.each([
    [
      'a bad name',
      { name: 'no spaces', definition },
      [{ path: '/body/name', message: expect.stringMatching(/letters, digits and hyphens/) }],
    ],
    [
      'no definition',
      { name: 'p' },
      [{ path: '/body/definition', message: expect.stringMatching(/pipeline document/) }],
    ],
    [
      'an unknown field',
      { name: 'p', definition, descripton: 'typo' },
      [{ path: '/body', message: expect.stringMatching(/descripton/) }],
    ],
  ])('answers 400 for %s with one problem per mistake', async (_label, payload, problems) => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/pipelines', headers, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/^Invalid request body: /),
      problems,
    });
  });

  it('answers 400 for JSON that does not parse, pointing at the body', async () => {
    const { app } = await testApp();
    const res = await app.inject({
      method: 'POST',
      url: '/api/pipelines',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ problems: [{ path: '/body' }] });
  });

  it.each([
    ['GET', '/api/pipelines/missing', 'There is no pipeline named "missing".'],
    ['GET', '/api/pipelines/missing/versions', 'There is no pipeline named "missing".'],
    ['DELETE', '/api/pipelines/missing', 'There is no pipeline named "missing".'],
  ] as const)('%s %s answers 404', async (method, url, message) => {
    const { app } = await testApp();
    const res = await app.inject({ method, url, headers });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found', message });
  });

  it('answers 404 for a version that does not exist, and 409 for a taken name', async () => {
    const { app } = await testApp();
    const create = () =>
      app.inject({
        method: 'POST',
        url: '/api/pipelines',
        headers,
        payload: { name: 'p', definition },
      });
    expect((await create()).statusCode).toBe(201);
    const again = await create();
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ hint: expect.stringMatching(/new version/) });
    const missing = await app.inject({ url: '/api/pipelines/p?version=7', headers });
    expect(missing.statusCode).toBe(404);
    const bad = await app.inject({ url: '/api/pipelines/p?version=latest', headers });
    expect(bad.json()).toMatchObject({ problems: [{ path: '/query/version' }] });
  });

  it('refuses to save a version of a pipeline that does not exist', async () => {
    const { app } = await testApp();
    const res = await app.inject({
      method: 'PUT',
      url: '/api/pipelines/nope',
      headers,
      payload: { definition },
    });
    expect(res.statusCode).toBe(404);
  });
});
