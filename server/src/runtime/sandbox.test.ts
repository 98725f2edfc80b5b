import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attemptLayout, hostPathOfLocalPath, prepareAttempt } from './attempt-layout';
import { detectBubblewrap } from './bubblewrap';
import { startProcess } from './process-runner';
import { bubblewrapSandbox, detectSandbox, hostSandbox } from './sandbox';
import { rewriteContainerPath } from './sandbox-env';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pw-sandbox-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const input = (attemptDir: string) => ({
  layout: attemptLayout(attemptDir),
  argv: [
    'python3',
    '/opt/ml/processing/input/code/run.py',
    '--out=/opt/ml/processing/output',
    'x/opt/ml',
  ],
  environment: { DATA: '/opt/ml/processing/input/data', MODE: 'fast' },
  inputs: [{ name: 'raw-data', localPath: '/opt/ml/processing/input/data' }],
  outputs: [{ name: 'train', localPath: '/opt/ml/processing/train' }],
  cwd: '/work',
  hostEnv: { PATH: '/usr/bin:/bin', HOME: '/home/me', PIPEWRIGHT_TOKEN: 'secret' },
});

describe('hostSandbox', () => {
  it('rewrites /opt/ml in the argv and the Environment to the attempt folder', () => {
    const command = hostSandbox('bwrap is not installed').command(input('/data/a1'));
    expect(command.command).toBe('python3');
    expect(command.args).toEqual([
      '/data/a1/ml/processing/input/code/run.py',
      '--out=/data/a1/ml/processing/output',
      'x/opt/ml',
    ]);
    expect(command.terminate).toBe('group');
    expect(command.env).toMatchObject({
      PATH: '/usr/bin:/bin',
      DATA: '/data/a1/ml/processing/input/data',
      MODE: 'fast',
      SM_OPT_ML_DIR: '/data/a1/ml',
      SM_PROCESSING_DIR: '/data/a1/ml/processing',
      SM_PROCESSING_INPUT_RAW_DATA: '/data/a1/ml/processing/input/data',
      SM_PROCESSING_OUTPUT_TRAIN: '/data/a1/ml/processing/train',
      TMPDIR: '/data/a1/tmp',
      PYTHONUNBUFFERED: '1',
    });
    expect(command.env.PIPEWRIGHT_TOKEN).toBeUndefined();
  });
});

describe('bubblewrapSandbox', () => {
  it('binds the attempt at /opt/ml and runs the argv as written', () => {
    const sandbox = bubblewrapSandbox({
      path: '/usr/bin/bwrap',
      opt: { entries: [{ name: 'conda' }, { name: 'link', symlink: 'conda' }] },
    });
    const command = sandbox.command(input('/data/a1'));
    expect(command.command).toBe('/usr/bin/bwrap');
    const dash = command.args.indexOf('--');
    expect(command.args.slice(dash + 1)).toEqual(input('/data/a1').argv);
    const options = command.args.slice(0, dash).join(' ');
    expect(options).toContain('--ro-bind / /');
    expect(options).toContain('--bind /tmp /tmp');
    expect(options).toContain(
      '--tmpfs /opt --ro-bind /opt/conda /opt/conda --symlink conda /opt/link',
    );
    expect(options).toContain('--bind /data/a1 /data/a1 --bind /data/a1/ml /opt/ml');
    expect(options).toContain('--die-with-parent');
    expect(options).toContain('--new-session');
    expect(options).not.toContain('--unshare-net');
    expect(command.terminate).toBe('descendants');
    expect(command.env).toMatchObject({
      DATA: '/opt/ml/processing/input/data',
      SM_PROCESSING_INPUT_RAW_DATA: '/opt/ml/processing/input/data',
      TMPDIR: '/data/a1/tmp',
    });
    expect(command.hostArgv[1]).toBe('/data/a1/ml/processing/input/code/run.py');
  });

  it('binds over /opt/ml directly when the host has that folder', () => {
    const command = bubblewrapSandbox({ path: 'bwrap', opt: 'bind-over' }).command(input('/a'));
    expect(command.args).not.toContain('--tmpfs');
  });
});

describe('rewriteContainerPath', () => {
  it.each([
    ['/opt/ml', '/a/ml'],
    ['/opt/ml/processing/x', '/a/ml/processing/x'],
    ['--input=/opt/ml/processing/x', '--input=/a/ml/processing/x'],
    ['-i=/opt/ml/x', '-i=/a/ml/x'],
    ['/opt/mlx', '/opt/mlx'],
    ['/opt/ml2/x', '/opt/ml2/x'],
    ['see /opt/ml/x', 'see /opt/ml/x'],
    ['s3://b/opt/ml/x', 's3://b/opt/ml/x'],
  ])('%s → %s', (value, expected) => {
    expect(rewriteContainerPath(value, '/a/ml')).toBe(expected);
  });
});

