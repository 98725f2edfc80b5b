import type { StoreDatabase } from '../store';

/**
 * The idempotency keys of starts and retries, so a client that sends the same request twice
 * (a timeout, a double click) gets one execution and one retry. Start keys live on the
 * execution itself; retry keys in `retry_requests`.
 */
export class IdempotencyRepository {
  private readonly findStart;
  private readonly insertRetry;
  private readonly deleteRetry;

  constructor(database: StoreDatabase, now: () => Date = () => new Date()) {
    const { sql } = database;
    this.findStart = sql
      .prepare<[string, string], string>(
        `SELECT e.id FROM executions e JOIN pipelines p ON p.id = e.pipeline_id
         WHERE p.name = ? AND e.idempotency_key = ?`,
      )
      .pluck();
    const insert = sql.prepare<[string, string, string]>(
      `INSERT OR IGNORE INTO retry_requests (execution_id, idempotency_key, created_at)
       VALUES (?, ?, ?)`,
    );
    this.insertRetry = (executionId: string, key: string) =>
      insert.run(executionId, key, now().toISOString()).changes === 1;
    this.deleteRetry = sql.prepare<[string, string]>(
      'DELETE FROM retry_requests WHERE execution_id = ? AND idempotency_key = ?',
    );
  }

  /** The execution an earlier start of this pipeline with `key` made, if any. */
  startedExecution(pipelineName: string, key: string): string | undefined {
    return this.findStart.get(pipelineName, key);
  }

  /** Records a retry of `executionId` with `key`; false when that key was used before. */
  claimRetry(executionId: string, key: string): boolean {
    return this.insertRetry(executionId, key);
  }

  /** Forgets a retry key whose retry was refused, so the same key can try again. */
  releaseRetry(executionId: string, key: string): void {
    this.deleteRetry.run(executionId, key);
  }
}
