import { describe, expect, it } from 'vitest';
import { processingPipeline } from '../testing/pipeline-fixtures';
import { AUTH_HEADERS, useTestApp } from '../testing/test-app';
import { isSameOrigin, needsOriginCheck } from './origin-check.plugin';

describe('isSameOrigin', () => {
  it.each([
    [undefined, '127.0.0.1:4310', true],
    ['http://127.0.0.1:4310', '127.0.0.1:4310', true],
    ['http://localhost:4310', 'localhost:4310', true],
    ['http://LOCALHOST:4310', 'localhost:4310', true],
    ['http://[::1]:4310', '[::1]:4310', true],
    ['http://localhost', 'localhost:80', true],
    ['https://studio.lan', 'studio.lan', true],
    ['http://localhost:4310', '127.0.0.1:4310', false],
    ['http://localhost:5173', 'localhost:4310', false],
    ['http://evil.example', '127.0.0.1:4310', false],
    ['http://127.0.0.1:4310.evil.example', '127.0.0.1:4310', false],
    ['http://127.0.0.1:4310/path', '127.0.0.1:4310', false],
    ['http://user@127.0.0.1:4310', '127.0.0.1:4310', false],
    ['null', '127.0.0.1:4310', false],
    ['file://', '127.0.0.1:4310', false],
    ['ws://127.0.0.1:4310', '127.0.0.1:4310', false],
    ['', '127.0.0.1:4310', false],
    ['http://[::1', '127.0.0.1:4310', false],
    ['http://%00', '127.0.0.1:4310', false],
    ['http://127.0.0.1:4310', undefined, false],
    ['http://127.0.0.1:4310', '[bad', false],
  ])('Origin %j for Host %j is same-origin: %s', (origin, host, same) => {
    expect(isSameOrigin(origin, host)).toBe(same);
  });
});

describe('needsOriginCheck', () => {
  it.each([
    ['GET', {}, false],
    ['HEAD', {}, false],
    ['get', {}, false],
    ['POST', {}, true],
    ['PUT', {}, true],
    ['PATCH', {}, true],
    ['DELETE', {}, true],
    ['OPTIONS', {}, true],
    ['PROPFIND', {}, true],
    ['GET', { upgrade: 'websocket' }, true],
    ['GET', { upgrade: 'WebSocket' }, true],
  ])('%s with %j is checked: %s', (method, headers, checked) => {
    expect(needsOriginCheck(method, { headers })).toBe(checked);
  });
});

describe('the Origin check on requests', () => {
  const testApp = useTestApp();
  const definition = processingPipeline(['true']);

  it('refuses a change from another site, even with the token, and keeps nothing of it', async () => {
    const { app } = await testApp();
    const res = await app.inject({
      method: 'POST',
      url: '/api/pipelines',
      headers: { ...AUTH_HEADERS, origin: 'http://localhost:5173' },
      payload: { name: 'p', definition },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message:
        "Requests from another site (Origin 'http://localhost:5173') cannot change anything here.",
    });
    const list = await app.inject({ url: '/api/pipelines', headers: AUTH_HEADERS });
    expect(list.json()).toEqual({ items: [] });
  });

  it('accepts a change from its own page and from clients that send no Origin', async () => {
    const { app } = await testApp();
    for (const [name, origin] of [
      ['a', 'http://127.0.0.1:4310'],
      ['b', undefined],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/pipelines',
        headers: { ...AUTH_HEADERS, ...(origin && { origin }) },
        payload: { name, definition },
      });
      expect(res.statusCode).toBe(201);
    }
  });

  it('lets another site read nothing new: a GET with a foreign Origin still needs the token', async () => {
    const { app } = await testApp();
    const res = await app.inject({
      url: '/api/pipelines',
      headers: { host: '127.0.0.1:4310', origin: 'http://evil.example' },
    });
    expect(res.statusCode).toBe(401);
  });
});
