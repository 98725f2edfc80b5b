import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTH_HEADERS, useTestApp } from '../../testing/test-app';

const serverPackage = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
) as { name: string; version: string };

describe('GET /api/version', () => {
  const testApp = useTestApp();

  it('names the server package and its version', async () => {
    const res = await (await testApp()).app.inject({ url: '/api/version', headers: AUTH_HEADERS });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ name: '@pipewright/server', version: serverPackage.version });
    expect(serverPackage.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
