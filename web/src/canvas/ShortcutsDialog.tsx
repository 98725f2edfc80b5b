import { useEffect, useId, useRef } from 'react';
import { shortcutGroups } from './shortcuts';

/** The keyboard shortcuts help ("?"): a modal dialog, closed by Escape or its button. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="pw-shortcuts" aria-labelledby={titleId} onClose={onClose}>
      <header className="pw-shortcuts__header">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" className="pw-button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="pw-shortcuts__groups">
        {shortcutGroups.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.action} className="pw-shortcuts__row">
                  <dt>
                    {shortcut.keys.map((key, index) => (
                      <span key={key}>
                        {index > 0 && <span aria-hidden="true"> + </span>}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{shortcut.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
