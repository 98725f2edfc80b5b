import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * JSON files an attempt leaves in its folder for the dashboard, next to its logs:
 * `arguments.json` (the step's Arguments as resolved when the attempt started) and
 * `metrics.json` (a Training job's metric values over time, written when the job ends).
 */
export const attemptRecordFiles = {
  arguments: 'arguments.json',
  metrics: 'metrics.json',
} as const;

export type AttemptRecord = keyof typeof attemptRecordFiles;

/** Keeps what an attempt ran with, so the dashboard can show it after the fact. */
export async function writeResolvedArguments(attemptDir: string, args: unknown): Promise<void> {
  await mkdir(attemptDir, { recursive: true });
  await writeFile(join(attemptDir, attemptRecordFiles.arguments), JSON.stringify(args ?? {}));
}
