import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_TOKEN } from '../e2e-token';

/** tsx resolves from the server package, where it is a dependency. */
const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));
/** The same built web app the config's shared server serves. */
const e2eWebDir =
  process.env.PIPEWRIGHT_E2E_WEB_DIR ?? fileURLToPath(new URL('../../web/dist', import.meta.url));

/** A port the environment variable `name` sets, or none (`ownServer` then picks a free one). */
export function portFromEnv(name: string): number | undefined {
  const port = process.env[name];
  return port === undefined ? undefined : Number(port);
}

/**
 * A Pipewright server of one test's own, on its own port and with its own, fresh data folder:
 * for journeys that need an empty server, or one they can kill and start again, and for
 * `pnpm docs:screenshots`.
 */
export interface OwnServer {
  readonly port: number;
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly token: string;
  /** The link that trades the token for the session cookie, as `pipewright serve` prints it. */
  readonly loginUrl: string;
  /** Starts the server (again) on the same port and data folder; resolves once it answers. */
  start(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would; resolves once it has exited. */
  kill(): Promise<void>;
  /** Stops the server (SIGTERM) and removes its data folder. */
  dispose(): Promise<void>;
}

/** A port nothing listens on now: the system picks it, and it is let go at once. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface OwnServerOptions {
  /** By default a free port the system picks. */
  port?: number | undefined;
  /** By default the end-to-end tests' token. */
  token?: string;
  /** The built web app; by default the one the end-to-end tests serve. */
  webDir?: string;
}

/**
 * Makes (does not start) a server. The port and the data folder stay the same across restarts.
 */
export async function ownServer(options: OwnServerOptions = {}): Promise<OwnServer> {
  const { token = E2E_TOKEN, webDir = e2eWebDir } = options;
  const port = options.port ?? (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'pipewright-e2e-own-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    if (child) throw new Error(`the server on port ${port} is already running`);
    output = '';
    const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: {
        ...process.env,
        PIPEWRIGHT_HOST: '127.0.0.1',
        PIPEWRIGHT_PORT: String(port),
        PIPEWRIGHT_DATA_DIR: dataDir,
        PIPEWRIGHT_TOKEN: token,
        PIPEWRIGHT_WEB_DIR: webDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout?.on('data', (chunk) => (output += String(chunk)));
    started.stderr?.on('data', (chunk) => (output += String(chunk)));
    started.once('exit', () => {
      if (child === started) child = undefined;
    });
    await waitForHealth(started);
  };

  const waitForHealth = async (started: ChildProcess) => {
    // Starting tsx on a busy machine takes a while; the loop ends early if the process dies.
    for (let tries = 0; tries < 600; tries++) {
      if (started.exitCode !== null || started.signalCode !== null) {
        throw new Error(`the server on port ${port} exited while starting:\n${output}`);
      }
      try {
        const health = await fetch(`${baseUrl}/api/health`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (health.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server on port ${port} did not answer /api/health:\n${output}`);
  };

  const signal = async (name: NodeJS.Signals) => {
    const running = child;
    if (!running) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(name);
    // A server that does not end on SIGTERM within its grace period is killed.
    const late = setTimeout(() => running.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(late);
    child = undefined;
  };

  return {
    port,
    baseUrl,
    dataDir,
    token,
    loginUrl: `${baseUrl}/?token=${token}`,
    start,
    kill: () => signal('SIGKILL'),
    async dispose() {
      await signal('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
