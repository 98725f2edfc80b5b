import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import type { DocumentStore } from '../stores/document-store';

export interface NoticeAction {
  label: string;
  run: () => void;
}

/** A message above the canvas that stays until dismissed or replaced (same `id`). */
export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  text: string;
  actions?: NoticeAction[];
}

interface DesignerUiState {
  notices: Notice[];
  /** The name typed for a pipeline that is not saved yet. */
  proposedName: string;
  notify(notice: Notice): void;
  dismiss(id: string): void;
  setProposedName(name: string): void;
}

export function createDesignerUiStore() {
  return createStore<DesignerUiState>()((set) => ({
    notices: [],
    proposedName: '',
    notify: (notice) =>
      set((state) => ({
        notices: [...state.notices.filter((existing) => existing.id !== notice.id), notice],
      })),
    dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
    setProposedName: (proposedName) => set({ proposedName }),
  }));
}

export type DesignerUiStore = ReturnType<typeof createDesignerUiStore>;

/**
 * Designer state that is not the document (notices, the new pipeline's name), one per document
 * store: it is created alongside it, so opening another pipeline starts it fresh too, without
 * another provider in the page.
 */
const uiStores = new WeakMap<DocumentStore, DesignerUiStore>();

export function designerUiStoreFor(documentStore: DocumentStore): DesignerUiStore {
  let store = uiStores.get(documentStore);
  if (!store) {
    store = createDesignerUiStore();
    uiStores.set(documentStore, store);
  }
  return store;
}

export function useDesignerUiApi(): DesignerUiStore {
  return designerUiStoreFor(useDocumentStoreApi());
}

export function useDesignerUi<T>(selector: (state: DesignerUiState) => T): T {
  return useStore(useDesignerUiApi(), selector);
}
