import {
  ConflictError,
  type ExecutionEvent,
  type ExecutionListOrder,
  type ExecutionStatus,
  type ExecutionSummary,
  type Page,
  UserError,
  executionIdPattern,
} from '@pipewright/shared';
import { type AppendEvents, createEventAppender } from './append-events';
import type { Clock, StoreDatabase } from './database';
import { newExecutionId } from './execution-id';
import {
  type EventRow,
  type ExecutionRow,
  type StoredEvent,
  type StoredExecution,
  executionColumns,
  executionNotFound,
  toStoredEvent,
  toStoredExecution,
} from './execution-rows';
import { type PageRequest, decodePageToken, pageSize, toPage } from './pagination';
import { findPipelineId, pipelineNotFound, requireVersion } from './pipeline-lookup';
import { type CachedRun, findCachedRun } from './cached-runs';
import {
  type StepProperties,
  readLatestStepProperties,
  readStepProperties,
} from './step-properties';

/** What starting an execution records before its first event. */
export interface CreateExecutionInput {
  pipelineName: string;
  version: number;
  displayName?: string;
  description?: string;
  /** SageMaker's `ParallelismConfiguration.MaxParallelExecutionSteps`. */
  maxParallel?: number;
  /** The same key twice for one pipeline makes one execution. */
  idempotencyKey?: string;
  /** A chosen id (12 lowercase letters and digits); a random one otherwise. */
  id?: string;
}

/** Filters and page of an execution listing. */
export interface ListExecutionsRequest extends PageRequest {
  pipelineName?: string;
  status?: ExecutionStatus;
  /** Text in the display name, the id or the pipeline's name, ignoring case. */
  search?: string;
  /** By start: newest first (the default) or oldest first. */
  order?: ExecutionListOrder;
}

/** `text` as a LIKE pattern that matches it literally anywhere (with `ESCAPE '\\'`). */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

const selectExecutions = `SELECT ${executionColumns}
  FROM executions e JOIN pipelines p ON p.id = e.pipeline_id`;

/**
 * Executions and their events. Every change to an execution is an event; events, their
 * sequence numbers and the state they fold into are written in one transaction, so the stream
 * and the state never disagree, even after a crash.
 */
export class ExecutionRepository {
  private readonly sql;
  private readonly append: AppendEvents;
  private readonly selectById;
  private readonly selectEventsSince;

  constructor(
    private readonly db: StoreDatabase,
    private readonly now: Clock = () => new Date(),
  ) {
    this.sql = db.sql;
    this.append = createEventAppender(db);
    this.selectById = this.sql.prepare<[string], ExecutionRow>(
      `${selectExecutions} WHERE e.id = ?`,
    );
    this.selectEventsSince = this.sql.prepare<[string, number, number], EventRow>(
      `SELECT id, execution_id, seq, body FROM events
       WHERE execution_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
    );
  }

  /**
   * Records a new execution: Executing, with no events yet. With an idempotency key this
   * pipeline has seen before, returns that execution instead, with `created: false`.
   */
  create(input: CreateExecutionInput): { execution: StoredExecution; created: boolean } {
    checkCreateInput(input);
    return this.db.writeTransaction(() => {
      const pipelineId = findPipelineId(this.sql, input.pipelineName);
      if (pipelineId === undefined) throw pipelineNotFound(input.pipelineName);
      if (input.idempotencyKey !== undefined) {
        const existing = this.sql
          .prepare<[number, string], string>(
            'SELECT id FROM executions WHERE pipeline_id = ? AND idempotency_key = ?',
          )
          .pluck()
          .get(pipelineId, input.idempotencyKey);
        if (existing !== undefined) return { execution: this.get(existing), created: false };
      }
      requireVersion(this.sql, pipelineId, input.pipelineName, input.version);
      if (input.id !== undefined && this.selectById.get(input.id)) {
        throw new ConflictError(`An execution with id "${input.id}" already exists.`, {
          path: 'PipelineExecutionId',
        });
      }
      const id = input.id ?? this.unusedId();
      const created = this.now();
      this.sql
        .prepare(
          `INSERT INTO executions (id, pipeline_id, pipeline_version, display_name, description,
             max_parallel, idempotency_key, status, created_at, modified_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'Executing', ?, ?)`,
        )
        .run(
          id,
          pipelineId,
          input.version,
          input.displayName ?? `execution-${created.getTime()}`,
          input.description ?? null,
          input.maxParallel ?? null,
          input.idempotencyKey ?? null,
          created.toISOString(),
          created.toISOString(),
        );
      return { execution: this.get(id), created: true };
    });
  }

  /**
   * Appends events in one IMMEDIATE transaction: numbers them on from the last sequence number
   * with no gap, folds them into the stored state with `reduceExecution`, and writes the step
   * properties given. All or nothing: an event the reducer refuses leaves no trace. Returns the
   * events as committed, with their global ids; publish them only after this returns.
   */
  appendEvents(
    executionId: string,
    events: readonly ExecutionEvent[],
    extra: { stepProperties?: readonly StepProperties[] } = {},
  ): StoredEvent[] {
    return this.append(executionId, events, extra);
  }

  /** One execution with its summary and state. */
  get(executionId: string): StoredExecution {
    const row = this.selectById.get(executionId);
    if (!row) throw executionNotFound(executionId);
    return toStoredExecution(row);
  }

  /**
   * Executions, newest first (or oldest first), optionally of one pipeline, in one status, or
   * matching a search. Pages continue after the last row's key, so they stay stable while new
   * executions start.
   */
  list(request: ListExecutionsRequest = {}): Page<ExecutionSummary> {
    const limit = pageSize(request.limit);
    const oldestFirst = request.order === 'oldest';
    const after = decodePageToken(request.pageToken);
    const where = [oldestFirst ? 'e.pk > ?' : 'e.pk < ?'];
    const params: (string | number)[] = [after ?? (oldestFirst ? 0 : Number.MAX_SAFE_INTEGER)];
    if (request.pipelineName !== undefined) {
      const pipelineId = findPipelineId(this.sql, request.pipelineName);
      if (pipelineId === undefined) throw pipelineNotFound(request.pipelineName);
      where.push('e.pipeline_id = ?');
      params.push(pipelineId);
    }
    if (request.status !== undefined) {
      where.push('e.status = ?');
      params.push(request.status);
    }
    if (request.search) {
      // LIKE ignores case for ASCII letters, which is what ids and pipeline names are made of.
      where.push(
        `(e.display_name LIKE ? ESCAPE '\\' OR e.id LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')`,
      );
      const pattern = containsPattern(request.search);
      params.push(pattern, pattern, pattern);
    }
    const rows = this.sql
      .prepare<(string | number)[], ExecutionRow>(
        `${selectExecutions} WHERE ${where.join(' AND ')}
         ORDER BY e.pk ${oldestFirst ? 'ASC' : 'DESC'} LIMIT ?`,
      )
      .all(...params, limit + 1);
    return toPage(
      rows,
      limit,
      (row) => row.pk,
      (row) => toStoredExecution(row).summary,
    );
  }

