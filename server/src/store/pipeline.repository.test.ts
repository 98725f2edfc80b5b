import {
  ConflictError,
  NotFoundError,
  PipelineSummarySchema,
  PipelineVersionSchema,
  UserError,
} from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { logLine, sampleDocument, started, useTempStore } from './store-test-helpers';

describe('PipelineRepository', () => {
  const openStore = useTempStore();

  it('creates a pipeline as version 1 with its document and message', () => {
    const { pipelines } = openStore();
    const created = pipelines.create({
      name: 'abalone',
      document: sampleDocument(),
      message: 'first draft',
    });
    expect(PipelineVersionSchema.parse(created)).toEqual(created);
    expect(created).toEqual({
      PipelineArn: 'arn:aws:sagemaker:local:000000000000:pipeline/abalone',
      PipelineName: 'abalone',
      Version: 1,
      Message: 'first draft',
      CreationTime: expect.any(String),
      Definition: sampleDocument(),
    });
    expect(pipelines.get('abalone')).toEqual(created);
  });

  it('refuses a taken name as a conflict and an invalid name as bad input', () => {
    const { pipelines } = openStore();
    pipelines.create({ name: 'abalone', document: sampleDocument() });
    const taken = () => pipelines.create({ name: 'abalone', document: sampleDocument('x') });
    expect(taken).toThrow(ConflictError);
    expect(taken).toThrow('A pipeline named "abalone" already exists.');
    expect(() => pipelines.create({ name: 'has space', document: sampleDocument() })).toThrow(
      expect.objectContaining({ status: 400, path: 'PipelineName' }),
    );
    expect(pipelines.get('abalone', 1).Definition).toEqual(sampleDocument());
  });

  it('saves new versions without touching earlier ones', () => {
    const { pipelines } = openStore();
    const v1 = pipelines.create({ name: 'p', document: sampleDocument('one') });
    const v2 = pipelines.saveVersion({ name: 'p', document: sampleDocument('two'), message: ' ' });
    const v3 = pipelines.saveVersion({ name: 'p', document: sampleDocument('three') });
    expect([v2.Version, v3.Version]).toEqual([2, 3]);
    expect(v2).not.toHaveProperty('Message');
    expect(pipelines.get('p', 1)).toEqual(v1);
    expect(pipelines.get('p', 2).Definition).toEqual(sampleDocument('two'));
    expect(pipelines.get('p')).toEqual(v3);
    expect(pipelines.list().items[0]).toMatchObject({
      LatestVersion: 3,
      CreationTime: v1.CreationTime,
      LastModifiedTime: v3.CreationTime,
    });
  });

  it('keeps saved versions immutable in the database itself', () => {
    const { pipelines, database } = openStore();
    pipelines.create({ name: 'p', document: sampleDocument('one') });
    expect(() =>
      database.sql.prepare("UPDATE pipeline_versions SET document = '{}'").run(),
    ).toThrow(/immutable/);
    expect(pipelines.get('p', 1).Definition).toEqual(sampleDocument('one'));
  });

  it('says which is missing: the pipeline or the version', () => {
    const { pipelines } = openStore();
    pipelines.create({ name: 'p', document: sampleDocument() });
    expect(() => pipelines.get('q')).toThrow(
      expect.objectContaining({
        name: 'NotFoundError',
        status: 404,
        message: 'There is no pipeline named "q".',
      }),
    );
    expect(() => pipelines.get('p', 7)).toThrow(
      expect.objectContaining({ status: 404, message: 'Pipeline "p" has no version 7.' }),
    );
    expect(() => pipelines.saveVersion({ name: 'q', document: sampleDocument() })).toThrow(
      NotFoundError,
    );
  });

  it('lists pipelines newest first, page by page', () => {
    const { pipelines } = openStore();
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      pipelines.create({ name, document: sampleDocument(), message: `made ${name}` });
    }
    const first = pipelines.list({ limit: 2 });
    const second = pipelines.list({ limit: 2, pageToken: first.nextPageToken });
    const third = pipelines.list({ limit: 2, pageToken: second.nextPageToken });
    const names = [first, second, third].map((page) => page.items.map((p) => p.PipelineName));
    expect(names).toEqual([['e', 'd'], ['c', 'b'], ['a']]);
    expect(third.nextPageToken).toBeUndefined();
    expect(first.items[0]).toMatchObject({ LatestVersionMessage: 'made e' });
    for (const item of first.items) expect(PipelineSummarySchema.parse(item)).toEqual(item);
  });

  it('refuses a page token it did not give out, and a page size out of range', () => {
    const { pipelines } = openStore();
    expect(() => pipelines.list({ pageToken: 'bm9wZQ' })).toThrow(
      expect.objectContaining({ status: 400, path: 'pageToken' }),
    );
    expect(() => pipelines.list({ limit: 0 })).toThrow(UserError);
  });

  it('lists versions newest first without their documents', () => {
    const { pipelines } = openStore();
    pipelines.create({ name: 'p', document: sampleDocument() });
    pipelines.saveVersion({ name: 'p', document: sampleDocument(), message: 'second' });
    pipelines.saveVersion({ name: 'p', document: sampleDocument() });
    const first = pipelines.listVersions('p', { limit: 2 });
    const rest = pipelines.listVersions('p', { pageToken: first.nextPageToken });
    expect(first.items.map((v) => v.Version)).toEqual([3, 2]);
    expect(first.items[1]).toMatchObject({ PipelineName: 'p', Message: 'second' });
    expect(first.items[0]).not.toHaveProperty('Definition');
    expect(rest).toEqual({ items: [expect.objectContaining({ Version: 1 })] });
  });

  it('shows when a pipeline last ran', () => {
    const { pipelines, executions } = openStore();
    pipelines.create({ name: 'p', document: sampleDocument() });
    expect(pipelines.list().items[0]).not.toHaveProperty('LastExecutionTime');
    const { execution } = executions.create({ pipelineName: 'p', version: 1 });
    expect(pipelines.list().items[0]?.LastExecutionTime).toBe(execution.summary.CreationTime);
  });

  it('refuses to delete a pipeline while one of its executions runs', () => {
    const { pipelines, executions } = openStore();
    pipelines.create({ name: 'p', document: sampleDocument() });
    const { execution } = executions.create({ pipelineName: 'p', version: 1 });
    executions.appendEvents(execution.header.executionId, [started()]);
    expect(() => pipelines.delete('p')).toThrow(ConflictError);
    expect(() => pipelines.delete('p')).toThrow(/1 running execution\b/);
    expect(pipelines.get('p').Version).toBe(1);
  });

  it('deletes a pipeline with its versions, executions, events and step properties', () => {
    const { pipelines, executions, database } = openStore();
    pipelines.create({ name: 'p', document: sampleDocument() });
    pipelines.saveVersion({ name: 'p', document: sampleDocument() });
    pipelines.create({ name: 'kept', document: sampleDocument() });
    const { execution } = executions.create({ pipelineName: 'p', version: 2 });
    const id = execution.header.executionId;
    executions.appendEvents(id, [started(), logLine('A', 'hi')], {
      stepProperties: [{ stepName: 'A', attempt: 1, properties: { x: 1 } }],
    });
    executions.appendEvents(id, [
      { type: 'execution-finished', at: '2026-01-02T00:00:00.000Z', status: 'Succeeded' },
    ]);

    pipelines.delete('p');

    expect(() => pipelines.get('p')).toThrow(NotFoundError);
    expect(() => executions.get(id)).toThrow(NotFoundError);
    const count = (table: string) =>
      database.sql.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(['pipeline_versions', 'executions', 'events', 'step_properties'].map(count)).toEqual([
      1, 0, 0, 0,
    ]);
    expect(pipelines.list().items.map((p) => p.PipelineName)).toEqual(['kept']);
    expect(() => pipelines.delete('p')).toThrow(NotFoundError);
  });
});
