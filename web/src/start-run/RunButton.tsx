import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { StartRunDialog } from './StartRunDialog';

/**
 * The designer's Run: opens the start form for the saved pipeline. A run is of a saved
 * version, so with a new or changed document it says to save first (and offers to).
 */
export function RunButton({
  pipelineName,
  saved,
  onSave,
}: {
  pipelineName: string | null;
  /** The document is exactly a saved version. */
  saved: boolean;
  onSave: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Run…
      </button>
      {open && pipelineName !== null && saved && (
        <StartRunDialog pipelineName={pipelineName} open onClose={() => setOpen(false)} />
      )}
      {open && (pipelineName === null || !saved) && (
        <Dialog title="Save before running" onClose={() => setOpen(false)}>
          <p className="start-run__note">
            {pipelineName === null
              ? 'This pipeline has not been saved yet. A run uses a saved version, so save it first.'
              : `${pipelineName} has unsaved changes. A run uses the latest saved version; save to run what you see.`}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setOpen(false);
                onSave();
              }}
            >
              Save…
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
