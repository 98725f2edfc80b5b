import { describe, expect, it } from 'vitest';
import { AUTH_HEADERS, FAKE_INDEX_HTML, LOCAL_HOST_HEADER, useTestApp } from './testing/test-app';

// The web app's files are served without the token; everything else needs it.
const headers = LOCAL_HOST_HEADER;

describe('the app serves the built web app', () => {
  const testApp = useTestApp();

  it('serves index.html at the root', async () => {
    const res = await (await testApp()).app.inject({ url: '/', headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(FAKE_INDEX_HTML);
  });

  it.each(['/pipelines', '/pipelines/churn-model/runs?tab=logs', '/a/b/c/'])(
    'falls back to index.html for the page address %s',
    async (url) => {
      const res = await (await testApp()).app.inject({ url, headers });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(FAKE_INDEX_HTML);
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('serves hashed assets with a long cache lifetime', async () => {
    const res = await (await testApp()).app.inject({ url: '/assets/main-abc123.js', headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('console.log');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a missing file instead of handing out index.html', async () => {
    const res = await (await testApp()).app.inject({ url: '/assets/gone-123.js', headers });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('fake pipewright');
  });

  it('answers 404 for a page address with a method other than GET', async () => {
    const res = await (
      await testApp()
    ).app.inject({
      method: 'POST',
      url: '/pipelines',
      headers: AUTH_HEADERS,
    });
    expect(res.statusCode).toBe(404);
  });

  it('asks for the token before answering a method no route has', async () => {
    const res = await (await testApp()).app.inject({ method: 'POST', url: '/pipelines', headers });
    expect(res.statusCode).toBe(401);
  });
});

describe('unknown API routes', () => {
  const testApp = useTestApp();

  it.each([
    ['GET', '/api/nope'],
    ['GET', '/api'],
    ['POST', '/api/nope'],
    ['DELETE', '/api/health'],
  ] as const)('%s %s is a JSON 404, never the web app', async (method, url) => {
    const res = await (await testApp()).app.inject({ method, url, headers: AUTH_HEADERS });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: `No API route ${method} ${url}`,
    });
  });
});

describe('before the web app is built', () => {
  const testApp = useTestApp();

  it('answers page addresses with a 503 page that says to run pnpm build', async () => {
    const res = await (await testApp({ built: false })).app.inject({ url: '/', headers });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('Run <code>pnpm build</code>');
  });

  it('still answers the API', async () => {
    const res = await (
      await testApp({ built: false })
    ).app.inject({
      url: '/api/health',
      headers: AUTH_HEADERS,
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('request bodies', () => {
  const testApp = useTestApp();

  it('refuses a body over 5 MiB with 413', async () => {
    const { app } = await testApp();
    const payload = JSON.stringify({ name: 'big', definition: { x: 'x'.repeat(5 * 1024 * 1024) } });
    const res = await app.inject({
      method: 'POST',
      url: '/api/pipelines',
      headers: { ...AUTH_HEADERS, 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      message: 'The request body is larger than the 5 MiB this server accepts.',
    });
  });
});
