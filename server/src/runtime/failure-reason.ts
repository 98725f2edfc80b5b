import { open } from 'node:fs/promises';
import type { ProcessResult } from './process-runner';
import { fitReason, maxReasonLength } from './step-outcome';

/** The last `lines` lines of a text file (its last few KB only); `''` when there is none. */
export async function readTail(path: string, lines = 10): Promise<string> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return '';
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, maxReasonLength * 4);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    // The first line may be cut in the middle (of a character, even): drop it unless it is all.
    const all = buffer.toString('utf8').split('\n');
    const whole = length < size ? all.slice(1) : all;
    const trimmed = whole.join('\n').trimEnd();
    return trimmed === '' ? '' : trimmed.split('\n').slice(-lines).join('\n');
  } finally {
    await handle.close();
  }
}

/** First 1 KB of the container's `/opt/ml/output/message`, SageMaker's ExitMessage. */
export async function readExitMessage(path: string): Promise<string | undefined> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return undefined;
  try {
    const buffer = Buffer.alloc(maxReasonLength);
    const { bytesRead } = await handle.read(buffer, 0, maxReasonLength, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * FailureReason for a process that ended badly, in SageMaker's style (`AlgorithmError: …`)
 * followed by the last lines of its stderr, where a traceback ends.
 */
export function processFailureReason(result: ProcessResult, stderrTail: string): string {
  const how =
    result.startError !== undefined
      ? `could not start ${result.startError}`
      : result.signal !== null
        ? `the process was killed by ${result.signal}`
        : `exit code ${result.exitCode ?? 'unknown'}`;
  const detail = stderrTail === '' ? '' : `Last lines of stderr:\n${stderrTail}`;
  return fitReason(`AlgorithmError: ${how}`, detail);
}
