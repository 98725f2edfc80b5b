/** The WebSocket protocol this build speaks. Bump it on any change an older peer would misread. */
export const PROTOCOL_VERSION = 1;

/** Every protocol version this build's server accepts in `hello`. */
export const SUPPORTED_PROTOCOL_VERSIONS: readonly number[] = [PROTOCOL_VERSION];

/** Where the server accepts WebSocket upgrades. */
export const LIVE_PATH = '/api/live';

/**
 * Close codes the server uses beyond the standard ones (4000–4999 are the application's).
 * A browser cannot read an HTTP status from a refused upgrade, but it can read these.
 */
export const LiveCloseCode = {
  /** The client's protocol version is not one the server speaks; an `incompatible` came first. */
  incompatible: 4001,
  /** The server is shutting down; reconnect later and resume with the last cursor. */
  goingAway: 1001,
} as const;
