import type { SqliteDatabase } from './database';

/** A step attempt's Describe-shaped properties, written with the event that ends the attempt. */
export interface StepProperties {
  stepName: string;
  attempt: number;
  properties: unknown;
}

interface Row {
  step_name: string;
  attempt: number;
  properties: string;
}

function toStepProperties(row: Row): StepProperties {
  return {
    stepName: row.step_name,
    attempt: row.attempt,
    properties: JSON.parse(row.properties) as unknown,
  };
}

/** One step's properties: of `attempt`, or of its latest attempt that wrote any. */
export function readStepProperties(
  sql: SqliteDatabase,
  executionId: string,
  stepName: string,
  attempt?: number,
): StepProperties | undefined {
  const row = sql
    .prepare<[string, string, number | null, number | null], Row>(
      `SELECT step_name, attempt, properties FROM step_properties
       WHERE execution_id = ? AND step_name = ? AND (? IS NULL OR attempt = ?)
       ORDER BY attempt DESC LIMIT 1`,
    )
    .get(executionId, stepName, attempt ?? null, attempt ?? null);
  return row && toStepProperties(row);
}

/**
 * Every step's properties from its latest attempt that wrote any, by step name. A step a retry
 * reset keeps its old properties here until its new attempt writes some: check the state.
 */
export function readLatestStepProperties(
  sql: SqliteDatabase,
  executionId: string,
): Record<string, StepProperties> {
  const rows = sql
    .prepare<[string], Row>(
      `SELECT step_name, attempt, properties FROM step_properties s
       WHERE execution_id = ? AND attempt = (
         SELECT max(attempt) FROM step_properties t
         WHERE t.execution_id = s.execution_id AND t.step_name = s.step_name)
       ORDER BY step_name`,
    )
    .all(executionId);
  return Object.fromEntries(rows.map((row) => [row.step_name, toStepProperties(row)]));
}
