import type { Diagnostic } from '@pipewright/shared';

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
}

const none: DiagnosticCounts = { errors: 0, warnings: 0 };
const countsCache = new WeakMap<readonly Diagnostic[], Map<string, DiagnosticCounts>>();

/**
 * A step's error and warning counts. The per-step table is built once per diagnostics list (once
 * per edit), so every node reading its own count costs a map lookup, not a scan.
 */
export function diagnosticCountsFor(
  diagnostics: readonly Diagnostic[],
  stepName: string,
): DiagnosticCounts {
  let table = countsCache.get(diagnostics);
  if (!table) {
    table = new Map();
    for (const diagnostic of diagnostics) {
      if (diagnostic.stepName === undefined) continue;
      const counts = table.get(diagnostic.stepName) ?? { errors: 0, warnings: 0 };
      if (diagnostic.severity === 'error') counts.errors++;
      else counts.warnings++;
      table.set(diagnostic.stepName, counts);
    }
    countsCache.set(diagnostics, table);
  }
  return table.get(stepName) ?? none;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What the badge says: "1 error", "2 errors, 1 warning", or "" when the step is fine. */
export function describeCounts(counts: DiagnosticCounts): string {
  const parts: string[] = [];
  if (counts.errors > 0) parts.push(plural(counts.errors, 'error'));
  if (counts.warnings > 0) parts.push(plural(counts.warnings, 'warning'));
  return parts.join(', ');
}

/** A step node's accessible name, e.g. "Processing step Preprocess, 1 error". */
export function stepAccessibleName(
  typeLabel: string,
  name: string,
  counts: DiagnosticCounts,
): string {
  const problems = describeCounts(counts);
  const base = `${typeLabel} step ${name || '(unnamed)'}`;
  return problems ? `${base}, ${problems}` : base;
}
