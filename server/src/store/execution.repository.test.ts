import {
  ConflictError,
  ExecutionSummarySchema,
  NotFoundError,
  executionIdPattern,
} from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import type { Store } from './store';
import { sampleDocument, started, stepRan, useTempStore } from './store-test-helpers';

const finished = {
  type: 'execution-finished',
  at: '2026-01-01T01:00:00.000Z',
  status: 'Succeeded',
} as const;

function withPipelines(store: Store, ...names: string[]): Store {
  for (const name of names) store.pipelines.create({ name, document: sampleDocument() });
  return store;
}

describe('ExecutionRepository', () => {
  const openStore = useTempStore();

  it('creates an execution that is Executing before its first event', () => {
    const { executions } = withPipelines(openStore(), 'p');
    const { execution, created } = executions.create({
      pipelineName: 'p',
      version: 1,
      displayName: 'nightly',
      description: 'try it',
      maxParallel: 3,
    });
    expect(created).toBe(true);
    expect(execution.header.executionId).toMatch(executionIdPattern);
    expect(execution.state).toBeUndefined();
    expect(ExecutionSummarySchema.parse(execution.summary)).toEqual(execution.summary);
    expect(execution.summary).toMatchObject({
      PipelineName: 'p',
      PipelineVersion: 1,
      PipelineExecutionDisplayName: 'nightly',
      PipelineExecutionDescription: 'try it',
      PipelineExecutionStatus: 'Executing',
      ParallelismConfiguration: { MaxParallelExecutionSteps: 3 },
    });
    expect(executions.get(execution.header.executionId)).toEqual(execution);
  });

  it('names an execution like SageMaker when no display name is given', () => {
    const { executions } = withPipelines(openStore(), 'p');
    const { execution } = executions.create({ pipelineName: 'p', version: 1 });
    const created = Date.parse(execution.summary.CreationTime);
    expect(execution.summary.PipelineExecutionDisplayName).toBe(`execution-${created}`);
  });

  it('returns the same execution for an idempotency key this pipeline has seen', () => {
    const { executions, pipelines } = withPipelines(openStore(), 'p', 'q');
    const first = executions.create({ pipelineName: 'p', version: 1, idempotencyKey: 'k' });
    pipelines.saveVersion({ name: 'p', document: sampleDocument('newer') });
    const again = executions.create({ pipelineName: 'p', version: 2, idempotencyKey: 'k' });
    const otherPipeline = executions.create({ pipelineName: 'q', version: 1, idempotencyKey: 'k' });
    const otherKey = executions.create({ pipelineName: 'p', version: 1, idempotencyKey: 'k2' });
    expect(again).toEqual({ execution: first.execution, created: false });
    expect(otherPipeline.created).toBe(true);
    expect(otherKey.created).toBe(true);
    expect(executions.list().items).toHaveLength(3);
  });

  it('refuses an unknown pipeline or version, a taken or malformed id, a bad parallelism', () => {
    const { executions } = withPipelines(openStore(), 'p');
    expect(() => executions.create({ pipelineName: 'x', version: 1 })).toThrow(NotFoundError);
    expect(() => executions.create({ pipelineName: 'p', version: 2 })).toThrow(
      'Pipeline "p" has no version 2.',
    );
    executions.create({ pipelineName: 'p', version: 1, id: 'abcdefabcdef' });
    expect(() => executions.create({ pipelineName: 'p', version: 1, id: 'abcdefabcdef' })).toThrow(
      ConflictError,
    );
    expect(() => executions.create({ pipelineName: 'p', version: 1, id: 'ABC' })).toThrow(
      expect.objectContaining({ status: 400, path: 'PipelineExecutionId' }),
    );
    expect(() => executions.create({ pipelineName: 'p', version: 1, maxParallel: 0 })).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => executions.get('zzzzzzzzzzzz')).toThrow(NotFoundError);
  });

  it('lists executions newest first, by pipeline and status, page by page', () => {
    const { executions } = withPipelines(openStore(), 'p', 'q');
    const ids: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      const { execution } = executions.create({
        pipelineName: index % 2 === 0 ? 'p' : 'q',
        version: 1,
        displayName: `run ${index}`,
      });
      ids.push(execution.header.executionId);
      executions.appendEvents(execution.header.executionId, [
        started(),
        ...(index < 4 ? [finished] : []),
      ]);
    }
    const names = (page: { items: { PipelineExecutionDisplayName: string }[] }) =>
      page.items.map((item) => item.PipelineExecutionDisplayName);

    const first = executions.list({ limit: 3 });
    const second = executions.list({ limit: 3, pageToken: first.nextPageToken });
    const third = executions.list({ limit: 3, pageToken: second.nextPageToken });
    expect([first, second, third].map(names)).toEqual([
      ['run 6', 'run 5', 'run 4'],
      ['run 3', 'run 2', 'run 1'],
      ['run 0'],
    ]);
    expect(third.nextPageToken).toBeUndefined();

    expect(names(executions.list({ pipelineName: 'p' }))).toEqual([
      'run 6',
      'run 4',
      'run 2',
      'run 0',
    ]);
    expect(names(executions.list({ status: 'Succeeded' }))).toEqual([
      'run 3',
      'run 2',
      'run 1',
      'run 0',
    ]);
    const filter = { pipelineName: 'p', status: 'Executing', limit: 1 } as const;
    const pExecuting = executions.list(filter);
    expect(names(pExecuting)).toEqual(['run 6']);
    const next = executions.list({ ...filter, pageToken: pExecuting.nextPageToken });
    expect(names(next)).toEqual(['run 4']);
    expect(next.nextPageToken).toBeUndefined();
    expect(() => executions.list({ pipelineName: 'nope' })).toThrow(NotFoundError);
  });

  it('lists executions oldest first and by a search of name, id or pipeline', () => {
    const { executions } = withPipelines(openStore(), 'churn', 'fraud');
    const create = (pipelineName: string, displayName: string) =>
      executions.create({ pipelineName, version: 1, displayName }).execution.header.executionId;
    create('churn', 'nightly-1');
    create('fraud', 'nightly-2');
    const adhocId = create('churn', 'adhoc_100');
    create('churn', 'adhoc-1000');
    const names = (page: { items: { PipelineExecutionDisplayName: string }[] }) =>
      page.items.map((item) => item.PipelineExecutionDisplayName);

    const first = executions.list({ order: 'oldest', limit: 3 });
    const rest = executions.list({ order: 'oldest', limit: 3, pageToken: first.nextPageToken });
    expect([names(first), names(rest)]).toEqual([
      ['nightly-1', 'nightly-2', 'adhoc_100'],
      ['adhoc-1000'],
    ]);
    expect(names(executions.list({ search: 'NIGHTLY' }))).toEqual(['nightly-2', 'nightly-1']);
    expect(names(executions.list({ search: 'fraud' }))).toEqual(['nightly-2']);
    expect(names(executions.list({ search: adhocId.slice(2, 9) }))).toEqual(['adhoc_100']);
    // `_` and `%` are matched as themselves, not as LIKE wildcards.
    expect(names(executions.list({ search: 'c_1' }))).toEqual(['adhoc_100']);
    expect(names(executions.list({ search: '%' }))).toEqual([]);
    expect(names(executions.list({ search: 'nightly', pipelineName: 'churn' }))).toEqual([
      'nightly-1',
    ]);
  });

  it('keeps listing pages stable while new executions start', () => {
    const { executions } = withPipelines(openStore(), 'p');
    for (let index = 0; index < 4; index += 1) executions.create({ pipelineName: 'p', version: 1 });
    const first = executions.list({ limit: 2 });
    executions.create({ pipelineName: 'p', version: 1 });
    const second = executions.list({ limit: 2, pageToken: first.nextPageToken });
    const all = [...first.items, ...second.items].map((item) => item.PipelineExecutionId);
    expect(new Set(all).size).toBe(4);
  });

  it('lists the Executing and Stopping executions, oldest first, for restart recovery', () => {
    const { executions } = withPipelines(openStore(), 'p');
    const make = () => executions.create({ pipelineName: 'p', version: 1 }).execution.header;
    const [running, stopping, done] = [make(), make(), make()];
    executions.appendEvents(running.executionId, [started(), ...stepRan('A').slice(0, 2)]);
    executions.appendEvents(stopping.executionId, [
      started(),
      { type: 'execution-stopping', at: '2026-01-01T00:00:01.000Z' },
    ]);
    executions.appendEvents(done.executionId, [started(), finished]);
    const active = executions.listActive();
    expect(active.map((execution) => execution.header.executionId)).toEqual([
      running.executionId,
      stopping.executionId,
    ]);
    expect(active[0]?.state?.steps.A?.status).toBe('Executing');
    expect(active[1]?.summary.PipelineExecutionStatus).toBe('Stopping');
  });

  it("keeps each step attempt's properties and finds the latest", () => {
    const { executions } = withPipelines(openStore(), 'p');
    const id = executions.create({ pipelineName: 'p', version: 1 }).execution.header.executionId;
    executions.appendEvents(id, [started(), ...stepRan('A', 'failed')], {
      stepProperties: [{ stepName: 'A', attempt: 1, properties: { ExitMessage: 'first' } }],
    });
    executions.appendEvents(id, stepRan('A', 'succeeded', 2), {
      stepProperties: [
        { stepName: 'A', attempt: 2, properties: { ExitMessage: 'second' } },
        { stepName: 'B', attempt: 1, properties: { ProcessingJobStatus: 'Completed' } },
      ],
    });
    expect(executions.getStepProperties(id, 'A')).toEqual({
      stepName: 'A',
      attempt: 2,
      properties: { ExitMessage: 'second' },
    });
    expect(executions.getStepProperties(id, 'A', 1)?.properties).toEqual({
      ExitMessage: 'first',
    });
    expect(executions.getStepProperties(id, 'C')).toBeUndefined();
    expect(executions.latestStepProperties(id)).toEqual({
      A: { stepName: 'A', attempt: 2, properties: { ExitMessage: 'second' } },
      B: { stepName: 'B', attempt: 1, properties: { ProcessingJobStatus: 'Completed' } },
    });
  });
});
