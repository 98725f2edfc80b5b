import { describe, expect, it } from 'vitest';
import { AUTH_HEADERS, useTestApp } from '../testing/test-app';

describe('the error handler', () => {
  const testApp = useTestApp();

  it('hides the details of a server fault', async () => {
    const { app } = await testApp();
    app.get('/api/broken', async () => {
      throw new Error('secret connection string in /home/me/.env');
    });
    const res = await app.inject({ url: '/api/broken', headers: AUTH_HEADERS });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'The server hit an unexpected error; the details are in its log.',
    });
  });

  it('passes on the message of a client error', async () => {
    const { app } = await testApp();
    app.post('/api/echo', { schema: { body: { type: 'object', required: ['name'] } } }, () => 'ok');
    const res = await app.inject({
      method: 'POST',
      url: '/api/echo',
      headers: AUTH_HEADERS,
      payload: {},
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.json<{ message: string }>().message).toContain('name');
  });
});
