import type { Socket } from 'node:net';
import { type ServerMessage, reduceExecution } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { type LiveClient, logEvents, startedEvent, useLiveServer } from './live-test-helpers';

const cap = 256 * 1024;
const chunk = 'x'.repeat(32 * 1024);
const turn = () => new Promise((resolve) => setImmediate(resolve));
const rawSocket = (client: LiveClient) => (client.socket as unknown as { _socket: Socket })._socket;

describe('a slow client', () => {
  const liveServer = useLiveServer();

  it('cannot grow the server buffer past the cap, and resyncs with a snapshot once it reads again', async () => {
    const server = await liveServer({
      limits: { maxBufferedBytes: cap, drainedBytes: cap / 4, drainPollMs: 5 },
    });
    const id = server.createExecution();
    server.append(id, [startedEvent()]);
    const client = await server.connect();
    client.send({ type: 'subscribe', topic: { kind: 'execution', executionId: id }, sinceSeq: 1 });
    await client.next('subscribed');

    // The client stops reading; the kernel buffers fill first, then the server's queue.
    rawSocket(client).pause();
    const stats = () => server.hub.stats()[0] ?? { bufferedBytes: 0, stalled: 0 };
    let peak = 0;
    let batches = 0;
    let stalledAt = 0;
    while (stalledAt === 0 || batches < stalledAt + 50) {
      if (batches > 5000) throw new Error('the subscription never stalled');
      server.append(id, logEvents(2, chunk));
      batches += 1;
      await turn();
      peak = Math.max(peak, stats().bufferedBytes);
      if (stalledAt === 0 && stats().stalled === 1) stalledAt = batches;
    }
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(cap);
    expect(stats().stalled).toBe(1);

    rawSocket(client).resume();
    const received: ServerMessage[] = [];
    for (;;) {
      const message = await client.next();
      received.push(message);
      if (message.type === 'snapshot') break;
    }
    // What was queued before the stall arrives whole and in order; then the snapshot.
    const seqs = received.flatMap((message) =>
      message.type === 'events' ? message.events.map(({ seq }) => seq) : [],
    );
    expect(seqs).toEqual(seqs.map((_, index) => index + 2));
    const snapshot = received.at(-1) as Extract<ServerMessage, { type: 'snapshot' }>;
    const head = server.store.executions.get(id).state;
    expect(snapshot.seq).toBe(head?.lastSeq);
    expect(snapshot.state).toEqual(head);

    // Live again from the snapshot's seq.
    server.append(id, [{ type: 'step-starting', at: head!.startTime, stepName: 'A', attempt: 1 }]);
    const next = await client.next('events');
    expect(next.events.map(({ seq }) => seq)).toEqual([snapshot.seq + 1]);
    const folded = reduceExecution(snapshot.state!, next.events[0]!.event, snapshot.seq + 1);
    expect(folded).toEqual(server.store.executions.get(id).state);
    expect(stats()).toMatchObject({ stalled: 0 });
  });

  it('gets an executions snapshot on the executions topic once it reads again', async () => {
    const server = await liveServer({
      limits: { maxBufferedBytes: cap, drainedBytes: cap / 4, drainPollMs: 5 },
    });
    const client = await server.connect();
    client.send({ type: 'subscribe', topic: { kind: 'executions' } });
    await client.next('executions-snapshot');
    await client.next('subscribed');

    rawSocket(client).pause();
    const stats = () => server.hub.stats()[0] ?? { bufferedBytes: 0, stalled: 0 };
    const ids: string[] = [];
    while (stats().stalled === 0) {
      if (ids.length > 20_000) throw new Error('the subscription never stalled');
      const id = server.createExecution();
      ids.push(id);
      // A big parameter makes each summary big, so the buffers fill in fewer executions.
      server.append(id, [startedEvent(['A'], { Blob: chunk })]);
      await turn();
      expect(stats().bufferedBytes).toBeLessThanOrEqual(cap);
    }

    rawSocket(client).resume();
    let message: ServerMessage;
    do message = await client.next();
    while (message.type === 'execution-status');
    expect(message).toMatchObject({
      type: 'executions-snapshot',
      cursor: server.store.executions.lastGlobalEventId(),
    });
  });
});
