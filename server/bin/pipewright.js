#!/usr/bin/env node
// Thin launcher so `pipewright` works as an installed bin: the CLI itself is TypeScript run by tsx.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const cliEntry = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'main.ts');
const result = spawnSync(process.execPath, [tsxCli, cliEntry, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
