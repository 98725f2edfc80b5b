import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createPipeline,
  processingPipeline,
  startExecution,
} from '../../testing/pipeline-fixtures';
import { AUTH_HEADERS, type TestApp, useTestApp } from '../../testing/test-app';

const headers = AUTH_HEADERS;
const SECRET = 'secret-outside-the-data-dir';

/** A finished execution whose step printed `hello`, and a secret file outside the data dir. */
async function finishedRun(testApp: () => Promise<TestApp>) {
  const made = await testApp();
  await createPipeline(made.app, 'p', processingPipeline(['echo', 'hello']));
  const { id } = await startExecution(made.app, 'p');
  await made.services.engine.idle();
  const secret = join(made.workDir, 'secret.txt');
  writeFileSync(secret, SECRET);
  const logsDir = join(made.dataDir, 'executions', id, 'steps', 'Hello', 'attempt-1', 'logs');
  return { ...made, id, secret, logsDir };
}

describe('step logs cannot be read outside their folder', () => {
  const testApp = useTestApp();

  it('serves the log where it belongs', async () => {
    const { app, id } = await finishedRun(testApp);
    const res = await app.inject({ url: `/api/executions/${id}/steps/Hello/logs`, headers });
    expect(res.body).toBe('hello\n');
  });

  // `..` and `%2e%2e` as a whole segment are resolved by URL parsing before routing, so they
  // reach another address (no route: 404); every other spelling reaches the schema (400).
  it.each([
    ['..', '..', 404],
    ['dot-dot encoded', '%2e%2e', 404],
    ['dot-dot double encoded', '%252e%252e', 400],
    ['a climb with encoded slashes', '..%2f..%2f..%2fetc', 400],
    ['an absolute path', '%2Fetc%2Fpasswd', 400],
    ['a backslash climb', '..%5c..%5csecret.txt', 400],
    ['a NUL byte', 'Hello%00', 400],
  ])('refuses %s as the step name', async (_label, step, status) => {
    const { app, id } = await finishedRun(testApp);
    const res = await app.inject({ url: `/api/executions/${id}/steps/${step}/logs`, headers });
    expect(res.statusCode).toBe(status);
    if (status === 400) expect(res.json()).toMatchObject({ problems: [{ path: '/params/step' }] });
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('hello');
  });

  it.each([
    ['attempt', 'attempt=..%2F..%2F1'],
    ['attempt', 'attempt=-1'],
    ['stream', 'stream=..%2F..%2Fsecret'],
    ['stream', 'stream=%2Fetc%2Fpasswd'],
  ])('refuses a bad %s (%s) with 400', async (field, query) => {
    const { app, id } = await finishedRun(testApp);
    const res = await app.inject({
      url: `/api/executions/${id}/steps/Hello/logs?${query}`,
      headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ problems: [{ path: `/query/${field}` }] });
  });

  it('refuses an execution id that climbs', async () => {
    const { app } = await finishedRun(testApp);
    const res = await app.inject({ url: '/api/executions/..%2F..%2F/steps/Hello/logs', headers });
    expect(res.statusCode).toBe(400);
  });

  it('does not follow a log file replaced by a symlink', async () => {
    const { app, id, secret, logsDir } = await finishedRun(testApp);
    rmSync(join(logsDir, 'output.log'));
    symlinkSync(secret, join(logsDir, 'output.log'));
    const res = await app.inject({ url: `/api/executions/${id}/steps/Hello/logs`, headers });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(SECRET);
  });

  it('does not follow a logs folder replaced by a symlink, even into the data dir', async () => {
    const { app, id, workDir, logsDir } = await finishedRun(testApp);
    const elsewhere = join(workDir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'output.log'), SECRET);
    renameSync(logsDir, `${logsDir}-moved`);
    symlinkSync(elsewhere, logsDir);
    const res = await app.inject({ url: `/api/executions/${id}/steps/Hello/logs`, headers });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(SECRET);
  });

  it('answers an attempt whose log was never written with an empty log', async () => {
    const { app, id, logsDir } = await finishedRun(testApp);
    rmSync(logsDir, { recursive: true });
    const res = await app.inject({ url: `/api/executions/${id}/steps/Hello/logs`, headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
    expect(res.headers['x-log-size']).toBe('0');
  });
});

describe('downloading a step log', () => {
  const testApp = useTestApp();

  it('sends the whole file as a named attachment, past the size one range answer holds', async () => {
    const { app, id, logsDir } = await finishedRun(testApp);
    const big = `${'x'.repeat(99)}\n`.repeat(15_000);
    writeFileSync(join(logsDir, 'output.log'), big);
    const ranged = await app.inject({ url: `/api/executions/${id}/steps/Hello/logs`, headers });
    expect(ranged.body.length).toBeLessThan(big.length);
    const res = await app.inject({
      url: `/api/executions/${id}/steps/Hello/logs?download=1`,
      headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${id}-Hello-attempt1.log"`,
    );
    expect(res.body).toBe(big);
  });

  it('names a single stream in the file name', async () => {
    const { app, id } = await finishedRun(testApp);
    const res = await app.inject({
      url: `/api/executions/${id}/steps/Hello/logs?download=1&stream=stdout`,
      headers,
    });
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${id}-Hello-attempt1-stdout.log"`,
    );
    expect(res.body).toBe('hello\n');
  });

  it('refuses a download combined with a range', async () => {
    const { app, id } = await finishedRun(testApp);
    const res = await app.inject({
      url: `/api/executions/${id}/steps/Hello/logs?download=1&tail=5`,
      headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ problems: [{ path: '/query/download' }] });
  });
});
