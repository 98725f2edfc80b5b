import { describe, expect, it } from 'vitest';
import { StartExecutionRequestSchema } from './requests';
import { problemsFromDetails, problemsFromDiagnostics, problemsFromIssues } from './problems';

describe('problemsFromIssues', () => {
  it('points into the part of the request the issue is in', () => {
    const result = StartExecutionRequestSchema.safeParse({
      maxParallelExecutionSteps: 0,
      displayName: 'a b',
    });
    expect(result.success).toBe(false);
    expect(problemsFromIssues(result.error?.issues ?? [], 'body')).toEqual([
      {
        path: '/body/displayName',
        message: expect.stringMatching(/display name/),
      },
      {
        path: '/body/maxParallelExecutionSteps',
        message: 'maxParallelExecutionSteps must be a whole number of at least 1.',
      },
    ]);
  });

  it('escapes keys that hold a slash or a tilde', () => {
    expect(problemsFromIssues([{ path: ['a/b', 'c~d', 0], message: 'bad' }], 'query')).toEqual([
      { path: '/query/a~1b/c~0d/0', message: 'bad' },
    ]);
  });
});

describe('problemsFromDiagnostics', () => {
  it('keeps errors with their code, hint and step, and drops warnings', () => {
    expect(
      problemsFromDiagnostics(
        [
          {
            severity: 'error',
            code: 'unknown-step',
            pointer: '/Steps/1/DependsOn/0',
            stepName: 'Train',
            message: 'Step "Train" depends on "Prep", which is not a step.',
            hint: 'Did you mean "Prepare"?',
          },
          { severity: 'warning', code: 'not-runnable-locally', pointer: '/Steps/2', message: 'w' },
        ],
        '/body/definition',
      ),
    ).toEqual([
      {
        path: '/body/definition/Steps/1/DependsOn/0',
        message: 'Step "Train" depends on "Prep", which is not a step.',
        code: 'unknown-step',
        hint: 'Did you mean "Prepare"?',
        stepName: 'Train',
      },
    ]);
  });
});

describe('problemsFromDetails', () => {
  it.each([
    [
      'a problem',
      { path: '/query/limit', message: 'too big' },
      { path: '/query/limit', message: 'too big' },
    ],
    [
      'a diagnostic of the stored definition',
      { severity: 'error', code: 'dependency-cycle', pointer: '/Steps/0', message: 'cycle' },
      { path: '/definition/Steps/0', message: 'cycle', code: 'dependency-cycle' },
    ],
    [
      'a parameter value error',
      { code: 'wrong-type', name: 'Epochs', message: 'not a number', hint: 'Use 10.' },
      {
        path: '/body/parameters/Epochs',
        message: 'not a number',
        code: 'wrong-type',
        hint: 'Use 10.',
      },
    ],
  ])('turns %s into a problem', (_label, detail, problem) => {
    expect(problemsFromDetails([detail])).toEqual([problem]);
  });

  it('ignores details that are not objects', () => {
    expect(problemsFromDetails(['text', 3, null])).toEqual([]);
  });
});
