import type { PipelineDocument } from '@pipewright/shared';

/** A definition imported on the pipelines page, on its way to the designer as a new pipeline. */
export interface PendingImport {
  document: PipelineDocument;
  name: string;
  fileName: string;
}

const KEY = 'pipewrightImport';

/** The history state to navigate to `/new` with: it travels with that entry only. */
export function pendingImportState(pending: PendingImport): Record<string, unknown> {
  return { [KEY]: pending };
}

/** Reads the import handed to this history entry, if any (no side effect: safe in render). */
export function readPendingImport(): PendingImport | null {
  const state = window.history.state as Record<string, unknown> | null;
  const pending = state?.[KEY] as PendingImport | undefined;
  return pending && typeof pending.name === 'string' && pending.document ? pending : null;
}

/**
 * Drops the import from the history entry once it is applied: after that the local draft holds
 * it, and a reload must not import it a second time over later edits.
 */
export function consumePendingImport(): void {
  const state = window.history.state as Record<string, unknown> | null;
  if (!state || !(KEY in state)) return;
  const { [KEY]: _consumed, ...rest } = state;
  window.history.replaceState(rest, '', window.location.href);
}
