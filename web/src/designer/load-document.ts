import type { PipelineDocument } from '@pipewright/shared';
import type { DocumentStore } from '../stores/document-store';

/**
 * Replaces the document and forgets the undo history. `load` itself leaves the history alone
 * (zundo records it like any change), and an Undo that stepped back over an opened pipeline
 * into the previous one would be a surprise.
 */
export function loadDocument(
  store: DocumentStore,
  document: PipelineDocument,
  origin: { pipelineName: string | null; version: number | null },
): void {
  store.getState().load(document, origin);
  store.temporal.getState().clear();
}

/** Replaces the whole document as one undoable edit (import, restore, paste): marks it dirty. */
export function replaceDocument(store: DocumentStore, document: PipelineDocument): void {
  store.getState().apply(() => document);
}

/** "3 Jan 2026, 14:05": absolute, because a relative time is useless a day later. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
