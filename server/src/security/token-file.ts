import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a generated token is kept, inside the data directory. */
export const TOKEN_FILE = 'token';

/** The server's token and where it came from. */
export interface ResolvedToken {
  token: string;
  source: 'configured' | 'generated' | 'token-file';
}

const usable = /^[A-Za-z0-9._~-]{16,256}$/;

/**
 * The token every request must carry. A configured one wins; otherwise the one kept in
 * `<dataDir>/token`, created on first start with 256 random bits and mode 0600 so other users
 * of the machine cannot read it. A token file that is empty or damaged is replaced.
 */
export function resolveToken(dataDir: string, configured: string | undefined): ResolvedToken {
  if (configured !== undefined) return { token: configured, source: 'configured' };
  const path = join(dataDir, TOKEN_FILE);
  const kept = readTokenFile(path);
  if (kept !== undefined) return { token: kept, source: 'token-file' };
  const token = randomBytes(32).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  // The mode given to writeFileSync only applies to a new file (and the umask may narrow it).
  chmodSync(path, 0o600);
  return { token, source: 'generated' };
}

function readTokenFile(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!usable.test(text)) return undefined;
  // Someone may have copied the file around and widened its mode; a readable token is no secret.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return text;
}
