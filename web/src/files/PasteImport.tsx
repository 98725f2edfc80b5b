import { useEffect, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { pastedPipeline } from './import-pipeline';
import { useImportDocument } from './useImportDocument';

/** Pastes into a field, an editor or a dialog are theirs, never an import. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], .monaco-editor, dialog',
    ) !== null
  );
}

/**
 * Ctrl+V of a whole pipeline (top-level `Version` and `Steps`) outside any field offers to
 * replace the document. Anything else is left alone: pasted steps belong to the canvas.
 */
export function PasteImport() {
  const importText = useImportDocument();
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || isEditable(document.activeElement)) return;
      const text = pastedPipeline(event.clipboardData?.getData('text/plain') ?? '');
      if (text === null) return;
      event.preventDefault();
      setPending(text);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, []);

  if (pending === null) return null;
  return (
    <Dialog title="Replace the document with the pasted pipeline?" onClose={() => setPending(null)}>
      <p>
        The clipboard holds a whole pipeline. Replacing the document with it is one edit: Undo
        brings the current document back.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => setPending(null)}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            importText(pending, 'the pasted pipeline');
            setPending(null);
          }}
        >
          Replace the document
        </button>
      </div>
    </Dialog>
  );
}
