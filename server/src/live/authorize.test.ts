import type { IncomingMessage } from 'node:http';
import { PROTOCOL_VERSION } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { checkUpgradeRequest } from '../security/upgrade-check';
import { LiveClient, useLiveServer } from './live-test-helpers';

/** Opens a socket expecting a refusal; resolves with the HTTP status and body. */
function refusal(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => reject(new Error('the upgrade was accepted')));
    socket.once('unexpected-response', (request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body });
        request.destroy();
      });
    });
    socket.once('error', () => undefined);
  });
}

async function welcomed(url: string, headers: Record<string, string> = {}) {
  const client = await LiveClient.open(url, { headers });
  client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
  const welcome = await client.next('welcome');
  client.terminate();
  return welcome;
}

describe('authorizing the upgrade', () => {
  const liveServer = useLiveServer();

  it('asks the hook before any socket opens, and answers a refusal with its reason', async () => {
    const seen: string[] = [];
    const server = await liveServer({
      authorize: () => (request: IncomingMessage) => {
        seen.push(request.url ?? '');
        return request.headers['x-pass'] === 'yes' || 'Show your pass.';
      },
    });
    const refused = await refusal(server.url);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({ message: 'Show your pass.' });
    expect(server.hub.stats()).toEqual([]);

    expect(await welcomed(server.url, { 'x-pass': 'yes' })).toMatchObject({ type: 'welcome' });
    expect(seen).toEqual(['/api/live', '/api/live']);
  });

  it('answers 403 when the hook gives that status', async () => {
    const server = await liveServer({
      authorize: () => () => ({ ok: false, statusCode: 403, message: 'Not from there.' }),
    });
    expect(await refusal(server.url)).toMatchObject({ status: 403 });
  });

  describe('with the server upgrade check (host, origin and token)', () => {
    const token = 'live-test-token-0123456789';
    const useServer = () =>
      liveServer({
        authorize: (port) => (request) =>
          checkUpgradeRequest(request, { token, host: '127.0.0.1', port }),
      });

    it('refuses an upgrade without the token', async () => {
      const server = await useServer();
      expect(await refusal(server.url)).toMatchObject({ status: 401 });
    });

    it('refuses a page of another site even with the token', async () => {
      const server = await useServer();
      const refused = await refusal(`${server.url}?token=${token}`, {
        origin: 'http://evil.example',
      });
      expect(refused.status).toBe(403);
    });

    it('accepts the token as a query parameter or a bearer header', async () => {
      const server = await useServer();
      const origin = `http://127.0.0.1:${server.port}`;
      expect(await welcomed(`${server.url}?token=${token}`, { origin })).toMatchObject({
        type: 'welcome',
      });
      expect(await welcomed(server.url, { authorization: `Bearer ${token}` })).toMatchObject({
        type: 'welcome',
      });
    });
  });
});
