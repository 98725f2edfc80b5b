import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { freePort, killStartedServers, startServerProcess } from './server-process';

/** Calls `check` until it returns a value, or fails after many tries (no timing is asserted). */
async function eventually<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 600; tries++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the condition never held');
}

afterEach(killStartedServers);

describe('kill -9 of the server mid-run', () => {
  it('resumes the execution after a restart: nothing lost, succeeded steps not re-run, the interrupted step runs again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-durability-'));
    const marks = join(dataDir, 'marks.log');
    const token = 'durability-test-token-0123456789abcdef';
    const port = await freePort();
    // Slow records each start and end, so the test can see which attempts ran to the end.
    const slow = [
      'python3',
      '-c',
      `import time,os\nopen('${marks}','a').write('start %d\\n' % os.getpid())\ntime.sleep(3)\nopen('${marks}','a').write('end %d\\n' % os.getpid())`,
    ];
    const step = (name: string, argv: string[], dependsOn?: string) => ({
      Name: name,
      Type: 'Processing',
      Arguments: { AppSpecification: { ImageUri: 'local', ContainerEntrypoint: argv } },
      ...(dependsOn && { DependsOn: [dependsOn] }),
    });
    const definition = {
      Version: '2020-12-01',
      Steps: [step('First', ['true']), step('Slow', slow, 'First'), step('Last', ['true'], 'Slow')],
    };

    const first = await startServerProcess({ dataDir, port, token });
    expect(
      (await first.api('POST', '/api/pipelines', { name: 'durable', definition })).status,
    ).toBe(201);
    const started = await first.api('POST', '/api/pipelines/durable/executions', {});
    const id = started.body.PipelineExecutionId as string;
    await eventually(async () => {
      const text = await readFile(marks, 'utf8').catch(() => '');
      return text.includes('start') ? true : undefined;
    });
    await first.crash();

    const second = await startServerProcess({ dataDir, port, token });
    const final = await eventually(async () => {
      const { body } = await second.api('GET', `/api/executions/${id}`);
      return body.PipelineExecutionStatus === 'Succeeded' ? body : undefined;
    });
    const { body: steps } = await second.api('GET', `/api/executions/${id}/steps`);
    await second.stop();

    expect(final.PipelineExecutionStatus).toBe('Succeeded');
    const attempts = Object.fromEntries(
      (steps.PipelineExecutionSteps as { StepName: string; AttemptCount: number }[]).map((s) => [
        s.StepName,
        s.AttemptCount,
      ]),
    );
    expect(attempts).toEqual({ First: 1, Slow: 2, Last: 1 });

    // The first attempt was killed on recovery, never finishing; the second ran to its end.
    const lines = (await readFile(marks, 'utf8')).trim().split('\n');
    expect(lines.filter((line) => line.startsWith('start'))).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith('end'))).toHaveLength(1);
    expect(lines.at(-1)).toBe(`end ${lines[1]?.split(' ')[1]}`);

    // The event stream is whole: gap-free, and it records the interruption.
    const store = openStore(dataDir);
    const events = store.executions.eventsSince(id, 0, 10_000);
    store.close();
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    const types = events.map(({ event }) =>
      'stepName' in event ? `${event.type}:${event.stepName}` : event.type,
    );
    expect(types).toContain('step-interrupted:Slow');
    expect(types.filter((type) => type === 'step-starting:First')).toHaveLength(1);
    expect(types.at(-1)).toBe('execution-finished');
  });
});
