import { useEffect, useState } from 'react';
import { checkServerHealth, type ServerHealth } from '../api/health';

/** Longer than the check's own timeout, so checks never overlap. */
const POLL_INTERVAL_MS = 5000;

/** Whether the server answers, checked now, every few seconds, and when the browser comes back online. */
export function useServerHealth(): ServerHealth {
  const [health, setHealth] = useState<ServerHealth>('checking');

  useEffect(() => {
    let mounted = true;
    const check = async () => {
      const result = await checkServerHealth();
      if (mounted) setHealth(result);
    };
    void check();
    const timer = window.setInterval(check, POLL_INTERVAL_MS);
    window.addEventListener('online', check);
    return () => {
      mounted = false;
      window.clearInterval(timer);
      window.removeEventListener('online', check);
    };
  }, []);

  return health;
}
