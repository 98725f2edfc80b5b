import type { DeclaredOutput, OutputParameter } from '../runtime/output-parameters';

/** Where a callback token stands. */
export type CallbackStatus = 'Waiting' | 'Succeeded' | 'Failed' | 'Stopped';

/** A Callback step's token and what was sent for it. */
export interface CallbackRecord {
  token: string;
  executionId: string;
  pipelineName: string;
  stepName: string;
  /** The attempt waiting on it now. */
  attempt: number;
  declaredOutputs: DeclaredOutput[];
  status: CallbackStatus;
  /** Once Succeeded: the output parameters, converted to their declared types. */
  outputs?: OutputParameter[];
  failureReason?: string;
  /** A step attempt has ended with this token's answer (or the step was stopped). */
  settled: boolean;
  createdAt: string;
  answeredAt?: string;
}

export interface CallbackRow {
  token: string;
  execution_id: string;
  pipeline_name: string;
  step_name: string;
  attempt: number;
  declared_outputs: string;
  status: CallbackStatus;
  outputs: string | null;
  failure_reason: string | null;
  settled: number;
  created_at: string;
  answered_at: string | null;
}

/** Every column of a token, with its execution's pipeline name. */
export const selectCallbacks = `SELECT c.token, c.execution_id, p.name AS pipeline_name,
  c.step_name, c.attempt, c.declared_outputs, c.status, c.outputs, c.failure_reason, c.settled,
  c.created_at, c.answered_at
  FROM callback_tokens c
  JOIN executions e ON e.id = c.execution_id
  JOIN pipelines p ON p.id = e.pipeline_id`;

export function toCallbackRecord(row: CallbackRow): CallbackRecord {
  return {
    token: row.token,
    executionId: row.execution_id,
    pipelineName: row.pipeline_name,
    stepName: row.step_name,
    attempt: row.attempt,
    declaredOutputs: JSON.parse(row.declared_outputs) as DeclaredOutput[],
    status: row.status,
    ...(row.outputs !== null && { outputs: JSON.parse(row.outputs) as OutputParameter[] }),
    ...(row.failure_reason !== null && { failureReason: row.failure_reason }),
    settled: row.settled === 1,
    createdAt: row.created_at,
    ...(row.answered_at !== null && { answeredAt: row.answered_at }),
  };
}
