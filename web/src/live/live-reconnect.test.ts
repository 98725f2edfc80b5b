import { describe, expect, it } from 'vitest';
import { createFakeLive } from './testing/fake-live';
import { executionId, runEvents, summaryOf } from './testing/live-fixtures';

describe('reconnecting', () => {
  it('waits longer after each failure, says Offline after four, and resets once welcomed', () => {
    const live = createFakeLive();
    live.client.start();
    live.welcome();

    const delays: number[] = [];
    const statuses: string[] = [];
    for (let failure = 0; failure < 7; failure += 1) {
      live.latest().drop(1006);
      statuses.push(live.client.status);
      delays.push(live.clock.nextDelay() ?? -1);
      live.clock.advance(delays.at(-1)!);
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(statuses).toEqual([
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'offline',
      'offline',
      'offline',
      'offline',
    ]);

    live.welcome();
    expect(live.client.status).toBe('live');
    live.latest().drop(1001);
    expect(live.clock.nextDelay()).toBe(500);
  });

  it('treats a silent socket as dead after two and a half heartbeats', () => {
    const live = createFakeLive();
    live.client.start();
    const socket = live.welcome(1000);

    // Heartbeats keep it open…
    for (let beat = 0; beat < 5; beat += 1) {
      live.clock.advance(1000);
      socket.receive({ type: 'heartbeat' });
    }
    expect(live.sockets).toHaveLength(1);
    // …silence does not.
    live.clock.advance(2400);
    expect(live.client.status).toBe('live');
    live.clock.advance(200);
    expect(live.client.status).toBe('reconnecting');
    expect(socket.closedByClient).toBe(true);
    live.clock.advance(500);
    expect(live.sockets).toHaveLength(2);
  });

  it('gives up on a socket that never says welcome', () => {
    const live = createFakeLive();
    live.client.start();
    live.latest().open();
    live.clock.advance(10_000);
    expect(live.latest().closedByClient).toBe(true);
    expect(live.client.status).toBe('connecting');
  });

  it('tries at once when the tab wakes up instead of waiting out the backoff', () => {
    const live = createFakeLive();
    live.client.start();
    live.welcome();
    for (let failure = 0; failure < 5; failure += 1) {
      live.latest().drop();
      live.clock.advance(live.clock.nextDelay()!);
    }
    live.latest().drop();
    expect(live.clock.nextDelay()).toBe(10_000);

    live.client.wake();
    expect(live.sockets).toHaveLength(7);
  });

  it('pings when the tab wakes up and replaces a socket that does not answer', () => {
    const live = createFakeLive();
    live.client.start();
    const socket = live.welcome();

    live.client.wake();
    expect(socket.sentOf('ping')).toHaveLength(1);
    live.clock.advance(5000);

    expect(live.client.status).toBe('reconnecting');
  });

  it('re-subscribes every followed topic with its cursor after a server restart', () => {
    const live = createFakeLive();
    live.client.start();
    live.client.watchExecutionState(executionId, () => {});
    live.client.watchExecutionSummaries(() => {});
    const first = live.welcome();
    first.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    first.receive({ type: 'events', executionId, events: runEvents(7) });
    first.receive({ type: 'executions-snapshot', cursor: 40, executions: [] });
    first.receive({ type: 'subscribed', topic: { kind: 'executions' }, cursor: 42 });
    live.frames.step();

    first.drop(1001);
    live.clock.advance(500);
    const second = live.welcome();

    expect(second.sentOf('subscribe')).toEqual([
      { type: 'subscribe', topic: { kind: 'execution', executionId }, sinceSeq: 7 },
      { type: 'subscribe', topic: { kind: 'executions' }, sinceSeq: 42 },
    ]);
    // The state is kept while reconnecting: the page does not flash back to "loading".
    expect(live.client.executionState(executionId)?.lastSeq).toBe(7);
  });
});

describe('all executions', () => {
  it('keeps the newest change last and bumps the version on a snapshot', () => {
    const live = createFakeLive();
    let notifications = 0;
    live.client.start();
    live.client.watchExecutionSummaries(() => (notifications += 1));
    const socket = live.welcome();
    expect(socket.sentOf('subscribe')).toEqual([
      { type: 'subscribe', topic: { kind: 'executions' } },
    ]);

    socket.receive({
      type: 'executions-snapshot',
      cursor: 10,
      executions: [summaryOf('aaaaaaaaaaaa', 'Executing'), summaryOf('bbbbbbbbbbbb', 'Executing')],
    });
    socket.receive({
      type: 'execution-status',
      cursor: 11,
      summary: summaryOf('aaaaaaaaaaaa', 'Succeeded'),
    });
    live.frames.step();

    const { summaries, version } = live.client.executionSummaries;
    expect([...summaries.keys()]).toEqual(['bbbbbbbbbbbb', 'aaaaaaaaaaaa']);
    expect(summaries.get('aaaaaaaaaaaa')?.PipelineExecutionStatus).toBe('Succeeded');
    expect(version).toBe(1);
    expect(notifications).toBe(1);
  });

  it('unsubscribes when the last list leaves', () => {
    const live = createFakeLive();
    live.client.start();
    const socket = live.welcome();
    const stopOne = live.client.watchExecutionSummaries(() => {});
    const stopTwo = live.client.watchExecutionSummaries(() => {});
    stopOne();
    expect(socket.sentOf('unsubscribe')).toHaveLength(0);
    stopTwo();
    expect(socket.sentOf('unsubscribe')).toEqual([
      { type: 'unsubscribe', topic: { kind: 'executions' } },
    ]);
  });
});
