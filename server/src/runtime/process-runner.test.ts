import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutputStream } from './log-files';
import { buildStepEnv } from './process-env';
import { type ProcessOptions, startProcess } from './process-runner';
import { isRunning } from './process-tree';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pw-process-runner-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs `node -e script`, collecting output; `until` resolves once that text was printed. */
async function runNode(script: string, options: Partial<ProcessOptions> = {}) {
  const chunks: { stream: OutputStream; text: string }[] = [];
  const seen = () => chunks.map((chunk) => chunk.text).join('');
  const waiters: { text: string; resolve: () => void }[] = [];
  const running = await startProcess({
    command: process.execPath,
    args: ['-e', script],
    env: buildStepEnv(),
    cwd: root,
    logDir: join(root, 'logs'),
    onOutput: (stream, text) => {
      chunks.push({ stream, text });
      for (const waiter of waiters) if (seen().includes(waiter.text)) waiter.resolve();
    },
    ...options,
  });
  const until = (text: string) =>
    new Promise<void>((resolve) => {
      if (seen().includes(text)) resolve();
      else waiters.push({ text, resolve });
    });
  return { running, chunks, seen, until };
}

const readLog = (name: string) => readFile(join(root, 'logs', name), 'utf8');

describe('startProcess', () => {
  it('streams stdout and stderr to the listener and to the log files', async () => {
    const { running, chunks } = await runNode(
      'process.stdout.write("hello "); process.stderr.write("oops\\n"); process.stdout.write("world\\n")',
    );
    expect(await running.result).toEqual({ exitCode: 0, signal: null, stopped: false });
    const text = (stream: OutputStream) =>
      chunks
        .filter((chunk) => chunk.stream === stream)
        .map((chunk) => chunk.text)
        .join('');
    expect(text('stdout')).toBe('hello world\n');
    expect(text('stderr')).toBe('oops\n');
    expect(await readLog('stdout.log')).toBe('hello world\n');
    expect(await readLog('stderr.log')).toBe('oops\n');
    expect((await readLog('output.log')).split('').sort().join('')).toBe(
      'hello world\noops\n'.split('').sort().join(''),
    );
  });

  it('keeps a multi-byte character whole when it is split across chunks', async () => {
    const { running, seen } = await runNode(
      'const b = Buffer.from("é"); process.stdout.write(b.subarray(0, 1)); setTimeout(() => process.stdout.write(b.subarray(1)), 50)',
    );
    await running.result;
    expect(seen()).toBe('é');
  });

  it('reports the exit code', async () => {
    const { running } = await runNode('process.exit(3)');
    expect(await running.result).toEqual({ exitCode: 3, signal: null, stopped: false });
  });

  it('reports a missing executable as a failure to start, in the result and the log', async () => {
    const running = await startProcess({
      command: '/no/such/tool',
      args: ['--flag'],
      env: buildStepEnv(),
      cwd: root,
      logDir: join(root, 'logs'),
    });
    expect(await running.result).toEqual({
      exitCode: null,
      signal: null,
      stopped: false,
      startError: '/no/such/tool: not found',
    });
    expect(await readLog('stderr.log')).toContain('could not start /no/such/tool: not found');
    running.stop();
  });

  it('says so when the working directory is missing, instead of blaming the executable', async () => {
    const running = await startProcess({
      command: process.execPath,
      args: ['-e', ''],
      env: buildStepEnv(),
      cwd: join(root, 'gone'),
      logDir: join(root, 'logs'),
    });
    expect((await running.result).startError).toBe(
      `${process.execPath}: the working directory ${join(root, 'gone')} does not exist`,
    );
  });

  it('lets a process that handles SIGTERM clean up when stopped', async () => {
    const { running, until, seen } = await runNode(
      'process.on("SIGTERM", () => { console.log("cleaning up"); process.exit(0); }); console.log("ready"); setInterval(() => {}, 1000)',
    );
    await until('ready');
    running.stop();
    expect(await running.result).toEqual({ exitCode: 0, signal: null, stopped: true });
    expect(seen()).toContain('cleaning up');
  });

  it('kills a process that ignores SIGTERM once the grace period is over', async () => {
    const { running, until } = await runNode(
      'process.on("SIGTERM", () => console.log("ignored")); console.log("ready"); setInterval(() => {}, 1000)',
      { stopGraceMs: 200 },
    );
    await until('ready');
    running.stop();
    running.stop();
    expect(await running.result).toEqual({ exitCode: null, signal: 'SIGKILL', stopped: true });
  });

  it('stops the grandchildren in its process group too', async () => {
    const { running, until, seen } = await runNode(
      `const { spawn } = require('node:child_process');
       const grandchild = spawn('sleep', ['1000'], { stdio: 'ignore' });
       console.log('grandchild ' + grandchild.pid); setInterval(() => {}, 1000)`,
    );
    await until('grandchild ');
    const pid = Number(/grandchild (\d+)/.exec(seen())?.[1]);
    expect(await isRunning(pid)).toBe(true);
    running.stop();
    expect((await running.result).stopped).toBe(true);
    expect(await isRunning(pid)).toBe(false);
  });

  it('ends what a process left running when it exits, as a container does', async () => {
    const { running, seen } = await runNode(
      `const { spawn } = require('node:child_process');
       const orphan = spawn('sleep', ['1000'], { stdio: 'inherit' });
       console.log('orphan ' + orphan.pid); orphan.unref();`,
    );
    expect((await running.result).exitCode).toBe(0);
    const pid = Number(/orphan (\d+)/.exec(seen())?.[1]);
    expect(await isRunning(pid)).toBe(false);
  });

  it('with terminate "descendants", signals the processes below the leader but not the leader', async () => {
    const { running, until, seen } = await runNode(
      `const { spawn } = require('node:child_process');
       process.on('SIGTERM', () => console.log('leader got SIGTERM'));
       const child = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => { console.log("child got SIGTERM"); process.exit(5); }); console.log("child ready"); setInterval(() => {}, 1000)'], { stdio: 'inherit' });
       child.on('exit', (code) => { console.log('child exited ' + code); process.exit(0); });`,
      { terminate: 'descendants' },
    );
    await until('child ready');
    running.stop();
    expect(await running.result).toEqual({ exitCode: 0, signal: null, stopped: true });
    expect(seen()).toContain('child got SIGTERM');
    expect(seen()).toContain('child exited 5');
    expect(seen()).not.toContain('leader got SIGTERM');
  });

  it('passes only the allowlisted environment: the server token never reaches a step', async () => {
    const host = { ...process.env, PIPEWRIGHT_TOKEN: 'secret-token', AWS_SECRET_ACCESS_KEY: 'x' };
    const env = buildStepEnv({
      host,
      layers: [{ SM_PROCESSING_DIR: '/opt/ml/processing' }, { MODE: 'fast' }],
    });
    const { running, seen } = await runNode('console.log(JSON.stringify(process.env))', { env });
    await running.result;
    const childEnv = JSON.parse(seen()) as Record<string, string>;
    expect(childEnv.PIPEWRIGHT_TOKEN).toBeUndefined();
    expect(childEnv.AWS_SECRET_ACCESS_KEY).toBeUndefined();
    expect(childEnv).toMatchObject({
      PATH: process.env.PATH,
      MODE: 'fast',
      SM_PROCESSING_DIR: '/opt/ml/processing',
    });
  });
});

describe('buildStepEnv', () => {
  it('takes allowlisted host variables, then each layer, later layers winning', () => {
    const env = buildStepEnv({
      host: { PATH: '/bin', HOME: '/home/me', PIPEWRIGHT_TOKEN: 't', SECRET: 's' },
      layers: [{ A: '1', B: '1' }, { B: '2' }],
    });
    expect(env).toEqual({ PATH: '/bin', HOME: '/home/me', A: '1', B: '2' });
  });
});
