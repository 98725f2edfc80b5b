import { useEffect, useState } from 'react';
import { ExportMenu } from '../files/ExportMenu';
import { FileDropTarget } from '../files/FileDropTarget';
import { ImportButton } from '../files/ImportButton';
import { PasteImport } from '../files/PasteImport';
import { RunButton } from '../start-run/RunButton';
import { useDocumentStore, useUndoRedo } from '../stores/DocumentStoreProvider';
import { SaveDialog } from '../versions/SaveDialog';
import { VersionsDialog } from '../versions/VersionsDialog';
import '../ui/ui.css';
import { Notices } from './Notices';
import { PipelineNameField } from './PipelineNameField';
import './toolbar.css';

/**
 * The designer's top bar: the pipeline's name, undo and redo, import and export, version
 * history and save, and whether there are unsaved changes. Notices about the document sit
 * under it. Ctrl+S (⌘S) opens the save dialog instead of the browser's "save page".
 */
export function DesignerToolbar() {
  const pipelineName = useDocumentStore((state) => state.pipelineName);
  const dirty = useDocumentStore((state) => state.dirty);
  const baseVersion = useDocumentStore((state) => state.baseVersion);
  const { undo, redo, canUndo, canRedo } = useUndoRedo();
  const [dialog, setDialog] = useState<'save' | 'versions' | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        setDialog('save');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="designer-top">
      <div className="toolbar">
        <div className="toolbar__identity">
          {pipelineName === null ? (
            <PipelineNameField label="Pipeline name" />
          ) : (
            <h2 className="toolbar__name">{pipelineName}</h2>
          )}
          <SaveState />
        </div>
        <div className="toolbar__group">
          <button type="button" className="button" disabled={!canUndo} onClick={undo}>
            Undo
          </button>
          <button type="button" className="button" disabled={!canRedo} onClick={redo}>
            Redo
          </button>
        </div>
        <div className="toolbar__group">
          <ImportButton />
          <ExportMenu />
        </div>
        <div className="toolbar__group">
          <button
            type="button"
            className="button"
            disabled={pipelineName === null}
            title={
              pipelineName === null ? 'A new pipeline has no versions until it is saved' : undefined
            }
            onClick={() => setDialog('versions')}
          >
            Versions
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-keyshortcuts="Control+S"
            onClick={() => setDialog('save')}
          >
            Save…
          </button>
          <RunButton
            pipelineName={pipelineName}
            saved={!dirty && baseVersion !== null}
            onSave={() => setDialog('save')}
          />
        </div>
      </div>
      <Notices />
      <FileDropTarget />
      <PasteImport />
      {dialog === 'save' && <SaveDialog onClose={() => setDialog(null)} />}
      {dialog === 'versions' && <VersionsDialog onClose={() => setDialog(null)} />}
    </div>
  );
}

/** "Unsaved changes", or which version the document is. */
function SaveState() {
  const dirty = useDocumentStore((state) => state.dirty);
  const baseVersion = useDocumentStore((state) => state.baseVersion);
  if (dirty) {
    return (
      <span className="save-state save-state--dirty">
        <span className="save-state__dot" aria-hidden="true" />
        Unsaved changes
      </span>
    );
  }
  return (
    <span className="save-state">
      {baseVersion === null ? 'Not saved yet' : `Saved · version ${baseVersion}`}
    </span>
  );
}
