/** How `applyInSlices` sizes its slices. */
export interface SliceBudget {
  /** How long one slice should take. */
  budgetMs: number;
  firstSize: number;
  maxSize: number;
}

export interface SliceClock {
  now: () => number;
  /** Gives the browser its turn between slices. */
  pause: () => Promise<void>;
}

/** A timer, not a frame: frames stop in a hidden tab, and the work must still finish there. */
const browserClock: SliceClock = {
  now: () => performance.now(),
  pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
};

/**
 * Applies `items` in order, a slice per task, each sized from how long the last one took so a
 * slice takes about `budgetMs` whatever the machine. `apply` must do its work before it
 * returns (render with `flushSync`), or the time it takes is not seen. Pauses before the first
 * slice and after the last too, so no slice shares a task with the work before or after it.
 */
export async function applyInSlices<T>(
  items: readonly T[],
  apply: (slice: T[]) => void,
  { budgetMs, firstSize, maxSize }: SliceBudget,
  { now, pause }: SliceClock = browserClock,
): Promise<void> {
  let size = firstSize;
  let start = 0;
  while (start < items.length) {
    await pause();
    const slice = items.slice(start, start + size);
    const startedAt = now();
    apply(slice);
    const took = Math.max(1, now() - startedAt);
    start += slice.length;
    size = Math.min(maxSize, Math.max(1, Math.round((size * budgetMs) / took)));
  }
  if (items.length > 0) await pause();
}
