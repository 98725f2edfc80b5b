import { rmSync } from 'node:fs';

/** Removes the temporary data folder the config made for this run. */
export default function globalTeardown(): void {
  const dataDir = process.env.PIPEWRIGHT_E2E_DATA_DIR;
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
}
