import { LIVE_PATH } from '@pipewright/shared';
import { LiveClient } from './live-client';
import { browserClock, browserRequestFrame } from './live-clock';
import { liveUrl, openBrowserSocket } from './live-socket';

let current: LiveClient | undefined;

/** The page's one live client, created and connected the first time anything asks for it. */
export function liveClient(): LiveClient {
  if (!current) {
    current = new LiveClient({
      url: liveUrl(window.location, LIVE_PATH),
      openSocket: openBrowserSocket,
      clock: browserClock,
      requestFrame: browserRequestFrame,
    });
    const client = current;
    // A laptop waking up or a tab coming back: don't wait out a backoff or a heartbeat.
    window.addEventListener('online', () => client.wake());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') client.wake();
    });
    client.start();
  }
  return current;
}

/**
 * Puts `client` in place of the page's live client, for tests that feed it frames by hand.
 * Returns the function that puts the previous one back.
 */
export function installLiveClient(client: LiveClient): () => void {
  const previous = current;
  current = client;
  return () => {
    current = previous;
  };
}
