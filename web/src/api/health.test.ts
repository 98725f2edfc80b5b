import { describe, expect, it } from 'vitest';
import { checkServerHealth } from './health';

const answering = (status: number, body: unknown): typeof fetch => {
  return async () => new Response(JSON.stringify(body), { status });
};

describe('checkServerHealth', () => {
  it('is connected when the server says it is ok', async () => {
    expect(await checkServerHealth(answering(200, { status: 'ok' }))).toBe('connected');
  });

  it('asks for the token link when the server refuses this browser', async () => {
    expect(await checkServerHealth(answering(401, { error: 'Unauthorized' }))).toBe('needs-token');
  });

  it('asks the health route of the same origin', async () => {
    const asked: string[] = [];
    await checkServerHealth(async (input) => {
      asked.push(String(input));
      return new Response('{"status":"ok"}');
    });
    expect(asked).toEqual(['/api/health']);
  });

  it.each([
    ['a 503 from a proxy', answering(503, { status: 'ok' })],
    ['a 403 from the host check', answering(403, { error: 'Forbidden' })],
    ['an unexpected body', answering(200, { status: 'starting' })],
    ['a page instead of JSON', async () => new Response('<!doctype html>', { status: 200 })],
    [
      'a refused connection',
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ],
  ] as [string, typeof fetch][])('is unreachable after %s', async (_case, fetchImpl) => {
    expect(await checkServerHealth(fetchImpl)).toBe('unreachable');
  });
});
