import { useSyncExternalStore } from 'react';
import { liveClient } from './default-client';
import type { LiveConnection } from './live-client';

const subscribe = (notify: () => void) => liveClient().watchConnection(notify);
const getStatus = () => liveClient().status;

/** The live socket's state; re-renders when it changes. */
export function useLiveConnection(): LiveConnection {
  return useSyncExternalStore(subscribe, getStatus);
}
