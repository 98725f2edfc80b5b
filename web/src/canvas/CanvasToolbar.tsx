import { useReactFlow } from '@xyflow/react';
import { memo } from 'react';
import { ToolIcon, type ToolIconName } from './ToolIcon';

function Tool({
  icon,
  label,
  shortcut,
  text,
  onClick,
  disabled,
}: {
  icon: ToolIconName;
  label: string;
  shortcut?: string;
  text?: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="pw-tool"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
      disabled={disabled}
    >
      <ToolIcon name={icon} />
      {text && <span className="pw-tool__text">{text}</span>}
    </button>
  );
}

/**
 * The canvas's own tools, top right: layout, view, notes and the shortcuts help. Memoized: the
 * canvas re-renders on every drag frame, the toolbar need not.
 */
export const CanvasToolbar = memo(function CanvasToolbar({
  tidying,
  onTidy,
  onAddNote,
  onHelp,
}: {
  tidying: boolean;
  onTidy: () => void;
  onAddNote: () => void;
  onHelp: () => void;
}) {
  const { fitView, zoomIn, zoomOut } = useReactFlow();
  return (
    <div className="pw-toolbar" role="group" aria-label="Canvas tools">
      <Tool
        icon="tidy"
        label="Tidy layout"
        shortcut="Shift+Alt+T"
        text={tidying ? 'Tidying…' : 'Tidy'}
        onClick={onTidy}
        disabled={tidying}
      />
      <Tool
        icon="fit"
        label="Zoom to fit"
        onClick={() => void fitView({ padding: 0.15, duration: 250 })}
      />
      <Tool icon="zoomIn" label="Zoom in" onClick={() => void zoomIn({ duration: 150 })} />
      <Tool icon="zoomOut" label="Zoom out" onClick={() => void zoomOut({ duration: 150 })} />
      <span className="pw-toolbar__divider" aria-hidden="true" />
      <Tool icon="note" label="Add note" text="Note" onClick={onAddNote} />
      <Tool icon="keyboard" label="Keyboard shortcuts" shortcut="?" onClick={onHelp} />
    </div>
  );
});
