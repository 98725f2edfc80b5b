import './live.css';
import { liveClient } from './default-client';
import type { LiveConnection } from './live-client';
import { useLiveConnection } from './useLiveConnection';

const LABELS: Record<LiveConnection, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  incompatible: 'Update needed — reload',
};

const EXPLANATIONS: Record<LiveConnection, string> = {
  connecting: 'Opening the live connection to the server.',
  live: 'Run status and logs stream from the server as they happen.',
  reconnecting: 'The live connection dropped; reconnecting and catching up on what was missed.',
  offline: 'The server does not answer; retrying every few seconds.',
  incompatible: 'This page is older or newer than the server. Reload to get the matching version.',
};

/** A header badge for the live socket; screen readers hear it change. */
export function LiveIndicator() {
  const connection = useLiveConnection();
  const reason = connection === 'incompatible' ? liveClient().incompatibleReason : undefined;
  return (
    <div
      className="live-indicator"
      data-connection={connection}
      role="group"
      aria-label="Live updates"
      title={reason ?? EXPLANATIONS[connection]}
    >
      <p className="live-indicator__badge" role="status">
        <span className="live-indicator__dot" aria-hidden="true" />
        {connection === 'incompatible' ? (
          <>
            Update needed —{' '}
            <button
              type="button"
              className="live-indicator__reload"
              aria-label="Reload the page"
              onClick={() => window.location.reload()}
            >
              reload
            </button>
          </>
        ) : (
          LABELS[connection]
        )}
      </p>
    </div>
  );
}
