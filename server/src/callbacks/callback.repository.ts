import { NotFoundError } from '@pipewright/shared';
import type { DeclaredOutput } from '../runtime/output-parameters';
import type { Clock, StoreDatabase } from '../store';
import {
  type CallbackAnswer,
  checkStepRunning,
  checkStillWaiting,
  convertSentOutputs,
  defaultFailureReason,
} from './callback-answer';
import {
  type CallbackRecord,
  type CallbackRow,
  selectCallbacks,
  toCallbackRecord,
} from './callback-rows';
import { newCallbackToken } from './callback-token';

/** What a Callback step attempt opens: its step, and the outputs answers must fill. */
export interface OpenCallbackInput {
  executionId: string;
  stepName: string;
  attempt: number;
  declaredOutputs: readonly DeclaredOutput[];
}

/**
 * Callback tokens in `callback_tokens`. Every change is one `BEGIN IMMEDIATE` transaction, so
 * the server and a `pipewright callback` process in another terminal can both answer tokens of
 * the same database: the first answer wins, the second gets a 409.
 */
export class CallbackRepository {
  private readonly sql;

  constructor(
    private readonly db: StoreDatabase,
    private readonly now: Clock = () => new Date(),
  ) {
    this.sql = db.sql;
  }

  /**
   * The token for a step attempt. A token of this step that no attempt has settled yet (its
   * attempt was interrupted by a server restart) is taken over, answered or not, so whoever
   * holds it can still answer; otherwise a new token is made. `reused` says which.
   */
  open(input: OpenCallbackInput): { record: CallbackRecord; reused: boolean } {
    return this.db.writeTransaction(() => {
      const pending = this.sql
        .prepare<[string, string], string>(
          `SELECT token FROM callback_tokens
           WHERE execution_id = ? AND step_name = ? AND settled = 0
           ORDER BY created_at DESC, rowid DESC LIMIT 1`,
        )
        .pluck()
        .get(input.executionId, input.stepName);
      if (pending !== undefined) {
        this.sql
          .prepare('UPDATE callback_tokens SET attempt = ? WHERE token = ?')
          .run(input.attempt, pending);
        return { record: this.require(pending), reused: true };
      }
      let token = newCallbackToken();
      while (this.get(token) !== undefined) token = newCallbackToken();
      this.sql
        .prepare(
          `INSERT INTO callback_tokens
             (token, execution_id, step_name, attempt, declared_outputs, status, created_at)
           VALUES (?, ?, ?, ?, ?, 'Waiting', ?)`,
        )
        .run(
          token,
          input.executionId,
          input.stepName,
          input.attempt,
          JSON.stringify(input.declaredOutputs),
          this.now().toISOString(),
        );
      return { record: this.require(token), reused: false };
    });
  }

  /** The token's record, or `undefined` when there is no such token. */
  get(token: string): CallbackRecord | undefined {
    const row = this.sql
      .prepare<[string], CallbackRow>(`${selectCallbacks} WHERE c.token = ?`)
      .get(token);
    return row && toCallbackRecord(row);
  }

  /**
   * Records success (outputs converted to their declared types) or failure for a waiting token.
   * 404 for an unknown token; 409 for one already answered or stopped, or whose step no longer
   * runs; 400 when the outputs do not fit the declared ones.
   */
  answer(token: string, answer: CallbackAnswer): CallbackRecord {
    return this.db.writeTransaction(() => {
      const record = this.get(token);
      if (record === undefined) {
        throw new NotFoundError(`No Callback step has the token "${token}".`, {
          path: 'callbackToken',
          hint: "Copy the token from the step's Metadata.Callback.CallbackToken, or from what `pipewright run` printed.",
        });
      }
      checkStillWaiting(record);
      checkStepRunning(record, this.executionStatus(record.executionId, record.stepName));
      const at = this.now().toISOString();
      if (answer.kind === 'success') {
        const outputs = convertSentOutputs(record.declaredOutputs, answer.outputParameters);
        this.sql
          .prepare(
            `UPDATE callback_tokens SET status = 'Succeeded', outputs = ?, answered_at = ?
             WHERE token = ?`,
          )
          .run(JSON.stringify(outputs), at, token);
      } else {
        const reason = answer.failureReason?.trim() || defaultFailureReason;
        this.sql
          .prepare(
            `UPDATE callback_tokens SET status = 'Failed', failure_reason = ?, answered_at = ?
             WHERE token = ?`,
          )
          .run(reason, at, token);
      }
      return this.require(token);
    });
  }

  /** A step attempt has ended with the token's answer: a later attempt gets a new token. */
  settle(token: string): void {
    this.db.writeTransaction(() => {
      this.sql.prepare('UPDATE callback_tokens SET settled = 1 WHERE token = ?').run(token);
    });
  }

  /**
   * The step was stopped: a still-waiting token refuses answers from now on. Returns the
   * record as it is after, which shows the answer instead when one arrived first.
   */
  stop(token: string): CallbackRecord | undefined {
    return this.db.writeTransaction(() => {
      this.sql
        .prepare(
          `UPDATE callback_tokens SET status = 'Stopped', settled = 1, answered_at = ?
           WHERE token = ? AND status = 'Waiting'`,
        )
        .run(this.now().toISOString(), token);
      return this.get(token);
    });
  }

  private require(token: string): CallbackRecord {
    const record = this.get(token);
    if (record === undefined) throw new Error(`callback token ${token} vanished`);
    return record;
  }

  private executionStatus(
    executionId: string,
    stepName: string,
  ): { status: string; stepStatus: string | undefined } | undefined {
    const row = this.sql
      .prepare<[string], { status: string; state: string | null }>(
        'SELECT status, state FROM executions WHERE id = ?',
      )
      .get(executionId);
    if (row === undefined) return undefined;
    const state = row.state === null ? undefined : (JSON.parse(row.state) as StateSteps);
    return { status: row.status, stepStatus: state?.steps?.[stepName]?.status };
  }
}

/** The part of the stored execution state an answer checks. */
interface StateSteps {
  steps?: Record<string, { status?: string }>;
}
