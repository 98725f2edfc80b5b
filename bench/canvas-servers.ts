/**
 * The two pages `pnpm bench:canvas` opens: the real server with the built web app, and the bare
 * React Flow page in `canvas-baseline/`, built by Vite into a temporary folder and served as
 * static files.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { BenchStep } from './canvas-graph';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Served {
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * The real server on a free port with a fresh data directory. It serves `PIPEWRIGHT_WEB_DIR`
 * when set (a build of one's own, so two runs never share `web/dist`), else `web/dist`, built
 * here if missing.
 */
export async function startApp(): Promise<Served & { token: string }> {
  const webDir = join(repoRoot, 'web');
  const ownBuild = process.env.PIPEWRIGHT_WEB_DIR;
  if (ownBuild && !existsSync(join(ownBuild, 'index.html'))) {
    throw new Error(`PIPEWRIGHT_WEB_DIR has no index.html: ${ownBuild}`);
  }
  if (!ownBuild && !existsSync(join(webDir, 'dist', 'index.html'))) {
    console.log('building the web app (web/dist is missing)…');
    await build({ root: webDir, logLevel: 'silent' });
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-bench-canvas-'));
  const port = await freePort();
  const token = randomBytes(16).toString('hex');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/src/cli/main.ts',
      'serve',
      '--port',
      String(port),
      '--data',
      dataDir,
    ],
    { cwd: repoRoot, env: { ...process.env, PIPEWRIGHT_TOKEN: token }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    const health = await fetch(`${url}/api/health`, {
      headers: { authorization: `Bearer ${token}` },
    }).catch(() => undefined);
    if (health?.ok) return { url, token, close };
    if (child.exitCode !== null || attempt > 300) {
      await close();
      throw new Error('the Pipewright server did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Saves the steps as a pipeline of Processing steps, every step with its canvas position. */
export async function createPipeline(
  app: Served & { token: string },
  name: string,
  steps: BenchStep[],
) {
  const definition = {
    Version: '2020-12-01',
    Metadata: {},
    Parameters: [],
    Steps: steps.map((step) => ({
      Name: step.name,
      Type: 'Processing',
      Arguments: { AppSpecification: { ImageUri: 'local', ContainerEntrypoint: ['true'] } },
      ...(step.dependsOn.length > 0 && { DependsOn: step.dependsOn }),
    })),
    'x-pipewright': {
      formatVersion: 1,
      positions: Object.fromEntries(steps.map((step) => [step.name, step.position])),
    },
  };
  const response = await fetch(`${app.url}/api/pipelines`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${app.token}`,
      'content-type': 'application/json',
      origin: app.url,
    },
    body: JSON.stringify({ name, definition }),
  });
  if (!response.ok) throw new Error(`creating ${name} failed: ${await response.text()}`);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Builds `canvas-baseline/` with Vite into a temporary folder and serves it on a free port. */
export async function serveBaseline(): Promise<Served> {
  const outDir = await mkdtemp(join(tmpdir(), 'pipewright-bench-baseline-'));
  await build({
    root: fileURLToPath(new URL('canvas-baseline', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(outDir, normalize(path === '/' ? '/index.html' : path));
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'text/plain' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