  /** Executions still Executing or Stopping, oldest first: what to resume after a restart. */
  listActive(): StoredExecution[] {
    return this.sql
      .prepare<[], ExecutionRow>(
        `${selectExecutions} WHERE e.status IN ('Executing', 'Stopping') ORDER BY e.pk`,
      )
      .all()
      .map(toStoredExecution);
  }

  /** An execution's events after `sinceSeq`, in order, at most `limit` of them. */
  eventsSince(executionId: string, sinceSeq: number, limit = 1000): StoredEvent[] {
    const rows = this.selectEventsSince.all(executionId, sinceSeq, limit);
    if (rows.length === 0) this.get(executionId);
    return rows.map(toStoredEvent);
  }

  /** An execution's events without its logs, in order: what a timeline of attempts folds. */
  eventsWithoutLogs(executionId: string): StoredEvent[] {
    this.get(executionId);
    return this.sql
      .prepare<[string], EventRow>(
        `SELECT id, execution_id, seq, body FROM events
         WHERE execution_id = ? AND type <> 'log' ORDER BY seq`,
      )
      .all(executionId)
      .map(toStoredEvent);
  }

  /**
   * Every execution's events after global id `globalId`, in commit order, for subscribers to
   * all executions. Ids are handed out inside the write lock, so they commit in order: a
   * reader never sees a later id before an earlier one.
   */
  globalEventsSince(
    globalId: number,
    { limit = 1000, withoutLogs = false }: { limit?: number; withoutLogs?: boolean } = {},
  ): StoredEvent[] {
    return this.sql
      .prepare<[number, number], EventRow>(
        `SELECT id, execution_id, seq, body FROM events
         WHERE id > ? ${withoutLogs ? "AND type <> 'log'" : ''} ORDER BY id LIMIT ?`,
      )
      .all(globalId, limit)
      .map(toStoredEvent);
  }

  /** The newest global event id (0 when there is none): where a live-only subscriber starts. */
  lastGlobalEventId(): number {
    return this.sql.prepare<[], number>('SELECT max(id) FROM events').pluck().get() ?? 0;
  }

  /** A step's properties: of `attempt`, or of its latest attempt that wrote any. */
  getStepProperties(
    executionId: string,
    stepName: string,
    attempt?: number,
  ): StepProperties | undefined {
    return readStepProperties(this.sql, executionId, stepName, attempt);
  }

  /**
   * Every step's latest properties, by step name, to rebuild expression context on resume. A
   * step a retry reset keeps its old properties until its new attempt writes some.
   */
  latestStepProperties(executionId: string): Record<string, StepProperties> {
    return readLatestStepProperties(this.sql, executionId);
  }

  /** The latest earlier run of a step with this cache key, for step caching. */
  findCachedRun(query: Parameters<typeof findCachedRun>[1]): CachedRun | undefined {
    return findCachedRun(this.sql, query);
  }

  private unusedId(): string {
    for (;;) {
      const id = newExecutionId();
      if (!this.selectById.get(id)) return id;
    }
  }
}

function checkCreateInput(input: CreateExecutionInput): void {
  if (input.id !== undefined && !executionIdPattern.test(input.id)) {
    throw new UserError(`"${input.id}" is not an execution id.`, {
      path: 'PipelineExecutionId',
      hint: 'An execution id is 12 lowercase letters and digits.',
    });
  }
  if (
    input.maxParallel !== undefined &&
    (!Number.isInteger(input.maxParallel) || input.maxParallel < 1)
  ) {
    throw new UserError('MaxParallelExecutionSteps must be a whole number of at least 1.', {
      path: 'ParallelismConfiguration.MaxParallelExecutionSteps',
    });
  }
}
