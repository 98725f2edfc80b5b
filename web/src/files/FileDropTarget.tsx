import { useEffect, useState } from 'react';
import { useDesignerUiApi } from '../designer/designer-ui-store';
import { useImportDocument } from './useImportDocument';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Importing by dropping a `.json` file anywhere on the designer. Only drags that carry files are
 * touched: the canvas's own drags (steps from the palette) have their own type and pass through.
 * A file dropped elsewhere on the page would make the browser open it and leave the designer,
 * so the whole page takes file drops while the designer is open.
 */
export function FileDropTarget() {
  const importText = useImportDocument();
  const ui = useDesignerUiApi();
  const [over, setOver] = useState(false);

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setOver(true);
    };
    const onDragLeave = (event: DragEvent) => {
      // relatedTarget is null only when the pointer leaves the window.
      if (carriesFiles(event) && event.relatedTarget === null) setOver(false);
    };
    const onDrop = async (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      const file = files.find((f) => /\.json$/i.test(f.name) || f.type === 'application/json');
      if (!file) {
        ui.getState().notify({
          id: 'import',
          tone: 'error',
          text: `Only a pipeline .json file can be imported${files[0] ? `, not ${files[0].name}` : ''}.`,
        });
        return;
      }
      importText(await file.text(), file.name);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importText, ui]);

  if (!over) return null;
  return (
    <div className="file-drop" aria-hidden="true">
      <p className="file-drop__message">Drop a pipeline JSON file to import it</p>
    </div>
  );
}
