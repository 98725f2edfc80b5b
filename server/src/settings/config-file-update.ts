import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type ConfigFile, ConfigFileError, ConfigFileSchema } from '../config-file';

/**
 * Writes `changes` into the config file at `path`, keeping every other key (the token, the host,
 * the port) as it was, and answers the whole new file. The text goes to a temporary file beside
 * it that is renamed over it, so a crash leaves the old file or the new one, never half of one.
 *
 * Synchronous on purpose: a read-modify-write that never yields to the event loop cannot
 * interleave with another request's, so two saves at once never lose one another's change.
 */
export function updateConfigFile(path: string, changes: Partial<ConfigFile>): ConfigFile {
  // A symlinked config file stays a symlink: the file it points to is the one replaced.
  const target = existsSync(path) ? realpathSync(path) : path;
  const current = readCurrent(target);
  // The merged object, not zod's output, is written: keys keep the order the person gave them.
  const next = { ...current, ...withoutUndefined(changes) };
  const parsed = checked(next, path);
  writeAtomically(target, `${JSON.stringify(next, null, 2)}\n`);
  return parsed;
}

function readCurrent(path: string): Record<string, unknown> {
  if (!existsSync(path)) return {};
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // The parser's message quotes the text around the mistake, which may be the token.
    throw new ConfigFileError(
      `The config file ${path} is not valid JSON any more (was it edited by hand?). Fix it, then save again.`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigFileError(
      `The config file ${path} is not a JSON object. Fix it, then save again.`,
    );
  }
  return value as Record<string, unknown>;
}

/** The merged file must still start the server; a key edited badly by hand since is named. */
function checked(value: Record<string, unknown>, path: string): ConfigFile {
  const parsed = ConfigFileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const at = issue.path.map(String).join('.');
    return at === '' ? issue.message : `${at}: ${issue.message}`;
  });
  throw new ConfigFileError(
    `The config file ${path} has problems: ${problems.join('; ')}. Fix them, then save again.`,
  );
}

function writeAtomically(path: string, text: string): void {
  // The file may hold the token: a new one is readable by its owner only, an old one keeps its mode.
  const mode = existsSync(path) ? statSync(path).mode & 0o777 : 0o600;
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    try {
      fchmodSync(fd, mode);
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
