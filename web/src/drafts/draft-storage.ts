import type { PipelineDocument } from '@pipewright/shared';

/**
 * A local draft: the document as it was typed, kept in `localStorage` so a reload, a crash or a
 * closed tab loses nothing. One slot per saved pipeline and one for the pipeline being created.
 */
export interface Draft {
  /** The saved pipeline the draft edits, or null for a new one. */
  pipelineName: string | null;
  /** For a new pipeline: the name typed so far. */
  proposedName?: string;
  /** The server version the edits started from: the base of the next save. */
  baseVersion: number | null;
  document: PipelineDocument;
  /** ISO time of the last write. */
  savedAt: string;
  /** The tab that wrote it, so a save in one tab never clears another tab's draft. */
  tabId: string;
}

const PREFIX = 'pipewright.draft:';

/**
 * Pipeline names are letters, digits and hyphens, so `pipeline/<name>` can never collide with
 * `new`, not even for a pipeline called "new".
 */
export function draftKey(pipelineName: string | null): string {
  return pipelineName === null ? `${PREFIX}new` : `${PREFIX}pipeline/${pipelineName}`;
}

/** Reads a draft; anything unreadable (another version's shape, a hand edit) counts as none. */
export function readDraft(storage: Storage, pipelineName: string | null): Draft | null {
  const text = storage.getItem(draftKey(pipelineName));
  if (text === null) return null;
  try {
    const draft = JSON.parse(text) as Partial<Draft>;
    const document = draft.document as unknown;
    const valid =
      typeof draft.savedAt === 'string' &&
      typeof draft.tabId === 'string' &&
      (draft.baseVersion === null || typeof draft.baseVersion === 'number') &&
      document !== null &&
      typeof document === 'object' &&
      Array.isArray((document as { Steps?: unknown }).Steps);
    return valid ? ({ ...draft, pipelineName } as Draft) : null;
  } catch {
    return null;
  }
}

/**
 * Writes a draft. Returns false when the browser refuses (storage full or disabled): the caller
 * says so rather than pretending the work is safe.
 */
export function writeDraft(storage: Storage, draft: Draft): boolean {
  try {
    storage.setItem(draftKey(draft.pipelineName), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes a draft. With `onlyFromTab`, only a draft that tab wrote: after a save, another tab's
 * newer unsaved edits of the same pipeline must survive.
 */
export function removeDraft(
  storage: Storage,
  pipelineName: string | null,
  onlyFromTab?: string,
): void {
  if (onlyFromTab !== undefined) {
    const draft = readDraft(storage, pipelineName);
    if (draft && draft.tabId !== onlyFromTab) return;
  }
  storage.removeItem(draftKey(pipelineName));
}

export type DraftDecision =
  | { restore: false }
  | {
      restore: true;
      /** The base to keep: the draft's own, so a save after a newer server version conflicts. */
      baseVersion: number | null;
      /** True when the server has a version newer than the one the draft started from. */
      behindServer: boolean;
    };

/**
 * Whether to bring a draft back when a pipeline opens. A draft that says the same as the server
 * copy is nothing to restore. A draft based on an older version is still restored (it is the
 * person's unsaved work), keeping its old base so the next save shows the conflict dialog.
 */
export function decideDraft(
  draft: Draft | null,
  server: { version: number; document: PipelineDocument } | null,
): DraftDecision {
  if (draft === null) return { restore: false };
  if (server === null) return { restore: true, baseVersion: null, behindServer: false };
  if (JSON.stringify(draft.document) === JSON.stringify(server.document)) {
    return { restore: false };
  }
  const base =
    draft.baseVersion === null ? server.version : Math.min(draft.baseVersion, server.version);
  return { restore: true, baseVersion: base, behindServer: base < server.version };
}
