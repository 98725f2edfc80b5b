import { memo } from 'react';
import type { ConnectMode } from './useKeyboardConnect';

/**
 * What keyboard connect mode is doing, in a role=status region (always present, so every
 * change is announced; shown on screen while connecting). A Condition source first asks which
 * branch, with buttons. The source step is outlined by a rule naming its node, so no node
 * object changes for it.
 */
export const ConnectStatus = memo(function ConnectStatus({
  mode,
  announcement,
  onChooseBranch,
  onCancel,
}: {
  mode: ConnectMode;
  announcement: string;
  onChooseBranch: (handle: 'true' | 'false') => void;
  onCancel: () => void;
}) {
  const active = mode.phase !== 'idle';
  return (
    <>
      {active && (
        <style>{`.react-flow__node[data-id="${CSS.escape(mode.source)}"] .pw-step { box-shadow: 0 0 0 3px var(--color-accent); }`}</style>
      )}
      <div className={active ? 'pw-connect' : 'pw-visually-hidden'}>
        <p className="pw-connect__text" role="status">
          {announcement}
        </p>
        {mode.phase === 'branch' && (
          <div className="pw-connect__actions" role="group" aria-label={`Branch of ${mode.name}`}>
            <button
              type="button"
              className="pw-button"
              autoFocus
              onClick={() => onChooseBranch('true')}
            >
              True branch
            </button>
            <button type="button" className="pw-button" onClick={() => onChooseBranch('false')}>
              False branch
            </button>
            <button type="button" className="pw-button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        )}
      </div>
    </>
  );
});
