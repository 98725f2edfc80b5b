import {
  type ExecutionEvent,
  ExecutionEventError,
  ExecutionEventSchema,
  type ExecutionState,
  reduceExecution,
} from '@pipewright/shared';
import type { StoreDatabase } from './database';
import { type StoredEvent, executionNotFound, parseState } from './execution-rows';
import type { StepProperties } from './step-properties';

/** Appends events to one execution; see `ExecutionRepository.appendEvents`. */
export type AppendEvents = (
  executionId: string,
  events: readonly ExecutionEvent[],
  extra?: { stepProperties?: readonly StepProperties[] },
) => StoredEvent[];

/** Prepares the statements of the store's hottest path once, and returns the append function. */
export function createEventAppender(db: StoreDatabase): AppendEvents {
  const { sql } = db;
  const selectTarget = sql.prepare<[string], { state: string | null; last_seq: number }>(
    'SELECT state, last_seq FROM executions WHERE id = ?',
  );
  const insertEvent = sql.prepare<[string, number, string, string, string]>(
    'INSERT INTO events (execution_id, seq, type, body, at) VALUES (?, ?, ?, ?, ?)',
  );
  const updateState = sql.prepare<
    [string, string | null, string, number, string, string | null, string]
  >(
    `UPDATE executions SET status = ?, failure_reason = ?, state = ?, last_seq = ?,
       modified_at = ?, end_at = ? WHERE id = ?`,
  );
  const updateSeq = sql.prepare<[number, string]>(
    'UPDATE executions SET last_seq = ? WHERE id = ?',
  );
  const insertStepProperties = sql.prepare<[string, string, number, string]>(
    'INSERT INTO step_properties (execution_id, step_name, attempt, properties) VALUES (?, ?, ?, ?)',
  );

  return (executionId, events, extra = {}) => {
    const stepProperties = extra.stepProperties ?? [];
    if (events.length === 0 && stepProperties.length === 0) return [];
    const checked = events.map((event, index) => checkEvent(event, index, executionId));
    // A log changes nothing but lastSeq, so a batch of logs skips parsing and rewriting state.
    const onlyLogs = checked.every((event) => event.type === 'log');
    return db.writeTransaction(() => {
      const target = selectTarget.get(executionId);
      if (!target) throw executionNotFound(executionId);
      if (onlyLogs && checked.length > 0 && target.state === null) {
        throw new ExecutionEventError('"log" arrived before "execution-started"');
      }
      let state: ExecutionState | undefined = onlyLogs
        ? undefined
        : parseState(target.state, target.last_seq);
      let seq = target.last_seq;
      const stored = checked.map((event): StoredEvent => {
        seq += 1;
        if (!onlyLogs) state = reduceExecution(state, event, seq);
        const { lastInsertRowid } = insertEvent.run(
          executionId,
          seq,
          event.type,
          JSON.stringify(event),
          event.at,
        );
        return { executionId, seq, event, globalId: Number(lastInsertRowid) };
      });
      if (state) {
        updateState.run(
          state.status,
          state.failureReason ?? null,
          JSON.stringify(state),
          seq,
          state.lastModifiedTime,
          state.endTime ?? null,
          executionId,
        );
      } else {
        updateSeq.run(seq, executionId);
      }
      for (const { stepName, attempt, properties } of stepProperties) {
        insertStepProperties.run(
          executionId,
          stepName,
          attempt,
          JSON.stringify(properties ?? null),
        );
      }
      return stored;
    });
  };
}

/** The event as its schema reads it: what is stored is what every reader can parse back. */
function checkEvent(event: ExecutionEvent, index: number, executionId: string): ExecutionEvent {
  const result = ExecutionEventSchema.safeParse(event);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ExecutionEventError(
    `Event ${index + 1} of a batch for execution "${executionId}" is malformed at ` +
      `${issue?.path.join('.') || 'its root'}: ${issue?.message ?? 'invalid'}`,
  );
}
