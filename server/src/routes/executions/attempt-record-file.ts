import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError } from '@pipewright/shared';
import { attemptDirFor } from '../../runtime/attempt-paths';
import { type AttemptRecord, attemptRecordFiles } from '../../runtime/attempt-record';
import { systemErrorCode } from '../../runtime/runtime-error';

/** Larger records are not sent: they would not fit a dashboard panel anyway. */
const maxRecordBytes = 8 * 1024 * 1024;

export interface AttemptRecordRef {
  dataDir: string;
  executionId: string;
  stepName: string;
  attempt: number;
  record: AttemptRecord;
}

/**
 * Reads one of an attempt's JSON records, or `undefined` when the attempt never wrote it. As
 * with logs, the names were checked by the route's schema and again by `attemptDirFor`; the
 * real path (symlinks resolved) must be exactly the record's place under the real data
 * directory, and the file is opened with O_NOFOLLOW.
 */
export async function readAttemptRecord(ref: AttemptRecordRef): Promise<unknown> {
  const place = (root: string) =>
    join(
      attemptDirFor(root, ref.executionId, ref.stepName, ref.attempt),
      attemptRecordFiles[ref.record],
    );
  let real: string;
  let expected: string;
  try {
    real = await realpath(place(ref.dataDir));
    expected = place(await realpath(ref.dataDir));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  if (real !== expected) throw misplaced(ref);
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW).catch(
    (error: unknown) => {
      if (systemErrorCode(error) === 'ELOOP') throw misplaced(ref);
      throw error;
    },
  );
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw misplaced(ref);
    if (stat.size > maxRecordBytes) {
      throw new NotFoundError(
        `The ${ref.record} of step "${ref.stepName}" attempt ${ref.attempt} is larger than ${maxRecordBytes} bytes, so it is not served.`,
      );
    }
    return JSON.parse(await handle.readFile('utf8')) as unknown;
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  return ['ENOENT', 'ENOTDIR'].includes(systemErrorCode(error) ?? '');
}

function misplaced(ref: AttemptRecordRef): NotFoundError {
  return new NotFoundError(
    `The ${ref.record} of step "${ref.stepName}" attempt ${ref.attempt} is not a file inside its attempt folder, so it is not served.`,
  );
}
