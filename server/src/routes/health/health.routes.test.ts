import { describe, expect, it } from 'vitest';
import { LOCAL_HOST_HEADER, useTestApp } from '../../testing/test-app';

describe('GET /api/health', () => {
  const testApp = useTestApp();

  it('says the server is ok', async () => {
    const res = await testApp().inject({ url: '/api/health', headers: LOCAL_HOST_HEADER });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});
