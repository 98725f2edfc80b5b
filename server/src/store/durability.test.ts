import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from './store';
import { sampleDocument, started, useTempDirs } from './store-test-helpers';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const writer = fileURLToPath(new URL('./durability-writer.fixture.ts', import.meta.url));

/**
 * Runs the writer in its own process until it has acknowledged at least `commits` batches,
 * then kills it with SIGKILL mid-stream. Returns the highest sequence number it acknowledged.
 */
function writeUntilKilled(dataDir: string, executionId: string, commits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, executionId], {
      cwd: serverDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acknowledged = 0;
    let highest = 0;
    let pending = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        highest = Math.max(highest, Number(line));
        acknowledged += 1;
      }
      if (!killed && acknowledged >= commits) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL' && killed) resolve(highest);
      else reject(new Error(`the writer ended on its own (${signal ?? _code}):\n${stderr}`));
    });
  });
}

describe('durability', () => {
  const tempDir = useTempDirs();

  it('keeps every committed event of a writer killed with SIGKILL, and continues after it', async () => {
    const dataDir = tempDir();
    const setup = openStore(dataDir);
    setup.pipelines.create({ name: 'p', document: sampleDocument() });
    const id = setup.executions.create({ pipelineName: 'p', version: 1 }).execution.header
      .executionId;
    setup.executions.appendEvents(id, [started()]);
    setup.close();

    for (const commits of [150, 400, 250]) {
      const acknowledged = await writeUntilKilled(dataDir, id, commits);

      const store = openStore(dataDir);
      try {
        expect(store.database.sql.pragma('integrity_check', { simple: true })).toBe('ok');
        const events = store.executions.eventsSince(id, 0, 1_000_000);
        const last = events.length;
        expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
        expect(last).toBeGreaterThanOrEqual(acknowledged);
        // Batches are whole: execution-started, then three events per step.
        expect((last - 1) % 3).toBe(0);
        const { state } = store.executions.get(id);
        const steps = Object.values(state?.steps ?? {});
        expect(state?.lastSeq).toBe(last);
        expect(steps).toHaveLength((last - 1) / 3);
        expect(steps.every((step) => step.status === 'Succeeded')).toBe(true);
        expect(Object.keys(store.executions.latestStepProperties(id))).toHaveLength(steps.length);
      } finally {
        store.close();
      }
    }
  }, 60_000);
});
