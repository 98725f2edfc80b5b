import { useSyncExternalStore } from 'react';

// One ticker for the whole page: every running row reads the same clock, which runs only while
// at least one of them is on screen.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const each of listeners) each();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const subscribeNowhere = () => () => {};
const readNow = () => now;
const readClock = () => Date.now();

/**
 * The current time, advancing once a second while `ticking`; the time of the render
 * otherwise. All callers share one timer, so a page of running executions re-renders only the
 * rows that tick, once a second together.
 */
export function useNow(ticking: boolean): number {
  const ticked = useSyncExternalStore(ticking ? subscribe : subscribeNowhere, readNow);
  return ticking ? Math.max(ticked, readClock()) : readClock();
}
