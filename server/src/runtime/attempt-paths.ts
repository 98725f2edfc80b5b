import { join } from 'node:path';
import { logFileNames } from './log-files';
import { RuntimeUserError } from './runtime-error';

/** The bucket outputs without an S3Uri go to until the settings name another. */
export const defaultBucket = 'pipewright';

// Ids become folder names: letters, digits and a few separators, never `..` or `/`.
const safeSegment = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

function segment(value: string, what: string): string {
  if (!safeSegment.test(value) || value.includes('..')) {
    throw new RuntimeUserError('invalid-uri', `${what} "${value}" cannot name a folder`);
  }
  return value;
}

/** Where an attempt runs: `<dataDir>/executions/<executionId>/steps/<stepName>/attempt-<n>`. */
export function attemptDirFor(
  dataDir: string,
  executionId: string,
  stepName: string,
  attempt: number,
): string {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RuntimeUserError('invalid-uri', `attempt ${attempt} is not a positive whole number`);
  }
  const execution = segment(executionId, 'Execution id');
  return join(
    dataDir,
    'executions',
    execution,
    'steps',
    segment(stepName, 'Step name'),
    `attempt-${attempt}`,
  );
}

/** One of an attempt's log files (see `logFileNames`); the ids are checked, so it stays in the data directory. */
export function attemptLogFile(
  dataDir: string,
  executionId: string,
  stepName: string,
  attempt: number,
  log: keyof typeof logFileNames,
): string {
  return join(attemptDirFor(dataDir, executionId, stepName, attempt), 'logs', logFileNames[log]);
}

/** `s3://<bucket>/executions/<executionId>/<stepName>/`: where outputs without an S3Uri go. */
export function defaultOutputPrefixFor(
  bucket: string,
  executionId: string,
  stepName: string,
): string {
  return `s3://${bucket}/executions/${segment(executionId, 'Execution id')}/${segment(stepName, 'Step name')}/`;
}