describe('attempt layout', () => {
  it('maps a LocalPath below /opt/ml/processing into the attempt', () => {
    const layout = attemptLayout('/data/a1');
    expect(hostPathOfLocalPath(layout, '/opt/ml/processing/input/', 'input raw')).toBe(
      '/data/a1/ml/processing/input',
    );
  });

  it.each([
    '/opt/ml/processing/../../../etc',
    '/opt/ml/model',
    'opt/ml/processing/x',
    '/opt/ml/processing',
    '/tmp/x',
  ])('refuses the LocalPath %s', (localPath) => {
    expect(() => hostPathOfLocalPath(attemptLayout('/a'), localPath, 'input raw')).toThrow(
      `input raw: LocalPath "${localPath}" must be an absolute path below /opt/ml/processing/`,
    );
  });

  it('writes the two config files a processing container reads', async () => {
    const layout = attemptLayout(join(root, 'attempt'));
    await prepareAttempt(layout, { ProcessingJobName: 'job-1' });
    const read = async (name: string) =>
      JSON.parse(await readFile(join(layout.mlDir, 'config', name), 'utf8')) as unknown;
    expect(await read('processingjobconfig.json')).toEqual({ ProcessingJobName: 'job-1' });
    expect(await read('resourceconfig.json')).toEqual({
      current_host: 'algo-1',
      hosts: ['algo-1'],
    });
  });
});

describe('detection', () => {
  it('explains that bubblewrap is missing when bwrap is not on the PATH', async () => {
    expect(await detectBubblewrap('/nonexistent')).toEqual({
      ok: false,
      reason: 'bwrap is not installed (not found on PATH)',
    });
  });

  it('gives a host sandbox with a reason, or a bubblewrap one, and the same answer each time', async () => {
    const sandbox = await detectSandbox();
    expect(await detectSandbox()).toBe(sandbox);
    expect(sandbox.mode === 'bubblewrap' || (sandbox.reason ?? '').length > 0).toBe(true);
    expect((await detectSandbox('host')).mode).toBe('host');
  });
});

describe('a step in the detected sandbox', () => {
  it('reads its input and writes its output at the /opt/ml paths it was given', async () => {
    const sandbox = await detectSandbox();
    const layout = attemptLayout(join(root, 'attempt-1'));
    await prepareAttempt(layout, {});
    await mkdir(join(layout.mlDir, 'processing', 'input', 'data'), { recursive: true });
    await mkdir(join(layout.mlDir, 'processing', 'train'), { recursive: true });
    await writeFile(join(layout.mlDir, 'processing', 'input', 'data', 'rows.txt'), 'one\ntwo\n');
    const script = [
      'import json, os, sys',
      'rows = open(sys.argv[1]).read().split()',
      'out = os.environ["SM_PROCESSING_OUTPUT_TRAIN"]',
      'open(os.path.join(out, "count.txt"), "w").write(str(len(rows)))',
      'print(json.load(open(os.environ["SM_CONFIG_DIR"] + "/resourceconfig.json"))["current_host"])',
    ].join('\n');
    const command = sandbox.command({
      layout,
      argv: ['python3', '-c', script, '/opt/ml/processing/input/data/rows.txt'],
      environment: {},
      inputs: [{ name: 'data', localPath: '/opt/ml/processing/input/data' }],
      outputs: [{ name: 'train', localPath: '/opt/ml/processing/train' }],
      cwd: root,
    });
    let stdout = '';
    const running = await startProcess({
      ...command,
      logDir: layout.logDir,
      onOutput: (_s, text) => (stdout += text),
    });
    expect(await running.result).toMatchObject({ exitCode: 0 });
    expect(stdout.trim()).toBe('algo-1');
    expect(await readFile(join(layout.mlDir, 'processing', 'train', 'count.txt'), 'utf8')).toBe(
      '2',
    );
  });

  it('lets a stopped step handle SIGTERM, then ends it', async () => {
    const sandbox = await detectSandbox();
    const layout = attemptLayout(join(root, 'attempt-2'));
    await prepareAttempt(layout, {});
    const script =
      'import signal, sys, time\n' +
      'def term(*_):\n    print("cleaning up", flush=True); sys.exit(7)\n' +
      'signal.signal(signal.SIGTERM, term)\nprint("ready", flush=True)\ntime.sleep(1000)';
    const command = sandbox.command({
      layout,
      argv: ['python3', '-c', script],
      environment: {},
      inputs: [],
      outputs: [],
      cwd: root,
    });
    let stdout = '';
    let ready: () => void = () => undefined;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const running = await startProcess({
      ...command,
      logDir: layout.logDir,
      onOutput: (_s, text) => {
        stdout += text;
        if (stdout.includes('ready')) ready();
      },
    });
    await isReady;
    running.stop();
    const result = await running.result;
    expect(result.stopped).toBe(true);
    expect(stdout).toContain('cleaning up');
    expect(result.exitCode).toBe(7);
  });
});
