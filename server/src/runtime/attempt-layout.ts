import { mkdir, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { RuntimeUserError } from './runtime-error';

/** `/opt/ml`: where a SageMaker container finds its inputs, outputs and configuration. */
export const containerMlDir = '/opt/ml';
/** Processing inputs and outputs must live below this folder, as SageMaker requires. */
export const containerProcessingDir = '/opt/ml/processing';

/** The folders of one step attempt. */
export interface AttemptLayout {
  attemptDir: string;
  /** `<attemptDir>/ml`, seen by the step as `/opt/ml`. */
  mlDir: string;
  /** `<attemptDir>/tmp`: the step's TMPDIR, removed with the attempt. */
  tmpDir: string;
  /** `<attemptDir>/logs`: stdout.log, stderr.log, output.log. */
  logDir: string;
}

/** The folders of the attempt at `attemptDir` (nothing is created). */
export function attemptLayout(attemptDir: string): AttemptLayout {
  return {
    attemptDir,
    mlDir: join(attemptDir, 'ml'),
    tmpDir: join(attemptDir, 'tmp'),
    logDir: join(attemptDir, 'logs'),
  };
}

/**
 * Creates the attempt's folders and the two files a SageMaker processing container finds in
 * `/opt/ml/config`: `processingjobconfig.json` (the job's request) and `resourceconfig.json`
 * (one host, `algo-1`).
 */
export async function prepareAttempt(
  layout: AttemptLayout,
  processingJobConfig: unknown,
): Promise<void> {
  const configDir = join(layout.mlDir, 'config');
  // Independent folders and files, created concurrently: this sits on every step's hand-off.
  const folders = [
    join(layout.mlDir, 'processing'),
    join(layout.mlDir, 'output'),
    configDir,
    layout.tmpDir,
    layout.logDir,
  ];
  await Promise.all(folders.map((dir) => mkdir(dir, { recursive: true })));
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await Promise.all([
    writeFile(join(configDir, 'processingjobconfig.json'), json(processingJobConfig)),
    writeFile(
      join(configDir, 'resourceconfig.json'),
      json({ current_host: 'algo-1', hosts: ['algo-1'] }),
    ),
  ]);
}

/**
 * The attempt folder path for a processing `LocalPath`. Like SageMaker, the path must be
 * absolute and below `/opt/ml/processing/`; after normalisation it must still be, so
 * `/opt/ml/processing/../../../etc` cannot reach outside the attempt.
 */
export function hostPathOfLocalPath(
  layout: AttemptLayout,
  localPath: string,
  what: string,
): string {
  const normal = posix.normalize(localPath);
  if (
    !localPath.startsWith('/') ||
    !normal.startsWith(`${containerProcessingDir}/`) ||
    localPath.includes('\0')
  ) {
    throw new RuntimeUserError(
      'invalid-arguments',
      `${what}: LocalPath "${localPath}" must be an absolute path below ${containerProcessingDir}/`,
    );
  }
  return join(layout.mlDir, normal.slice(containerMlDir.length + 1)).replace(/(.)\/+$/, '$1');
}
