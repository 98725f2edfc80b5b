import { describe, expect, it } from 'vitest';
import { checkUpgradeRequest } from './upgrade-check';

const token = 'upgrade-token-0123456789';
const settings = { token, host: '127.0.0.1', port: 4310 };
const base = { host: '127.0.0.1:4310', upgrade: 'websocket', connection: 'Upgrade' };

describe('checkUpgradeRequest', () => {
  it.each([
    [
      'the cookie from its own page',
      { ...base, origin: 'http://127.0.0.1:4310', cookie: `pipewright-token-4310=${token}` },
      '/api/live',
      true,
    ],
    [
      'a Bearer header from a script',
      { ...base, authorization: `Bearer ${token}` },
      '/api/live',
      true,
    ],
    ['the token in the query', base, `/api/live?token=${token}`, true],
  ])('accepts %s', (_label, headers, url, ok) => {
    expect(checkUpgradeRequest({ headers, url }, settings)).toEqual({ ok });
  });

  it.each([
    ['no token', base, '/api/live', 401],
    ['a wrong token', { ...base, authorization: 'Bearer nope' }, '/api/live', 401],
    [
      'a foreign Origin with the right cookie',
      { ...base, origin: 'http://evil.example', cookie: `pipewright-token-4310=${token}` },
      '/api/live',
      403,
    ],
    [
      'a malformed Origin',
      { ...base, origin: 'http://[', authorization: `Bearer ${token}` },
      '/api/live',
      403,
    ],
    [
      'a rebound Host',
      { ...base, host: 'rebind.evil.example:4310', authorization: `Bearer ${token}` },
      '/api/live',
      403,
    ],
    ['no Host', { upgrade: 'websocket', authorization: `Bearer ${token}` }, '/api/live', 403],
  ])('refuses %s', (_label, headers, url, statusCode) => {
    expect(checkUpgradeRequest({ headers, url }, settings)).toMatchObject({
      ok: false,
      statusCode,
    });
  });
});
