import type { PipelineDocument } from '@pipewright/shared';
import { useMemo, useRef } from 'react';
import { useDocumentStoreApi } from '../../stores/DocumentStoreProvider';

type Edit = (document: PipelineDocument) => PipelineDocument;

/** Applies document edits from the inspector, folding a burst of typing into one undo step. */
export interface DocumentEdit {
  /**
   * Applies an edit. Edits with the same `group` (a field's pointer) that follow each other, with
   * no other change to the document in between and no `endGroup()`, are one undo step: undo after
   * typing "ml.m5.xlarge" restores the old value, not "ml.m5.xlarg".
   */
  apply(edit: Edit, group?: string): void;
  /** Ends the current group (the field lost focus). */
  endGroup(): void;
}

export function useDocumentEdit(): DocumentEdit {
  const store = useDocumentStoreApi();
  const last = useRef<{ group: string; document: PipelineDocument } | null>(null);
  return useMemo(
    () => ({
      apply(edit, group) {
        const state = store.getState();
        const continuing =
          group !== undefined &&
          last.current?.group === group &&
          last.current.document === state.document;
        const temporal = store.temporal.getState();
        // zundo records the state before each tracked change; pausing it for the rest of a group
        // leaves exactly one record: the document before the group began.
        if (continuing) temporal.pause();
        try {
          state.apply(edit);
        } finally {
          if (continuing) temporal.resume();
        }
        last.current = group === undefined ? null : { group, document: store.getState().document };
      },
      endGroup() {
        last.current = null;
      },
    }),
    [store],
  );
}
