import { constants } from 'node:fs';
import { type FileHandle, open, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { type LogStream, NotFoundError } from '@pipewright/shared';
import { attemptLogFile } from '../../runtime/attempt-paths';
import { systemErrorCode } from '../../runtime/runtime-error';

const fileKeys = { combined: 'combined', stdout: 'stdout', stderr: 'stderr' } as const;

/** Which attempt's log to open. */
export interface LogFileRef {
  dataDir: string;
  executionId: string;
  stepName: string;
  attempt: number;
  stream: LogStream;
}

/**
 * Opens an attempt's log file for reading, or returns `undefined` when it was never written
 * (a Condition step, an attempt that has not started its process yet). The names were
 * validated by the route's schema and again by `attemptLogFile`; on top of that the real path,
 * symlinks resolved, must be exactly where the log belongs under the real data directory, and
 * the file is opened with O_NOFOLLOW, so neither `..` nor a planted symlink can lead out.
 */
export async function openLogFile(ref: LogFileRef): Promise<FileHandle | undefined> {
  const path = attemptLogFile(
    ref.dataDir,
    ref.executionId,
    ref.stepName,
    ref.attempt,
    fileKeys[ref.stream],
  );
  let real: string;
  let expected: string;
  try {
    real = await realpath(path);
    const root = await realpath(ref.dataDir);
    expected = attemptLogFile(
      root,
      ref.executionId,
      ref.stepName,
      ref.attempt,
      fileKeys[ref.stream],
    );
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  if (real !== expected) throw misplaced(ref);
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW).catch(
    (error: unknown) => {
      if (isMissing(error)) return undefined;
      if (systemErrorCode(error) === 'ELOOP') throw misplaced(ref);
      throw error;
    },
  );
  if (handle !== undefined && !(await handle.stat()).isFile()) {
    await handle.close();
    throw misplaced(ref);
  }
  return handle;
}

/** The folder of an attempt's logs, for messages. */
function logFolder(ref: LogFileRef): string {
  return join(
    'executions',
    ref.executionId,
    'steps',
    ref.stepName,
    `attempt-${ref.attempt}`,
    'logs',
  );
}

function isMissing(error: unknown): boolean {
  return ['ENOENT', 'ENOTDIR'].includes(systemErrorCode(error) ?? '');
}

function misplaced(ref: LogFileRef): NotFoundError {
  return new NotFoundError(
    `The ${ref.stream} log of step "${ref.stepName}" attempt ${ref.attempt} is not a file inside ${logFolder(ref)}, so it is not served.`,
  );
}
