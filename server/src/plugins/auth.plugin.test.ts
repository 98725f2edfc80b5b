import { describe, expect, it } from 'vitest';
import { collectRoutes, sampleUrl } from '../testing/route-list';
import { AUTH_HEADERS, LOCAL_HOST_HEADER, TEST_TOKEN, useTestApp } from '../testing/test-app';
import { withoutToken } from './auth.plugin';

const COOKIE = `pipewright-token-4310=${TEST_TOKEN}`;

describe('every route needs the token', () => {
  const testApp = useTestApp();

  it('answers 401 to every registered route without it (the web app files excepted)', async () => {
    const { app } = await testApp();
    const routes = collectRoutes(app);
    await app.ready();
    expect(routes.length).toBeGreaterThan(20);
    const publicRoutes = routes.filter((route) => route.isPublic());
    expect(publicRoutes.map((r) => `${r.method} ${r.url}`).sort()).toEqual(['GET /*', 'HEAD /*']);

    for (const route of routes.filter((candidate) => !candidate.isPublic())) {
      const res = await app.inject({
        method: route.method as 'GET',
        url: sampleUrl(route.url),
        headers: LOCAL_HOST_HEADER,
      });
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
      expect(res.headers['www-authenticate']).toBe('Bearer realm="pipewright"');
    }
  });

  it('answers 403 to a foreign Origin on every change and every upgrade, token or not', async () => {
    const { app } = await testApp();
    const routes = collectRoutes(app);
    await app.ready();
    for (const route of routes) {
      const isRead = route.method === 'GET' || route.method === 'HEAD';
      const res = await app.inject({
        method: route.method as 'GET',
        url: sampleUrl(route.url),
        headers: {
          ...AUTH_HEADERS,
          origin: 'http://evil.example',
          ...(isRead && { connection: 'upgrade', upgrade: 'websocket' }),
        },
      });
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 403,
      });
    }
  });
});

describe('ways to hold the token', () => {
  const testApp = useTestApp();

  it.each([
    ['the Authorization header', 200, { authorization: `Bearer ${TEST_TOKEN}` }],
    ['the header, scheme in lowercase', 200, { authorization: `bearer ${TEST_TOKEN}` }],
    ['the cookie', 200, { cookie: `theme=dark; ${COOKIE}` }],
    ['a wrong token', 401, { authorization: `Bearer ${TEST_TOKEN}x` }],
    ['a token prefix', 401, { authorization: `Bearer ${TEST_TOKEN.slice(0, 10)}` }],
    ['another scheme', 401, { authorization: `Basic ${TEST_TOKEN}` }],
    ['the cookie of another port', 401, { cookie: `pipewright-token-4311=${TEST_TOKEN}` }],
    ['nothing', 401, {}],
  ])('%s → %i', async (_label, status, credential) => {
    const { app } = await testApp();
    const res = await app.inject({
      url: '/api/health',
      headers: { ...LOCAL_HOST_HEADER, ...credential },
    });
    expect(res.statusCode).toBe(status);
    if (status === 401) {
      expect(res.json()).toMatchObject({
        statusCode: 401,
        message: expect.stringMatching(/token/),
      });
    }
  });

  it('trades a ?token= link for an HttpOnly, SameSite=Strict cookie and a clean address', async () => {
    const { app } = await testApp();
    const res = await app.inject({ url: `/?token=${TEST_TOKEN}`, headers: LOCAL_HOST_HEADER });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    expect(res.headers['set-cookie']).toBe(`${COOKIE}; Path=/; HttpOnly; SameSite=Strict`);

    const deep = await app.inject({
      url: `/api/executions?status=Failed&token=${TEST_TOKEN}&limit=5`,
      headers: LOCAL_HOST_HEADER,
    });
    expect(deep.statusCode).toBe(302);
    expect(deep.headers.location).toBe('/api/executions?status=Failed&limit=5');
    const followed = await app.inject({
      url: deep.headers.location,
      headers: { ...LOCAL_HOST_HEADER, cookie: COOKIE },
    });
    expect(followed.statusCode).toBe(200);
  });

  it('refuses a wrong ?token= link, and ignores a ?token= on a change', async () => {
    const { app } = await testApp();
    const wrong = await app.inject({ url: '/?token=guess', headers: LOCAL_HOST_HEADER });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const post = await app.inject({
      method: 'POST',
      url: `/api/pipelines?token=${TEST_TOKEN}`,
      headers: LOCAL_HOST_HEADER,
      payload: {},
    });
    expect(post.statusCode).toBe(401);
  });

  it('serves the web app files without the token', async () => {
    const { app } = await testApp();
    for (const url of ['/', '/assets/main-abc123.js', '/pipelines/churn']) {
      const res = await app.inject({ url, headers: LOCAL_HOST_HEADER });
      expect(res.statusCode).toBe(200);
    }
  });
});

describe('withoutToken', () => {
  it.each([
    ['/?token=abc', '/'],
    ['/runs?tab=logs&token=abc', '/runs?tab=logs'],
    ['/runs?token=abc&token=def&x=1', '/runs?x=1'],
    ['//evil.example/?token=abc', '/evil.example/'],
    ['/\\evil.example?token=abc', '/evil.example'],
  ])('%s → %s', (url, location) => {
    expect(withoutToken(url)).toBe(location);
  });
});
