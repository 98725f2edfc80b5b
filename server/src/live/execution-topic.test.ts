import { type ExecutionState, type ServerMessage, reduceExecution } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { type LiveClient, logEvents, startedEvent, useLiveServer } from './live-test-helpers';

/** Folds what a client received, as the browser would; checks each event follows the last. */
function applyMessages(messages: readonly ServerMessage[], from?: ExecutionState | null) {
  let state = from ?? undefined;
  const seqs: number[] = [];
  for (const message of messages) {
    if (message.type === 'snapshot') state = message.state ?? undefined;
    if (message.type !== 'events') continue;
    for (const { seq, event } of message.events) {
      seqs.push(seq);
      state = reduceExecution(state, event, seq);
    }
  }
  return { state, seqs };
}

/** Reads until the client has been sent event `seq`. */
async function readThrough(client: LiveClient, seq: number): Promise<ServerMessage[]> {
  const messages: ServerMessage[] = [];
  for (;;) {
    const message = await client.next();
    messages.push(message);
    const last = message.type === 'events' ? message.events.at(-1)?.seq : undefined;
    if ((last ?? (message.type === 'snapshot' ? message.seq : -1)) >= seq) return messages;
  }
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('following one execution', () => {
  const liveServer = useLiveServer();

  it('replays what the client missed, then streams live, with no gap and no duplicate while events keep coming', async () => {
    // Small replay pages: the replay takes many turns of the loop, and the appender below
    // commits and publishes on each of them.
    const server = await liveServer({ limits: { replayPageSize: 7 } });
    const id = server.createExecution();
    server.append(id, [startedEvent()]);
    for (let i = 0; i < 10; i += 1) server.append(id, logEvents(5));
    const client = await server.connect();

    client.send({ type: 'subscribe', topic: { kind: 'execution', executionId: id }, sinceSeq: 0 });
    let appended = 0;
    while (!client.received.some((message) => message.type === 'subscribed') || appended < 40) {
      server.append(id, logEvents(1 + (appended % 3)));
      appended += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const head = server.store.executions.get(id).state?.lastSeq ?? 0;
    const messages = await readThrough(client, head);

    const { state, seqs } = applyMessages(messages);
    expect(seqs).toEqual(range(1, head));
    expect(state).toEqual(server.store.executions.get(id).state);
    const subscribedAt = messages.findIndex((message) => message.type === 'subscribed');
    expect(messages.slice(subscribedAt + 1).some((message) => message.type === 'events')).toBe(
      true,
    );
  });

  it('resumes from a sinceSeq in the middle, then streams what comes next', async () => {
    const server = await liveServer();
    const id = server.createExecution();
    server.append(id, [startedEvent(), ...logEvents(19)]);
    const client = await server.connect();

    client.send({ type: 'subscribe', topic: { kind: 'execution', executionId: id }, sinceSeq: 12 });
    const replay = await client.next('events');
    expect(replay.events.map(({ seq }) => seq)).toEqual(range(13, 20));
    expect(await client.next('subscribed')).toMatchObject({ cursor: 20 });

    server.append(id, logEvents(2, 'more\n'));
    const live = await client.next('events');
    expect(live.events).toEqual([
      { seq: 21, event: expect.objectContaining({ text: 'more\n' }) },
      { seq: 22, event: expect.objectContaining({ text: 'more\n' }) },
    ]);
  });

  it('sends nothing to replay when the client is up to date, and streams from there', async () => {
    const server = await liveServer();
    const id = server.createExecution();
    server.append(id, [startedEvent(), ...logEvents(4)]);
    const client = await server.connect();

    client.send({ type: 'subscribe', topic: { kind: 'execution', executionId: id }, sinceSeq: 5 });
    expect(await client.next('subscribed')).toMatchObject({ cursor: 5 });
    server.append(id, logEvents(1));
    expect((await client.next('events')).events.map(({ seq }) => seq)).toEqual([6]);
  });

  it('starts a client with no cursor from a snapshot of the current state', async () => {
    const server = await liveServer();
    const id = server.createExecution();
    server.append(id, [startedEvent(['A', 'B']), ...logEvents(3)]);
    const client = await server.connect();

    client.send({ type: 'subscribe', topic: { kind: 'execution', executionId: id } });
    const snapshot = await client.next('snapshot');
    expect(snapshot).toEqual({
      type: 'snapshot',
      executionId: id,
      seq: 4,
      state: server.store.executions.get(id).state,
    });
    expect(await client.next('subscribed')).toMatchObject({ cursor: 4 });
  });

  it('follows an execution from before its first event', async () => {
    const server = await liveServer();
    const id = server.createExecution();
    const fresh = await server.connect();
    const resuming = await server.connect();

    fresh.send({ type: 'subscribe', topic: { kind: 'execution', executionId: id } });
    expect(await fresh.next('snapshot')).toMatchObject({ seq: 0, state: null });
    expect(await fresh.next('subscribed')).toMatchObject({ cursor: 0 });
    resuming.send({
      type: 'subscribe',
      topic: { kind: 'execution', executionId: id },
      sinceSeq: 0,
    });
    expect(await resuming.next('subscribed')).toMatchObject({ cursor: 0 });
    server.append(id, [startedEvent()]);
    for (const client of [fresh, resuming]) {
      expect((await client.next('events')).events.map(({ seq }) => seq)).toEqual([1]);
    }
  });

  it('resyncs with a snapshot when the store has events the bus never carried', async () => {
    const server = await liveServer();
    const id = server.createExecution();
    server.append(id, [startedEvent()]);
    const client = await server.connect();
    client.send({ type: 'subscribe', topic: { kind: 'execution', executionId: id }, sinceSeq: 1 });
    await client.next('subscribed');

    // Another process (`pipewright run` on the same data dir) commits without our bus.
    server.store.executions.appendEvents(id, logEvents(2));
    server.append(id, logEvents(1));
    const snapshot = await client.next('snapshot');
    expect(snapshot.seq).toBe(4);
    expect(snapshot.state).toEqual(server.store.executions.get(id).state);
    server.append(id, logEvents(1));
    expect((await client.next('events')).events.map(({ seq }) => seq)).toEqual([5]);
  });

  it.each([
    ['further behind than the replay limit', 5],
    ['ahead of the store (a cursor from another database)', 999],
  ])('sends a snapshot, then live, to a client %s', async (_case, sinceSeq) => {
    const server = await liveServer({ limits: { replayLimit: 10 } });
    const id = server.createExecution();
    server.append(id, [startedEvent(), ...logEvents(29)]);
    const client = await server.connect();

    client.send({ type: 'subscribe', topic: { kind: 'execution', executionId: id }, sinceSeq });
    const snapshot = await client.next('snapshot');
    expect(snapshot.seq).toBe(30);
    expect(snapshot.state).toEqual(server.store.executions.get(id).state);
    await client.next('subscribed');
    server.append(id, logEvents(1));
    expect((await client.next('events')).events.map(({ seq }) => seq)).toEqual([31]);
  });

  it('answers not-found for an unknown execution and keeps the socket open', async () => {
    const server = await liveServer();
    const client = await server.connect();

    const topic = { kind: 'execution', executionId: 'zzzzzzzzzzzz' } as const;
    client.send({ type: 'subscribe', topic, sinceSeq: 0 });
    expect(await client.next('error')).toMatchObject({
      code: 'not-found',
      path: '/topic/executionId',
      topic,
      message: expect.stringContaining('zzzzzzzzzzzz'),
    });
    expect(await client.drain()).toEqual([]);
  });

  it('stops streaming after unsubscribe, and only for that socket', async () => {
    const server = await liveServer();
    const id = server.createExecution();
    server.append(id, [startedEvent()]);
    const leaving = await server.connect();
    const staying = await server.connect();
    const topic = { kind: 'execution', executionId: id } as const;
    for (const client of [leaving, staying]) {
      client.send({ type: 'subscribe', topic, sinceSeq: 1 });
      await client.next('subscribed');
    }

    leaving.send({ type: 'unsubscribe', topic });
    await leaving.drain();
    server.append(id, logEvents(1));
    expect((await staying.next('events')).events.map(({ seq }) => seq)).toEqual([2]);
    expect(await leaving.drain()).toEqual([]);
  });

  it('keeps streaming to other sockets when one closes', async () => {
    const server = await liveServer();
    const id = server.createExecution();
    server.append(id, [startedEvent()]);
    const closing = await server.connect();
    const staying = await server.connect();
    const topic = { kind: 'execution', executionId: id } as const;
    for (const client of [closing, staying]) {
      client.send({ type: 'subscribe', topic, sinceSeq: 1 });
      await client.next('subscribed');
    }

    closing.socket.close();
    await closing.waitForClose();
    server.append(id, logEvents(1));
    expect((await staying.next('events')).events.map(({ seq }) => seq)).toEqual([2]);
    expect(server.hub.stats()).toEqual([{ bufferedBytes: 0, subscriptions: 1, stalled: 0 }]);
  });
});
