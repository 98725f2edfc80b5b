import { useDesignerUi } from './designer-ui-store';

/**
 * Messages about the document as a whole (a restored draft, an import, a save, another tab's
 * save), each staying until dismissed. Errors are alerts; the rest are announced politely.
 */
export function Notices() {
  const notices = useDesignerUi((state) => state.notices);
  const dismiss = useDesignerUi((state) => state.dismiss);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : undefined}
        >
          <span className="notice__text">{notice.text}</span>
          {notice.actions?.map((action) => (
            <button key={action.label} type="button" className="button" onClick={action.run}>
              {action.label}
            </button>
          ))}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => dismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
