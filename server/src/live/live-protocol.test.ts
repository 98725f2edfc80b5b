import { LiveCloseCode, PROTOCOL_VERSION } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { startedEvent, useLiveServer } from './live-test-helpers';

describe('the live protocol handshake and frames', () => {
  const liveServer = useLiveServer();

  it('welcomes a client that speaks its version', async () => {
    const server = await liveServer({ limits: { heartbeatMs: 15_000 } });
    const client = await server.connect({ hello: false });
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    expect(await client.next('welcome')).toEqual({
      type: 'welcome',
      protocolVersion: PROTOCOL_VERSION,
      serverVersion: 'test',
      heartbeatIntervalMs: 15_000,
    });
  });

  it.each([2, 99])(
    'answers incompatible to protocol version %i, then closes',
    async (protocolVersion) => {
      const server = await liveServer();
      const client = await server.connect({ hello: false });
      client.send({ type: 'hello', protocolVersion });
      expect(await client.next('incompatible')).toEqual({
        type: 'incompatible',
        protocolVersion,
        supported: [PROTOCOL_VERSION],
        reason: expect.stringContaining('newer than this server'),
      });
      expect((await client.waitForClose()).code).toBe(LiveCloseCode.incompatible);
    },
  );

  it('asks for hello before a subscription, and serves it after', async () => {
    const server = await liveServer();
    const id = server.createExecution();
    server.append(id, [startedEvent()]);
    const client = await server.connect({ hello: false });
    const subscribe = { type: 'subscribe', topic: { kind: 'execution', executionId: id } };

    client.send(subscribe);
    expect(await client.next('error')).toMatchObject({ code: 'hello-required' });
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await client.next('welcome');
    client.send(subscribe);
    expect(await client.next('snapshot')).toMatchObject({ executionId: id, seq: 1 });
  });

  it('refuses a second hello without closing', async () => {
    const server = await liveServer();
    const client = await server.connect();
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    expect(await client.next('error')).toMatchObject({ code: 'duplicate-hello' });
    expect(await client.drain()).toEqual([]);
  });

  it.each([
    ['not JSON', '{type: hello}', { code: 'not-json' }],
    ['a JSON value that is not an object', '42', { code: 'invalid-message', path: '' }],
    ['an unknown type', '{"type":"shout"}', { code: 'unknown-type', path: '/type' }],
    [
      'a message of the wrong shape',
      '{"type":"subscribe","topic":{"kind":"execution"}}',
      { code: 'invalid-message', path: '/topic/executionId' },
    ],
    [
      'a ping with a numeric id',
      '{"type":"ping","id":7}',
      { code: 'invalid-message', path: '/id' },
    ],
  ])('answers %s with an error and keeps the socket open', async (_case, frame, error) => {
    const server = await liveServer();
    const client = await server.connect();
    client.send(frame);
    expect(await client.next('error')).toMatchObject(error);
    expect(await client.drain()).toEqual([]);
    expect(client.closed).toBeUndefined();
  });

  it('answers a binary frame with an error and keeps the socket open', async () => {
    const server = await liveServer();
    const client = await server.connect();
    client.socket.send(Buffer.from('{"type":"ping"}'), { binary: true });
    expect(await client.next('error')).toMatchObject({ code: 'invalid-message' });
    expect(await client.drain()).toEqual([]);
  });

  it('answers ping with pong, echoing the id', async () => {
    const server = await liveServer();
    const client = await server.connect({ hello: false });
    client.send({ type: 'ping', id: 'abc' });
    expect(await client.next('pong')).toEqual({ type: 'pong', id: 'abc' });
    client.send({ type: 'ping' });
    expect(await client.next('pong')).toEqual({ type: 'pong' });
  });

  it('limits the subscriptions of one socket', async () => {
    const server = await liveServer({ limits: { maxSubscriptions: 1 } });
    const client = await server.connect();
    client.send({ type: 'subscribe', topic: { kind: 'executions' } });
    await client.next('executions-snapshot');
    await client.next('subscribed');
    const executionId = server.createExecution();
    const topic = { kind: 'execution', executionId };
    client.send({ type: 'subscribe', topic });
    expect(await client.next('error')).toMatchObject({ code: 'too-many-subscriptions', topic });
    // Subscribing again to a topic it holds replaces it rather than counting twice.
    client.send({ type: 'subscribe', topic: { kind: 'executions' } });
    const snapshot = await client.next('executions-snapshot');
    expect(snapshot.executions.map((summary) => summary.PipelineExecutionId)).toEqual([
      executionId,
    ]);
  });

  it('answers a plain HTTP request with 426 Upgrade Required', async () => {
    const server = await liveServer();
    const response = await server.app.inject({ url: '/api/live' });
    expect(response.statusCode).toBe(426);
    expect(response.json()).toMatchObject({ message: expect.stringContaining('WebSocket') });
  });

  it('says going-away to its sockets when the server shuts down', async () => {
    const server = await liveServer();
    const client = await server.connect();
    await server.app.close();
    expect((await client.waitForClose()).code).toBe(1001);
  });
});
