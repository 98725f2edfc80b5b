import { PROTOCOL_VERSION } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { LOCAL_HOST_HEADER, TEST_TOKEN, useTestApp } from '../testing/test-app';
import { LiveClient } from './live-test-helpers';

/** The status an upgrade is refused with. */
function refusedWith(url: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => reject(new Error('the upgrade was accepted')));
    socket.once('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    socket.once('error', () => undefined);
  });
}

describe('the app serves the live endpoint', () => {
  const testApp = useTestApp();

  it('at /api/live, behind the token, with the app services', async () => {
    const { app } = await testApp();
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/live`;
    // The test config's address, as a browser on it would send.
    const host = LOCAL_HOST_HEADER.host;

    expect(await refusedWith(url, { host })).toBe(401);
    expect(await refusedWith(url, { host, origin: 'http://evil.example' })).toBe(403);
    // An upgrade anywhere else is closed at once.
    const elsewhere = await LiveClient.open(url.replace('/live', '/nowhere'), {
      headers: { host, authorization: `Bearer ${TEST_TOKEN}` },
    });
    await elsewhere.waitForClose();
    // Refused upgrades leave no socket behind: closing the app after this test would hang.

    const client = await LiveClient.open(`${url}?token=${TEST_TOKEN}`, { headers: { host } });
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    expect(await client.next('welcome')).toMatchObject({ protocolVersion: PROTOCOL_VERSION });
    client.send({ type: 'subscribe', topic: { kind: 'executions' } });
    expect(await client.next('executions-snapshot')).toMatchObject({ executions: [] });
    client.terminate();
  });
});
