import type { PipelineDocument } from '@pipewright/shared';
import { render } from '@testing-library/react';
import { DocumentStoreProvider } from '../../stores/DocumentStoreProvider';
import { type Selection, createDocumentStore } from '../../stores/document-store';
import { Inspector } from '../Inspector';

/** The inspector on a fresh store holding `document`, with `selection` applied. */
export function renderInspector(document: PipelineDocument, selection: Partial<Selection> = {}) {
  const store = createDocumentStore(document);
  store.getState().select(selection);
  const view = render(
    <DocumentStoreProvider store={store}>
      <Inspector />
    </DocumentStoreProvider>,
  );
  return { store, view };
}
