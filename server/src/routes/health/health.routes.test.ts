import { describe, expect, it } from 'vitest';
import { AUTH_HEADERS, useTestApp } from '../../testing/test-app';

describe('GET /api/health', () => {
  const testApp = useTestApp();

  it('says the server is ok', async () => {
    const res = await (await testApp()).app.inject({ url: '/api/health', headers: AUTH_HEADERS });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});
