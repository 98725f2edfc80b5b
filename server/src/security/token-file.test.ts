import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN_FILE, resolveToken } from './token-file';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-token-'));
  dirs.push(dir);
  return join(dir, 'data');
}
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('resolveToken', () => {
  it('generates a random token on first start, keeps it with mode 0600, and reuses it', () => {
    const dir = dataDir();
    const first = resolveToken(dir, undefined);
    expect(first.source).toBe('generated');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(join(dir, TOKEN_FILE), 'utf8').trim()).toBe(first.token);
    expect(modeOf(join(dir, TOKEN_FILE))).toBe(0o600);
    expect(resolveToken(dir, undefined)).toEqual({ token: first.token, source: 'token-file' });
    expect(resolveToken(dataDir(), undefined).token).not.toBe(first.token);
  });

  it('uses a configured token and writes no file', () => {
    const dir = dataDir();
    expect(resolveToken(dir, 'chosen-token-0123456789')).toEqual({
      token: 'chosen-token-0123456789',
      source: 'configured',
    });
    expect(() => statSync(join(dir, TOKEN_FILE))).toThrow();
  });

  it('replaces a damaged token file and narrows a token file others can read', () => {
    const dir = dataDir();
    resolveToken(dir, undefined);
    const path = join(dir, TOKEN_FILE);
    writeFileSync(path, 'short\n');
    const replaced = resolveToken(dir, undefined);
    expect(replaced.source).toBe('generated');
    // A new file, since the mode given to writeFileSync applies only when it creates one.
    rmSync(path);
    writeFileSync(path, `${replaced.token}\n`, { mode: 0o644 });
    expect(resolveToken(dir, undefined).token).toBe(replaced.token);
    expect(modeOf(path)).toBe(0o600);
  });
});
