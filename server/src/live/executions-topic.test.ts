import { describe, expect, it } from 'vitest';
import { logEvents, startedEvent, useLiveServer } from './live-test-helpers';

const at = '2026-01-01T00:00:00.000Z';
const stepStarting = { type: 'step-starting', at, stepName: 'A', attempt: 1 } as const;
const stepExecuting = { type: 'step-executing', at, stepName: 'A', attempt: 1 } as const;
const topic = { kind: 'executions' } as const;

describe('following the status of all executions', () => {
  const liveServer = useLiveServer();

  it('starts from a snapshot, then sends one status per change and none for logs', async () => {
    const server = await liveServer();
    const before = server.createExecution();
    server.append(before, [startedEvent()]);
    const client = await server.connect();

    client.send({ type: 'subscribe', topic });
    const snapshot = await client.next('executions-snapshot');
    expect(snapshot.executions.map((summary) => summary.PipelineExecutionId)).toEqual([before]);
    expect(snapshot.cursor).toBe(server.store.executions.lastGlobalEventId());
    expect(await client.next('subscribed')).toMatchObject({ topic, cursor: snapshot.cursor });

    const id = server.createExecution();
    server.append(id, [startedEvent()]);
    const started = await client.next('execution-status');
    expect(started.summary).toMatchObject({
      PipelineExecutionId: id,
      StepCounts: { Total: 1, NotStarted: 1 },
    });
    expect(started.cursor).toBe(server.store.executions.lastGlobalEventId());

    server.append(id, logEvents(3));
    expect(await client.drain()).toEqual([]);

    server.append(id, [stepStarting]);
    server.append(id, [stepExecuting, ...logEvents(2)]);
    const changed = await client.drain();
    // Both batches land in one flush: one status, with the summary after both.
    expect(changed).toEqual([
      {
        type: 'execution-status',
        cursor: server.store.executions.lastGlobalEventId(),
        summary: server.store.executions.get(id).summary,
      },
    ]);
    expect(changed[0]).toMatchObject({ summary: { StepCounts: { Executing: 1 } } });
  });

  it('resumes from a global cursor with the current summary of each execution that changed', async () => {
    const server = await liveServer();
    const quiet = server.createExecution();
    const first = server.createExecution();
    const second = server.createExecution();
    server.append(quiet, [startedEvent()]);
    server.append(first, [startedEvent()]);
    server.append(second, [startedEvent()]);
    const cursor = server.store.executions.lastGlobalEventId();

    // While the client is away: status changes for two executions, and logs for all three.
    server.append(second, [stepStarting]);
    server.append(first, [stepStarting]);
    server.append(first, [stepExecuting]);
    server.append(quiet, logEvents(2));
    const client = await server.connect();
    client.send({ type: 'subscribe', topic, sinceSeq: cursor });

    const changes = [await client.next('execution-status'), await client.next('execution-status')];
    expect(changes.map(({ summary }) => summary.PipelineExecutionId)).toEqual([second, first]);
    expect(changes.map(({ summary }) => summary)).toEqual([
      server.store.executions.get(second).summary,
      server.store.executions.get(first).summary,
    ]);
    expect(changes[0]!.cursor).toBeLessThan(changes[1]!.cursor);
    // Caught up past the trailing logs too, so the next resume skips them.
    const head = server.store.executions.lastGlobalEventId();
    expect(await client.next('subscribed')).toMatchObject({ cursor: head });

    server.append(quiet, [stepStarting]);
    expect(await client.next('execution-status')).toMatchObject({
      cursor: head + 1,
      summary: { PipelineExecutionId: quiet },
    });
  });

  it('sends a snapshot to a client further behind than the replay limit', async () => {
    const server = await liveServer({ limits: { replayLimit: 3 } });
    const ids = [server.createExecution(), server.createExecution()];
    for (const id of ids) server.append(id, [startedEvent(), stepStarting, stepExecuting]);
    const client = await server.connect();

    client.send({ type: 'subscribe', topic, sinceSeq: 1 });
    const snapshot = await client.next('executions-snapshot');
    expect(snapshot.cursor).toBe(server.store.executions.lastGlobalEventId());
    expect(snapshot.executions.map((summary) => summary.PipelineExecutionId).sort()).toEqual(
      [...ids].sort(),
    );
    expect(await client.next('subscribed')).toMatchObject({ cursor: snapshot.cursor });
  });
});
