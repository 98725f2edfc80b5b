import type { ServerHealth } from '../api/health';
import { useServerHealth } from './useServerHealth';

const LABELS: Record<ServerHealth, string> = {
  checking: 'Checking server…',
  connected: 'Server connected',
  'needs-token': 'Open the link the server printed (it carries the access token)',
  unreachable: 'Server unreachable',
};

/** A live badge for the server connection; screen readers hear it change. */
export function ServerStatus() {
  const health = useServerHealth();
  return (
    <p className="server-status" data-health={health} role="status">
      <span className="server-status__dot" aria-hidden="true" />
      {LABELS[health]}
    </p>
  );
}
