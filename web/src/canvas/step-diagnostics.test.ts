import type { Diagnostic } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { describeCounts, diagnosticCountsFor, stepAccessibleName } from './step-diagnostics';

const problem = (stepName: string | undefined, severity: 'error' | 'warning'): Diagnostic => ({
  severity,
  code: 'unknown-step',
  pointer: '/Steps/0',
  message: 'x',
  ...(stepName && { stepName }),
});

describe('a step’s diagnostics', () => {
  const diagnostics = [
    problem('Prep', 'error'),
    problem('Prep', 'warning'),
    problem('Prep', 'error'),
    problem('Train', 'warning'),
    problem(undefined, 'error'),
  ];

  it('counts errors and warnings per step', () => {
    expect(diagnosticCountsFor(diagnostics, 'Prep')).toEqual({ errors: 2, warnings: 1 });
    expect(diagnosticCountsFor(diagnostics, 'Train')).toEqual({ errors: 0, warnings: 1 });
    expect(diagnosticCountsFor(diagnostics, 'Other')).toEqual({ errors: 0, warnings: 0 });
  });

  it.each([
    [{ errors: 1, warnings: 0 }, 'Processing step Preprocess, 1 error'],
    [{ errors: 2, warnings: 1 }, 'Processing step Preprocess, 2 errors, 1 warning'],
    [{ errors: 0, warnings: 3 }, 'Processing step Preprocess, 3 warnings'],
    [{ errors: 0, warnings: 0 }, 'Processing step Preprocess'],
  ])('names the node with its counts: %j', (counts, name) => {
    expect(stepAccessibleName('Processing', 'Preprocess', counts)).toBe(name);
  });

  it('says nothing in the badge when the step is fine', () => {
    expect(describeCounts({ errors: 0, warnings: 0 })).toBe('');
  });
});
