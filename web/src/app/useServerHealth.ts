import { useEffect, useState } from 'react';
import { checkServerHealth, type ServerHealth } from '../api/health';
import { useLiveConnection } from '../live';

/**
 * Whether the server answers. While the live socket is up the server is, so nothing is asked;
 * each time the socket is not up (at start, on a drop, when the browser comes back online) the
 * health route says why: not running, or running but waiting for the token link. No polling:
 * the socket's own heartbeats notice a server that goes away.
 */
export function useServerHealth(): ServerHealth {
  const connection = useLiveConnection();
  const [checked, setChecked] = useState<ServerHealth>('checking');

  useEffect(() => {
    if (connection === 'live') return;
    let mounted = true;
    const check = async () => {
      const result = await checkServerHealth();
      if (mounted) setChecked(result);
    };
    void check();
    window.addEventListener('online', check);
    return () => {
      mounted = false;
      window.removeEventListener('online', check);
    };
  }, [connection]);

  return connection === 'live' ? 'connected' : checked;
}
