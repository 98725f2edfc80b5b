import type { Diagnostic } from '@pipewright/shared';

/**
 * Errors before warnings; within each, in document order (by pointer, with array indices compared
 * as numbers so `/Steps/10` comes after `/Steps/9`). Stable for equal keys.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => severityRank(a) - severityRank(b) || comparePointers(a.pointer, b.pointer),
  );
}

function severityRank(diagnostic: Diagnostic): number {
  return diagnostic.severity === 'error' ? 0 : 1;
}

function comparePointers(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** "2 errors, 1 warning", or "No problems". */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return 'No problems';
  const parts = [];
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}
