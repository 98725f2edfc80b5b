/** Stops a scheduled callback; calling it again does nothing. */
export type Cancel = () => void;

/** Time and timers, injected so tests can move time by hand. */
export interface LiveClock {
  now(): number;
  schedule(callback: () => void, delayMs: number): Cancel;
}

/** Runs a callback before the next paint; injected so tests can step frames by hand. */
export type RequestFrame = (callback: () => void) => Cancel;

/** The browser's clock. */
export const browserClock: LiveClock = {
  now: () => performance.now(),
  schedule(callback, delayMs) {
    const handle = window.setTimeout(callback, delayMs);
    return () => window.clearTimeout(handle);
  },
};

/**
 * A hidden tab gets no animation frames, and events would pile up until it shows again, so a
 * timer flushes them too; whichever comes first wins.
 */
const HIDDEN_TAB_FLUSH_MS = 250;

/** The next animation frame, or a timer when the tab is hidden. */
export const browserRequestFrame: RequestFrame = (callback) => {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  // Some environments (a test's DOM) have no animation frames at all: the timer covers them.
  const frames = typeof window.requestAnimationFrame === 'function';
  const frame = frames ? window.requestAnimationFrame(run) : 0;
  const timer = window.setTimeout(run, HIDDEN_TAB_FLUSH_MS);
  const cancel = () => {
    done = true;
    if (frames) window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
  return cancel;
};
