import { describe, expect, it, vi } from 'vitest';
import { createFakeLive } from './testing/fake-live';
import { executionId, runEvents } from './testing/live-fixtures';

const topic = { kind: 'execution', executionId } as const;

describe('connecting', () => {
  it('says hello once the socket opens and is live after welcome', () => {
    const live = createFakeLive();
    live.client.start();
    expect(live.client.status).toBe('connecting');

    live.welcome();

    expect(live.latest().sentOf('hello')).toEqual([{ type: 'hello', protocolVersion: 1 }]);
    expect(live.client.status).toBe('live');
  });

  it('stops and asks for a reload when the server speaks another protocol version', () => {
    const live = createFakeLive();
    live.client.start();
    live.latest().open();
    live.latest().receive({
      type: 'incompatible',
      protocolVersion: 1,
      supported: [2],
      reason: 'This client speaks live protocol 1, older than this server (2).',
    });
    live.latest().drop(4001);
    live.clock.advance(60_000);

    expect(live.client.status).toBe('incompatible');
    expect(live.client.incompatibleReason).toMatch(/older than this server/);
    expect(live.sockets).toHaveLength(1);
  });

  it('ignores a bad frame, reports it and keeps working', () => {
    const live = createFakeLive();
    const notify = vi.fn();
    live.client.start();
    live.client.watchExecutionState(executionId, notify);
    const socket = live.welcome();

    socket.receive('not json');
    socket.receive(JSON.stringify({ type: 'events', executionId, events: [] }));
    socket.receive(JSON.stringify({ type: 'surprise' }));
    socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    live.frames.step();

    expect(live.reports).toHaveLength(3);
    expect(live.reports[0]).toMatch(/not JSON/);
    expect(live.client.status).toBe('live');
    expect(live.client.executionState(executionId)).toBeNull();
    expect(notify).toHaveBeenCalledTimes(1);
  });
});

describe('one execution', () => {
  it('is undefined until the first snapshot, then folds events from it', () => {
    const live = createFakeLive();
    live.client.start();
    live.client.watchExecutionState(executionId, () => {});
    const socket = live.welcome();
    expect(socket.sentOf('subscribe')).toEqual([{ type: 'subscribe', topic }]);
    expect(live.client.executionState(executionId)).toBeUndefined();

    socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    socket.receive({ type: 'events', executionId, events: runEvents(3) });
    live.frames.step();

    const state = live.client.executionState(executionId);
    expect(state?.status).toBe('Executing');
    expect(state?.steps.Train?.status).toBe('Executing');
    expect(state?.lastSeq).toBe(3);
  });

  it('folds a burst of events into one notification per frame', () => {
    const live = createFakeLive();
    const notify = vi.fn();
    const onEvents = vi.fn();
    live.client.start();
    live.client.watchExecutionState(executionId, notify);
    live.client.watchExecutionEvents(executionId, { onEvents });
    const socket = live.welcome();
    socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    live.frames.step();
    notify.mockClear();

    const events = runEvents(200);
    for (let index = 0; index < events.length; index += 10) {
      socket.receive({ type: 'events', executionId, events: events.slice(index, index + 10) });
    }
    expect(live.frames.pending).toBe(1);
    live.frames.step();

    expect(notify).toHaveBeenCalledTimes(1);
    expect(onEvents).toHaveBeenCalledTimes(1);
    expect(onEvents.mock.calls[0]?.[0]).toHaveLength(200);
    expect(live.client.executionState(executionId)?.lastSeq).toBe(200);
  });

  it('subscribes for the first listener and unsubscribes after the last one leaves', () => {
    const live = createFakeLive();
    live.client.start();
    const socket = live.welcome();

    const stopState = live.client.watchExecutionState(executionId, () => {});
    const stopOtherState = live.client.watchExecutionState(executionId, () => {});
    const stopEvents = live.client.watchExecutionEvents(executionId, { onEvents: () => {} });
    expect(socket.sentOf('subscribe')).toHaveLength(1);

    stopState();
    stopState();
    stopEvents();
    expect(socket.sentOf('unsubscribe')).toHaveLength(0);

    stopOtherState();
    expect(socket.sentOf('unsubscribe')).toEqual([{ type: 'unsubscribe', topic }]);
    expect(live.client.executionState(executionId)).toBeUndefined();
  });

  it('resumes after a disconnect from the last seq, without repeats or gaps', () => {
    const live = createFakeLive();
    const onEvents = vi.fn();
    live.client.start();
    live.client.watchExecutionEvents(executionId, { onEvents });
    const first = live.welcome();
    first.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    first.receive({ type: 'events', executionId, events: runEvents(5) });
    live.frames.step();

    first.drop(1006);
    expect(live.client.status).toBe('reconnecting');
    live.clock.advance(500);
    const second = live.welcome();

    expect(second.sentOf('subscribe')).toEqual([{ type: 'subscribe', topic, sinceSeq: 5 }]);
    // A late event of the old socket is ignored; the replay overlaps what we have by one.
    first.receive({ type: 'events', executionId, events: runEvents(1, 6) });
    second.receive({ type: 'events', executionId, events: runEvents(4, 5) });
    live.frames.step();

    const seqs = onEvents.mock.calls.flatMap(([events]) =>
      (events as { seq: number }[]).map((event) => event.seq),
    );
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(live.client.executionState(executionId)?.lastSeq).toBe(8);
  });

  it('asks to resume from what it has when events skip ahead', () => {
    const live = createFakeLive();
    live.client.start();
    live.client.watchExecutionState(executionId, () => {});
    const socket = live.welcome();
    socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    socket.receive({ type: 'events', executionId, events: runEvents(3) });

    socket.receive({ type: 'events', executionId, events: runEvents(2, 6) });
    live.frames.step();

    expect(socket.sentOf('subscribe').at(-1)).toEqual({ type: 'subscribe', topic, sinceSeq: 3 });
    expect(live.client.executionState(executionId)?.lastSeq).toBe(3);
  });

  it('replaces the state on a snapshot and tells event listeners to start over', () => {
    const live = createFakeLive();
    const onReset = vi.fn();
    live.client.start();
    live.client.watchExecutionEvents(executionId, { onEvents: () => {}, onReset });
    const socket = live.welcome();
    socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    socket.receive({ type: 'events', executionId, events: runEvents(4) });
    live.frames.step();
    onReset.mockClear();
    const before = live.client.executionState(executionId);
    expect(before?.steps.Train?.status).toBe('Executing');

    const later = { ...before!, status: 'Succeeded' as const, steps: {}, lastSeq: 9000 };
    socket.receive({ type: 'snapshot', executionId, seq: 9000, state: later });
    live.frames.step();

    expect(onReset).toHaveBeenCalledTimes(1);
    expect(live.client.executionState(executionId)).toEqual(later);
  });

  it('asks for a snapshot when an event cannot be folded', () => {
    const live = createFakeLive();
    live.client.start();
    live.client.watchExecutionState(executionId, () => {});
    const socket = live.welcome();
    socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    // A step event before the execution started: the reducer refuses it.
    const stepStarting = runEvents(2)[1]!.event;
    socket.receive({ type: 'events', executionId, events: [{ seq: 1, event: stepStarting }] });
    live.frames.step();

    expect(live.reports.some((report) => /Could not apply event/.test(report))).toBe(true);
    expect(socket.sentOf('subscribe').at(-1)).toEqual({ type: 'subscribe', topic });
  });
});
