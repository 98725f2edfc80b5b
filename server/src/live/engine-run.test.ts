import { type ExecutionState, type ServerMessage, reduceExecution } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { commandStep, pipelineOf } from '../engine/engine-test-helpers';
import { useLiveServer } from './live-test-helpers';

describe('a real execution, followed live', () => {
  const liveServer = useLiveServer();

  it('streams every event and log line of a run from start to Succeeded, and its status', async () => {
    const server = await liveServer({ engine: true });
    server.store.pipelines.create({
      name: 'hello',
      document: pipelineOf([
        commandStep('Greet', ['sh', '-c', 'echo hello; echo world >&2']),
        commandStep('Done', ['true'], { DependsOn: ['Greet'] }),
      ]),
    });
    const watcher = await server.connect();
    watcher.send({ type: 'subscribe', topic: { kind: 'executions' } });
    const { cursor } = await watcher.next('executions-snapshot');
    await watcher.next('subscribed');

    const id = await server.engine!.start({ pipelineName: 'hello' });
    const follower = await server.connect();
    follower.send({
      type: 'subscribe',
      topic: { kind: 'execution', executionId: id },
      sinceSeq: 0,
    });

    let state: ExecutionState | undefined;
    const seqs: number[] = [];
    const logs: string[] = [];
    while (state?.endTime === undefined) {
      const message: ServerMessage = await follower.next();
      if (message.type !== 'events') continue;
      for (const { seq, event } of message.events) {
        seqs.push(seq);
        state = reduceExecution(state, event, seq);
        if (event.type === 'log') logs.push(event.text);
      }
    }
    expect(state.status).toBe('Succeeded');
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    expect(state).toEqual(server.store.executions.get(id).state);
    expect(logs.join('')).toMatch(/hello/);
    expect(logs.join('')).toMatch(/world/);

    const statuses: ServerMessage[] = [];
    let last: ServerMessage;
    do statuses.push((last = await watcher.next('execution-status')));
    while (last.summary.PipelineExecutionStatus !== 'Succeeded');
    const cursors = statuses.map((message) =>
      message.type === 'execution-status' ? message.cursor : 0,
    );
    expect(cursors[0]).toBeGreaterThan(cursor);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(last.summary).toEqual(server.store.executions.get(id).summary);
  });
});
