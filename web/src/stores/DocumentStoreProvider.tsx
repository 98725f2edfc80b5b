import { type ReactNode, createContext, useContext, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Diagnostic } from '@pipewright/shared';
import {
  type DocumentState,
  type DocumentStore,
  createDocumentStore,
  diagnosticsOf,
} from './document-store';

const DocumentStoreContext = createContext<DocumentStore | null>(null);

/** Gives a subtree its own document store (one per open pipeline, or per test). */
export function DocumentStoreProvider({
  children,
  store,
}: {
  children: ReactNode;
  store?: DocumentStore;
}) {
  const [own] = useState(() => store ?? createDocumentStore());
  return <DocumentStoreContext.Provider value={own}>{children}</DocumentStoreContext.Provider>;
}

/** The store itself, for actions and for subscribing outside React renders. */
export function useDocumentStoreApi(): DocumentStore {
  const store = useContext(DocumentStoreContext);
  if (!store) throw new Error('useDocumentStore needs a <DocumentStoreProvider> above it');
  return store;
}

/** Reads a narrow slice of the document state; re-renders only when that slice changes. */
export function useDocumentStore<T>(selector: (state: DocumentState) => T): T {
  return useStore(useDocumentStoreApi() as StoreApi<DocumentState>, selector);
}

/**
 * The current document's diagnostics (validated once per edit, shared by every reader). The
 * selector answers the diagnostics, not the document, so a move on the canvas (which keeps the
 * same diagnostics) re-renders none of their readers.
 */
export function useDiagnostics(): Diagnostic[] {
  return useDocumentStore((state) => diagnosticsOf(state.document));
}

/** Undo and redo of document edits. */
export function useUndoRedo() {
  const store = useDocumentStoreApi();
  const temporal = useStore(store.temporal, (state) => state);
  return {
    undo: () => temporal.undo(),
    redo: () => temporal.redo(),
    canUndo: temporal.pastStates.length > 0,
    canRedo: temporal.futureStates.length > 0,
  };
}
