import type { ServerMessage } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { type LiveClient, logEvents, startedEvent, useLiveServer } from './live-test-helpers';

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Reads `client` until it has been sent event `seq`; returns the events messages. */
async function eventsThrough(client: LiveClient, seq: number) {
  const messages: ServerMessage[] = [];
  for (;;) {
    const message = await client.next();
    if (message.type !== 'events') continue;
    messages.push(message);
    if ((message.events.at(-1)?.seq ?? 0) >= seq) return messages;
  }
}

describe('many watchers of busy executions', () => {
  const liveServer = useLiveServer();

  it('get the same events of their own execution, in order, as text frames', async () => {
    // Small messages: each burst below is split into several.
    const server = await liveServer({ limits: { eventsMessageBytes: 2048 } });
    const busy = server.createExecution();
    const other = server.createExecution();
    for (const id of [busy, other]) server.append(id, [startedEvent()]);
    const watchers = await Promise.all([1, 2, 3].map(() => server.connect()));
    const otherWatcher = await server.connect();
    const binaryFrames: boolean[] = [];
    for (const client of [...watchers, otherWatcher]) {
      client.socket.on('message', (_data, isBinary) => binaryFrames.push(isBinary));
    }
    const subscribe = (client: LiveClient, executionId: string) => {
      client.send({ type: 'subscribe', topic: { kind: 'execution', executionId }, sinceSeq: 1 });
      return client.next('subscribed');
    };
    for (const client of watchers) await subscribe(client, busy);
    await subscribe(otherWatcher, other);

    for (let burst = 0; burst < 4; burst += 1) {
      // Several commits in one turn of the loop, to both executions: one flush of the hub.
      for (let commit = 0; commit < 5; commit += 1) {
        server.append(busy, logEvents(2, `busy ${burst}.${commit} ${'x'.repeat(500)}\n`));
        server.append(other, logEvents(1, `other ${burst}.${commit}\n`));
      }
      await turn();
    }

    const busyHead = server.store.executions.get(busy).state?.lastSeq ?? 0;
    const received = await Promise.all(watchers.map((client) => eventsThrough(client, busyHead)));
    const seqs = received[0]!.flatMap((message) =>
      message.type === 'events' ? message.events.map(({ seq }) => seq) : [],
    );
    expect(seqs).toEqual(Array.from({ length: busyHead - 1 }, (_, index) => index + 2));
    expect(received[0]!.length).toBeGreaterThan(4);
    expect(received[1]).toEqual(received[0]);
    expect(received[2]).toEqual(received[0]);

    const otherHead = server.store.executions.get(other).state?.lastSeq ?? 0;
    const otherTexts = (await eventsThrough(otherWatcher, otherHead)).flatMap((message) =>
      message.type === 'events'
        ? message.events.map(({ event }) => (event.type === 'log' ? event.text : event.type))
        : [],
    );
    expect(otherTexts).toHaveLength(20);
    expect(otherTexts.every((text) => text.startsWith('other '))).toBe(true);
    // A browser gets a text frame as a string; a binary one would arrive as a Blob.
    expect(binaryFrames).not.toContain(true);
  });
});
