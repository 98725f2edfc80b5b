/** The first reconnect waits about this long… */
export const BACKOFF_INITIAL_MS = 500;
/** …and each failure doubles it, up to this. */
export const BACKOFF_MAX_MS = 10_000;

/**
 * How long to wait before reconnect attempt `failures` (0 for the first retry): exponential, with
 * "equal jitter" (between half and all of the step) so a restarted server is not hit by every
 * open tab in the same millisecond.
 */
export function backoffDelay(failures: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_INITIAL_MS * 2 ** Math.max(0, failures));
  return ceiling / 2 + (random() * ceiling) / 2;
}
