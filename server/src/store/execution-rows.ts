import {
  type ExecutionEvent,
  type ExecutionHeader,
  type ExecutionState,
  type ExecutionSummary,
  NotFoundError,
  toExecutionSummary,
} from '@pipewright/shared';

/** An execution as the store holds it: its header, its summary and its state. */
export interface StoredExecution {
  header: ExecutionHeader;
  summary: ExecutionSummary;
  /** The fold of every event so far; `undefined` before "execution-started". */
  state: ExecutionState | undefined;
}

/** A committed event: its per-execution `seq` and its place in the global order. */
export interface StoredEvent {
  executionId: string;
  seq: number;
  event: ExecutionEvent;
  globalId: number;
}

/** The columns every execution query selects. */
export const executionColumns = `e.pk, e.id, p.name AS pipeline_name, e.pipeline_version,
  e.display_name, e.description, e.max_parallel, e.state, e.last_seq, e.created_at`;

export interface ExecutionRow {
  pk: number;
  id: string;
  pipeline_name: string;
  pipeline_version: number;
  display_name: string;
  description: string | null;
  max_parallel: number | null;
  state: string | null;
  last_seq: number;
  created_at: string;
}

export interface EventRow {
  id: number;
  execution_id: string;
  seq: number;
  body: string;
}

/**
 * The stored state projection. Appends of only log events advance `last_seq` without
 * rewriting the state (a log changes nothing else), so `lastSeq` comes from the column.
 */
export function parseState(state: string | null, lastSeq: number): ExecutionState | undefined {
  if (state === null) return undefined;
  return { ...(JSON.parse(state) as ExecutionState), lastSeq };
}

export function toStoredExecution(row: ExecutionRow): StoredExecution {
  const header: ExecutionHeader = {
    executionId: row.id,
    pipelineName: row.pipeline_name,
    pipelineVersion: row.pipeline_version,
    displayName: row.display_name,
    ...(row.description !== null && { description: row.description }),
    ...(row.max_parallel !== null && { maxParallel: row.max_parallel }),
    creationTime: row.created_at,
  };
  const state = parseState(row.state, row.last_seq);
  return { header, summary: toExecutionSummary(header, state), state };
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    executionId: row.execution_id,
    seq: row.seq,
    event: JSON.parse(row.body) as ExecutionEvent,
    globalId: row.id,
  };
}

export function executionNotFound(executionId: string): NotFoundError {
  return new NotFoundError(`There is no execution with id "${executionId}".`, {
    path: 'PipelineExecutionId',
  });
}
