import { useRef } from 'react';
import { useImportDocument } from './useImportDocument';

/** Opens a file picker for a pipeline JSON file (native or SageMaker) and imports it. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const importText = useImportDocument();
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Import a pipeline JSON file"
        hidden
        onChange={async (event) => {
          const file = event.target.files?.[0];
          // Cleared so picking the same file again still imports it.
          event.target.value = '';
          if (file) importText(await file.text(), file.name);
        }}
      />
    </>
  );
}
