import { describe, expect, it } from 'vitest';
import { useLiveServer } from './live-test-helpers';

describe('heartbeats', () => {
  const liveServer = useLiveServer();

  it('pings every socket and sends a heartbeat message the browser can watch', async () => {
    // A period a busy machine can answer in: a missed pong drops the socket (the next test).
    const server = await liveServer({ limits: { heartbeatMs: 250 } });
    const client = await server.connect();
    const pinged = new Promise((resolve) => client.socket.once('ping', resolve));
    expect(await client.next('heartbeat')).toEqual({ type: 'heartbeat' });
    await pinged;
    // The client answers pings, so it stays connected through many periods.
    for (let beats = 0; beats < 5; beats += 1) await client.next('heartbeat');
    expect(client.closed).toBeUndefined();
  });

  it('drops a socket that stops answering pings', async () => {
    const server = await liveServer({ limits: { heartbeatMs: 20 } });
    const client = await server.connect({ hello: false, autoPong: false });
    expect((await client.waitForClose()).code).toBe(1006);
  });
});
