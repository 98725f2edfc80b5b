import type { ExecutionEvent } from '@pipewright/shared';
import type { SqliteDatabase } from './database';

/** An earlier successful run of a step whose cache key matches. */
export interface CachedRun {
  executionId: string;
  attempt: number;
  finishedAt: string;
  metadata?: Record<string, Record<string, unknown>>;
  properties: unknown;
}

interface Row {
  execution_id: string;
  body: string;
  at: string;
  properties: string | null;
}

/**
 * The most recent successful run (not itself a cache hit) of `stepName` in any execution of the
 * pipeline, with the same cache key, finished at or after `notBefore`. SageMaker reuses only
 * succeeded steps of the same pipeline; so does this.
 */
export function findCachedRun(
  sql: SqliteDatabase,
  query: { pipelineName: string; stepName: string; cacheKey: string; notBefore: string },
): CachedRun | undefined {
  const row = sql
    .prepare<[string, string, string, string], Row>(
      `SELECT ev.execution_id, ev.body, ev.at, sp.properties
       FROM events ev
       JOIN executions e ON e.id = ev.execution_id
       JOIN pipelines p ON p.id = e.pipeline_id
       LEFT JOIN step_properties sp ON sp.execution_id = ev.execution_id
         AND sp.step_name = json_extract(ev.body, '$.stepName')
         AND sp.attempt = json_extract(ev.body, '$.attempt')
       WHERE p.name = ? AND ev.type = 'step-succeeded'
         AND json_extract(ev.body, '$.stepName') = ?
         AND json_extract(ev.body, '$.cacheKey') = ?
         AND json_extract(ev.body, '$.cacheHit') IS NULL
         AND ev.at >= ?
       ORDER BY ev.id DESC LIMIT 1`,
    )
    .get(query.pipelineName, query.stepName, query.cacheKey, query.notBefore);
  if (!row) return undefined;
  const event = JSON.parse(row.body) as Extract<ExecutionEvent, { type: 'step-succeeded' }>;
  return {
    executionId: row.execution_id,
    attempt: event.attempt,
    finishedAt: row.at,
    ...(event.metadata && { metadata: event.metadata }),
    properties: row.properties === null ? undefined : JSON.parse(row.properties),
  };
}
