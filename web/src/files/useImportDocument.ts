import { useCallback } from 'react';
import { useDesignerUiApi } from '../designer/designer-ui-store';
import { replaceDocument } from '../designer/load-document';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { type ImportResult, describeImport, readPipelineText } from './import-pipeline';

/**
 * Imports JSON text (a picked, dropped or pasted file) into the open designer as one undoable
 * edit. Text that is not a pipeline changes nothing and says why, with line and column for
 * broken JSON. Steps without positions are laid out by the canvas.
 */
export function useImportDocument() {
  const store = useDocumentStoreApi();
  const ui = useDesignerUiApi();
  return useCallback(
    (text: string, source: string): ImportResult => {
      const result = readPipelineText(text);
      const { notify } = ui.getState();
      if (!result.ok) {
        notify({
          id: 'import',
          tone: 'error',
          text: `Could not import ${source}. ${result.message}`,
        });
        return result;
      }
      replaceDocument(store, result.document);
      notify({
        id: 'import',
        tone: 'info',
        text: `${describeImport(source, result)} Undo brings back the previous document.`,
      });
      return result;
    },
    [store, ui],
  );
}
