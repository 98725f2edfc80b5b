import { describe, expect, it } from 'vitest';
import {
  describeDataDirError,
  describeListenError,
  describeSandboxFallback,
  describeUnwritableDataDir,
} from './startup-errors';

const config = { host: '127.0.0.1', port: 4310 };
const systemError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('describeListenError', () => {
  it('tells how to pick another port when the port is taken', () => {
    expect(describeListenError(systemError('EADDRINUSE'), config)).toBe(
      'Port 4310 on 127.0.0.1 is already in use (perhaps by another Pipewright). ' +
        'Stop that process, or choose another port with --port 4311 or PIPEWRIGHT_PORT=4311.',
    );
  });

  it('explains privileged ports', () => {
    expect(describeListenError(systemError('EACCES'), { ...config, port: 80 })).toContain(
      'ports below 1024 need administrator rights',
    );
  });

  it('names a host that is not on this machine', () => {
    expect(describeListenError(systemError('EADDRNOTAVAIL'), { ...config, host: '10.9.9.9' })).toBe(
      "Cannot listen on host '10.9.9.9': it is not an address of this machine. " +
        'Use --host 127.0.0.1 or set PIPEWRIGHT_HOST.',
    );
  });

  it('leaves anything else to surface as a bug with its stack', () => {
    expect(describeListenError(new TypeError('boom'), config)).toBeUndefined();
  });
});

describe('describeDataDirError', () => {
  it('names the folder, the reason and the settings to change', () => {
    expect(describeDataDirError(systemError('EACCES'), '/root/data')).toBe(
      'Cannot create the data directory /root/data (EACCES). ' +
        'Choose another with --data-dir or PIPEWRIGHT_DATA_DIR.',
    );
  });
});

describe('describeUnwritableDataDir', () => {
  it('says what to do when the folder cannot be written', () => {
    expect(describeUnwritableDataDir(systemError('EROFS'), '/mnt/ro')).toBe(
      'Cannot write to the data directory /mnt/ro (EROFS). ' +
        'Make it writable by this user, or choose another with --data-dir or PIPEWRIGHT_DATA_DIR.',
    );
    expect(describeUnwritableDataDir(systemError('SQLITE_READONLY'), '/d')).toContain('/d');
  });

  it('leaves anything else to surface as a bug with its stack', () => {
    expect(describeUnwritableDataDir(new TypeError('boom'), '/d')).toBeUndefined();
  });
});

describe('describeSandboxFallback', () => {
  it('warns with the reason and how to act when bubblewrap is missing', () => {
    const text = describeSandboxFallback({ mode: 'host', reason: 'bwrap is not installed' }, false);
    expect(text).toContain('Steps run without a sandbox: bwrap is not installed.');
    expect(text).toContain('sudo apt-get install bubblewrap');
    expect(text).toContain('"sandbox": "host"');
  });

  it('says nothing when bubblewrap is in use or host mode was chosen', () => {
    expect(describeSandboxFallback({ mode: 'bubblewrap' }, false)).toBeUndefined();
    expect(describeSandboxFallback({ mode: 'host', reason: 'x' }, true)).toBeUndefined();
  });
});
