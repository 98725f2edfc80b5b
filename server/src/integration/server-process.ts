import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const cliEntry = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

/** A free loopback port, found by letting the OS pick one. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const started = new Set<ChildProcess>();

/** Kills every server a test started and did not stop, so a failing test leaves none behind. */
export function killStartedServers(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  started.clear();
}

/** `pipewright serve` as a real child process, with a fixed token, ready once it prints its URL. */
export async function startServerProcess(options: {
  dataDir: string;
  port: number;
  token: string;
}) {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      cliEntry,
      'serve',
      '--port',
      String(options.port),
      '--data',
      options.dataDir,
    ],
    {
      env: { ...process.env, PIPEWRIGHT_TOKEN: options.token, PIPEWRIGHT_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  started.add(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Pipewright is running at')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)),
    );
  });
  const base = `http://127.0.0.1:${options.port}`;
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    api,
    /** SIGKILL: no shutdown code runs, as in a crash. */
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
