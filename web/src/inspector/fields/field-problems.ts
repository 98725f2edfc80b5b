import type { Diagnostic } from '@pipewright/shared';

/** True when `pointer` is `field` itself or a place inside it (`/a/b` is inside `/a`, `/ab` is not). */
export function pointerWithin(pointer: string, field: string): boolean {
  return pointer === field || pointer.startsWith(`${field}/`);
}

/**
 * The diagnostics a field shows: those whose pointer falls inside it, or with `exact`, only those
 * at it (a group whose parts show their own).
 */
export function problemsAt(
  diagnostics: readonly Diagnostic[],
  pointer: string,
  exact = false,
): Diagnostic[] {
  return diagnostics.filter((diagnostic) =>
    exact ? diagnostic.pointer === pointer : pointerWithin(diagnostic.pointer, pointer),
  );
}
