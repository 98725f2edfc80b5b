import type { ExecutionStatus, ExecutionSummary } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { type PagePlace, matchesFilter, mergeLiveSummaries } from './merge-live';

/** An execution of `pipeline` created at minute `minute`, last changed at `modified`. */
function run(
  id: string,
  minute: number,
  options: { pipeline?: string; status?: ExecutionStatus; modified?: number; name?: string } = {},
): ExecutionSummary {
  const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 12, m)).toISOString();
  const pipeline = options.pipeline ?? 'churn';
  return {
    PipelineExecutionArn: `arn:aws:sagemaker:local:000000000000:pipeline/${pipeline}/execution/${id}`,
    PipelineExecutionId: id,
    PipelineArn: `arn:aws:sagemaker:local:000000000000:pipeline/${pipeline}`,
    PipelineName: pipeline,
    PipelineVersion: 1,
    PipelineExecutionDisplayName: options.name ?? `run-${id}`,
    PipelineExecutionStatus: options.status ?? 'Executing',
    CreationTime: at(minute),
    StartTime: at(minute),
    LastModifiedTime: at(options.modified ?? minute),
    Parameters: [],
    StepCounts: {
      Total: 2,
      NotStarted: 2,
      Starting: 0,
      Executing: 0,
      Stopping: 0,
      Stopped: 0,
      Failed: 0,
      Succeeded: 0,
    },
  };
}

const live = (...summaries: ExecutionSummary[]) =>
  new Map(summaries.map((summary) => [summary.PipelineExecutionId, summary]));
const ids = (rows: ExecutionSummary[]) => rows.map((row) => row.PipelineExecutionId);
const statuses = (rows: ExecutionSummary[]) => rows.map((row) => row.PipelineExecutionStatus);
const firstPage: PagePlace = { order: 'newest', isFirstPage: true, hasNextPage: false };

describe('mergeLiveSummaries', () => {
  const page = [run('c', 30), run('b', 20), run('a', 10)];

  it('updates rows in place with the newer live summary, never an older one', () => {
    const merged = mergeLiveSummaries(
      page,
      live(run('b', 20, { status: 'Succeeded', modified: 25 }), run('a', 5, { status: 'Failed' })),
      {},
      firstPage,
    );
    expect(ids(merged)).toEqual(['c', 'b', 'a']);
    expect(statuses(merged)).toEqual(['Executing', 'Succeeded', 'Executing']);
  });

  it('puts a new execution at the top of the first page, when it passes the filters', () => {
    const incoming = live(run('d', 40), run('e', 41, { pipeline: 'fraud' }));
    expect(ids(mergeLiveSummaries(page, incoming, {}, firstPage))).toEqual([
      'e',
      'd',
      'c',
      'b',
      'a',
    ]);
    expect(ids(mergeLiveSummaries(page, incoming, { pipelineName: 'churn' }, firstPage))).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
    expect(ids(mergeLiveSummaries(page, incoming, { search: 'FRAUD' }, firstPage))).toEqual([
      'e',
      'c',
      'b',
      'a',
    ]);
    expect(ids(mergeLiveSummaries([], incoming, { status: 'Succeeded' }, firstPage))).toEqual([]);
  });

  it('adds nothing newer to a later page, nor anything older than a page that continues', () => {
    const incoming = live(run('new', 40), run('old', 1));
    const later: PagePlace = { order: 'newest', isFirstPage: false, hasNextPage: true };
    expect(ids(mergeLiveSummaries(page, incoming, {}, later))).toEqual(['c', 'b', 'a']);
    const lastPage: PagePlace = { order: 'newest', isFirstPage: false, hasNextPage: false };
    expect(ids(mergeLiveSummaries(page, incoming, {}, lastPage))).toEqual(['c', 'b', 'a', 'old']);
  });

  it('adds new executions at the end of the last page when oldest first', () => {
    const oldest = [...page].reverse();
    const incoming = live(run('d', 40));
    const last: PagePlace = { order: 'oldest', isFirstPage: true, hasNextPage: false };
    expect(ids(mergeLiveSummaries(oldest, incoming, {}, last))).toEqual(['a', 'b', 'c', 'd']);
    const more: PagePlace = { order: 'oldest', isFirstPage: true, hasNextPage: true };
    expect(ids(mergeLiveSummaries(oldest, incoming, {}, more))).toEqual(['a', 'b', 'c']);
  });

  it('keeps a row that left the status filter, showing its new status', () => {
    const executing = [run('b', 20)];
    const merged = mergeLiveSummaries(
      executing,
      live(run('b', 20, { status: 'Failed', modified: 22 })),
      { status: 'Executing' },
      firstPage,
    );
    expect(statuses(merged)).toEqual(['Failed']);
  });
});

describe('matchesFilter', () => {
  it('searches the display name, the id and the pipeline, ignoring case', () => {
    const summary = run('i0j8zrvo4l6t', 1, { pipeline: 'churn', name: 'Nightly-Retrain' });
    expect(matchesFilter(summary, { search: 'nightly' })).toBe(true);
    expect(matchesFilter(summary, { search: 'ZRVO' })).toBe(true);
    expect(matchesFilter(summary, { search: 'chu' })).toBe(true);
    expect(matchesFilter(summary, { search: 'fraud' })).toBe(false);
    expect(matchesFilter(summary, { status: 'Failed' })).toBe(false);
  });
});
