import type { Diagnostic } from '@pipewright/shared';

/** One file's diagnostics as compiler-style lines: `file:line:col severity code message`. */
export function formatDiagnostics(file: string, diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return `✔ ${file}: no problems\n`;
  const lines = diagnostics.map((diagnostic) => {
    const where =
      diagnostic.line !== undefined ? `${file}:${diagnostic.line}:${diagnostic.column ?? 1}` : file;
    const pointer = diagnostic.pointer === '' ? '' : ` (at ${diagnostic.pointer})`;
    const hint = diagnostic.hint ? `\n    hint: ${diagnostic.hint}` : '';
    return `${where} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}${pointer}${hint}`;
  });
  return `${lines.join('\n')}\n${summarize(file, diagnostics)}\n`;
}

function summarize(file: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')].join(', ');
  return `${errors > 0 ? '✖' : '✔'} ${file}: ${counts}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
