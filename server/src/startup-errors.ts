import type { ServerConfig } from './config';

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/**
 * A sentence for the operational errors a person can fix when the server cannot listen;
 * `undefined` for anything else, which is a bug and keeps its stack trace.
 */
export function describeListenError(
  error: unknown,
  { host, port }: Pick<ServerConfig, 'host' | 'port'>,
): string | undefined {
  const next = port === 65535 ? port - 1 : port + 1;
  const anotherPort = `another port with --port ${next} or PIPEWRIGHT_PORT=${next}`;
  switch (codeOf(error)) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use (perhaps by another Pipewright). Stop that process, or choose ${anotherPort}.`;
    case 'EACCES':
      return `Not allowed to listen on port ${port} (ports below 1024 need administrator rights). Choose ${anotherPort}.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `Cannot listen on host '${host}': it is not an address of this machine. Use --host 127.0.0.1 or set PIPEWRIGHT_HOST.`;
    default:
      return undefined;
  }
}

/** A sentence for a data directory that cannot be created. */
export function describeDataDirError(error: unknown, dataDir: string): string {
  const reason = codeOf(error) ?? (error instanceof Error ? error.message : String(error));
  return `Cannot create the data directory ${dataDir} (${reason}). Choose another with --data-dir or PIPEWRIGHT_DATA_DIR.`;
}

/** File-system and SQLite codes that mean "this folder cannot be written", not a bug. */
const unwritableCodes = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOTDIR',
  'ENOSPC',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_FULL',
]);

/**
 * A sentence for a data directory that exists but cannot be written (permissions, a read-only
 * disk, a full disk); `undefined` for anything else, which is a bug and keeps its stack trace.
 */
export function describeUnwritableDataDir(error: unknown, dataDir: string): string | undefined {
  const code = codeOf(error);
  if (code === undefined || !unwritableCodes.has(code)) return undefined;
  return `Cannot write to the data directory ${dataDir} (${code}). Make it writable by this user, or choose another with --data-dir or PIPEWRIGHT_DATA_DIR.`;
}

/**
 * The warning printed at start when steps run without bubblewrap although nobody chose that:
 * what it means and the two ways to act on it. `undefined` when there is nothing to say.
 */
export function describeSandboxFallback(
  sandbox: { mode: 'bubblewrap' | 'host'; reason?: string | undefined },
  chosenHost: boolean,
): string | undefined {
  if (sandbox.mode === 'bubblewrap' || chosenHost) return undefined;
  return (
    `Steps run without a sandbox: ${sandbox.reason ?? 'bubblewrap is not available'}. ` +
    'They can read and write anything this user can. Install bubblewrap (sudo apt-get install bubblewrap) ' +
    'and restart, or set "sandbox": "host" in the config file to run this way on purpose.'
  );
}
