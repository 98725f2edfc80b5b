import { describe, expect, it } from 'vitest';
import { attemptDirFor, attemptLogFile, defaultOutputPrefixFor } from './attempt-paths';

describe('attempt paths', () => {
  it('puts each attempt in its own folder under the execution and step', () => {
    expect(attemptDirFor('/data', 'exec-1', 'Preprocess', 2)).toBe(
      '/data/executions/exec-1/steps/Preprocess/attempt-2',
    );
    expect(attemptLogFile('/data', 'exec-1', 'Preprocess', 1, 'stderr')).toBe(
      '/data/executions/exec-1/steps/Preprocess/attempt-1/logs/stderr.log',
    );
    expect(defaultOutputPrefixFor('pipewright', 'exec-1', 'Preprocess')).toBe(
      's3://pipewright/executions/exec-1/Preprocess/',
    );
    expect(defaultOutputPrefixFor('team-results', 'exec-1', 'Preprocess')).toBe(
      's3://team-results/executions/exec-1/Preprocess/',
    );
  });

  it.each([
    ['..', 'Step'],
    ['exec-1', '../../etc'],
    ['a/b', 'Step'],
    ['%2e%2e', 'Step'],
    ['exec-1', 'a..b'],
    ['', 'Step'],
    ['exec\0', 'Step'],
  ])('refuses ids that could leave the data directory: %j %j', (executionId, stepName) => {
    expect(() => attemptDirFor('/data', executionId, stepName, 1)).toThrow('cannot name a folder');
    expect(() => defaultOutputPrefixFor('pipewright', executionId, stepName)).toThrow(
      'cannot name a folder',
    );
  });

  it('refuses an attempt number that is not a positive whole number', () => {
    expect(() => attemptDirFor('/data', 'e', 'S', 0)).toThrow('not a positive whole number');
    expect(() => attemptLogFile('/data', 'e', 'S', 1.5, 'stdout')).toThrow(
      'not a positive whole number',
    );
  });
});
