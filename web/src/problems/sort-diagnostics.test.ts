import type { Diagnostic } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics, summarizeDiagnostics } from './sort-diagnostics';

const at = (pointer: string, severity: Diagnostic['severity']): Diagnostic => ({
  pointer,
  severity,
  code: 'invalid-shape',
  message: pointer,
});

describe('ordering problems', () => {
  it('lists errors first, then by place in the document with numeric indices', () => {
    const sorted = sortDiagnostics([
      at('/Steps/10/Name', 'error'),
      at('/Steps/0', 'warning'),
      at('/Steps/9/Name', 'error'),
      at('/Parameters/0', 'error'),
    ]);
    expect(sorted.map((d) => `${d.severity} ${d.pointer}`)).toEqual([
      'error /Parameters/0',
      'error /Steps/9/Name',
      'error /Steps/10/Name',
      'warning /Steps/0',
    ]);
  });

  it('summarizes counts in words', () => {
    expect(summarizeDiagnostics([])).toBe('No problems');
    expect(summarizeDiagnostics([at('', 'error'), at('', 'warning'), at('', 'warning')])).toBe(
      '1 error, 2 warnings',
    );
  });
});
