import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Where `name` would be found by `execvp`: a name with a `/` is a path (relative ones from
 * `cwd`), anything else is looked up on `pathEnv`. `undefined` when it is nowhere, so a step can
 * say so before it starts instead of failing with a bare ENOENT.
 */
export async function findExecutable(
  name: string,
  pathEnv: string | undefined,
  cwd: string,
): Promise<string | undefined> {
  if (name === '') return undefined;
  if (name.includes('/')) {
    const path = isAbsolute(name) ? name : resolve(cwd, name);
    return (await isExecutableFile(path)) ? path : undefined;
  }
  for (const folder of (pathEnv ?? '').split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(resolve(cwd, folder), name);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}
