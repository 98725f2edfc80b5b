import { useRef, useState } from 'react';
import { nameFromFileName } from '../designer/pipeline-name';
import { type ImportResult, readPipelineText } from '../files/import-pipeline';
import '../ui/ui.css';
import { ImportDefinitionDialog } from './ImportDefinitionDialog';

/**
 * "Import a SageMaker definition…": picks a JSON file, then asks for the new pipeline's name in
 * a dialog that opens it in the designer. The pipelines page and the welcome page both use it.
 */
export function ImportDefinitionButton({ takenNames }: { takenNames: ReadonlySet<string> }) {
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<{ fileName: string; result: ImportResult } | null>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import a SageMaker definition…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="SageMaker definition file"
        hidden
        onChange={async (event) => {
          const file = event.target.files?.[0];
          // Cleared so picking the same file again still opens the dialog.
          event.target.value = '';
          if (file) setPicked({ fileName: file.name, result: readPipelineText(await file.text()) });
        }}
      />
      {picked && (
        <ImportDefinitionDialog
          fileName={picked.fileName}
          result={picked.result}
          suggestedName={nameFromFileName(picked.fileName)}
          takenNames={takenNames}
          onClose={() => setPicked(null)}
        />
      )}
    </>
  );
}
