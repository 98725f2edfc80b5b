import { describe, expect, it } from 'vitest';
import { TEST_TOKEN, useTestApp } from '../testing/test-app';
import { isAllowedHost } from './host-check.plugin';

const loopback = { host: '127.0.0.1', port: 4310 };

describe('isAllowedHost', () => {
  it.each([
    ['127.0.0.1:4310', loopback, true],
    ['localhost:4310', loopback, true],
    ['LOCALHOST:4310', loopback, true],
    ['[::1]:4310', loopback, true],
    ['localhost:4311', loopback, false],
    ['localhost', loopback, false],
    ['evil.example:4310', loopback, false],
    ['localhost.evil.example:4310', loopback, false],
    ['127.0.0.1.nip.io:4310', loopback, false],
    ['192.168.1.20:4310', loopback, false],
    ['localhost:4310@evil.example', loopback, false],
    ['', loopback, false],
    [undefined, loopback, false],
    ['localhost', { host: '127.0.0.1', port: 80 }, true],
    ['studio.lan:4310', { host: 'studio.lan', port: 4310 }, true],
    ['[::1]:4310', { host: '::1', port: 4310 }, true],
    ['192.168.1.20:4310', { host: '0.0.0.0', port: 4310 }, true],
    ['[fe80::1]:4310', { host: '::', port: 4310 }, true],
    ['evil.example:4310', { host: '0.0.0.0', port: 4310 }, false],
  ])('Host %j with the server bound to %j is allowed: %s', (header, bound, allowed) => {
    expect(isAllowedHost(header, bound)).toBe(allowed);
  });
});

describe('the host check on requests', () => {
  const testApp = useTestApp();

  it('rejects a request addressed to a foreign host name with 403', async () => {
    const res = await (
      await testApp()
    ).app.inject({
      url: '/api/health',
      headers: { host: 'rebind.evil.example:4310' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message:
        "Host 'rebind.evil.example:4310' is not allowed. Open http://127.0.0.1:4310/ instead.",
    });
  });

  it('rejects the web app too, not only the API', async () => {
    const res = await (
      await testApp()
    ).app.inject({ url: '/', headers: { host: 'evil.example:4310' } });
    expect(res.statusCode).toBe(403);
  });

  it('answers a request addressed to localhost', async () => {
    const res = await (
      await testApp()
    ).app.inject({
      url: '/api/health',
      headers: { host: 'localhost:4310', authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
  });
});
