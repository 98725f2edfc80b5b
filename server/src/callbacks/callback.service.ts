import { type CallbackReceipt, executionArn } from '@pipewright/shared';
import type { Clock, StoreDatabase } from '../store';
import type { CallbackAnswer } from './callback-answer';
import { CallbackRepository, type OpenCallbackInput } from './callback.repository';
import type { CallbackRecord } from './callback-rows';

/** How a wait for an answer ended. */
export type CallbackWait =
  | { kind: 'answered'; record: CallbackRecord }
  | { kind: 'aborted' }
  /** The token is gone: its execution was deleted. */
  | { kind: 'gone' };

export interface CallbackServiceOptions {
  /** How often a waiting step reads its token, to see answers from other processes. */
  pollMs?: number;
  now?: Clock;
}

/**
 * Callback tokens for Callback steps and the API. An answer sent in this process wakes the
 * waiting step at once; an answer written by another process (`pipewright callback` next to a
 * `pipewright run`) is seen by polling the token's row every `pollMs` (500 ms by default).
 */
export class CallbackService {
  readonly repository: CallbackRepository;
  private readonly pollMs: number;
  private readonly wakers = new Map<string, Set<() => void>>();

  constructor(database: StoreDatabase, options: CallbackServiceOptions = {}) {
    this.repository = new CallbackRepository(database, options.now);
    this.pollMs = options.pollMs ?? 500;
  }

  /** The token a step attempt waits on (see `CallbackRepository.open`). */
  open(input: OpenCallbackInput): { record: CallbackRecord; reused: boolean } {
    return this.repository.open(input);
  }

  /** SendPipelineExecutionStepSuccess: the step succeeds with these outputs. */
  succeed(
    token: string,
    outputParameters: readonly { Name: string; Value: string }[] = [],
  ): CallbackReceipt {
    return this.answer(token, { kind: 'success', outputParameters });
  }

  /** SendPipelineExecutionStepFailure: the step fails with this reason. */
  fail(token: string, failureReason?: string): CallbackReceipt {
    return this.answer(token, {
      kind: 'failure',
      ...(failureReason !== undefined && { failureReason }),
    });
  }

  /** Resolves once the token is answered, or when `signal` aborts. */
  async waitForAnswer(token: string, signal: AbortSignal): Promise<CallbackWait> {
    for (;;) {
      if (signal.aborted) return { kind: 'aborted' };
      const record = this.repository.get(token);
      if (record === undefined) return { kind: 'gone' };
      if (record.status !== 'Waiting') return { kind: 'answered', record };
      await this.nextCheck(token, signal);
    }
  }

  /** A step attempt has ended with the token's answer. */
  settle(token: string): void {
    this.repository.settle(token);
  }

  /** The step was stopped; returns the token as it is after (see `CallbackRepository.stop`). */
  stop(token: string): CallbackRecord | undefined {
    return this.repository.stop(token);
  }

  private answer(token: string, answer: CallbackAnswer): CallbackReceipt {
    const record = this.repository.answer(token, answer);
    for (const wake of this.wakers.get(token) ?? []) wake();
    return receiptOf(record);
  }

  /** Waits for the next poll, an answer in this process, or the abort, whichever comes first. */
  private nextCheck(token: string, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wakers = this.wakers.get(token) ?? new Set();
      this.wakers.set(token, wakers);
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        wakers.delete(done);
        if (wakers.size === 0) this.wakers.delete(token);
        resolve();
      };
      const timer = setTimeout(done, this.pollMs);
      signal.addEventListener('abort', done, { once: true });
      wakers.add(done);
    });
  }
}

/** Which execution and step an answered token belonged to. */
export function receiptOf(record: CallbackRecord): CallbackReceipt {
  return {
    PipelineExecutionArn: executionArn(record.pipelineName, record.executionId),
    StepName: record.stepName,
  };
}
