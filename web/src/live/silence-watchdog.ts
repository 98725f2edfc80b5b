import type { Cancel, LiveClock } from './live-clock';

/**
 * Calls `onSilence` once no frame has been heard for the allowed time. One timer, not one per
 * frame: when it fires it checks how long the silence really was and waits out the rest.
 */
export class SilenceWatchdog {
  private timer: Cancel | null = null;
  private lastHeardAt = 0;
  private limitMs = 0;

  constructor(
    private readonly clock: LiveClock,
    private readonly onSilence: (silentForMs: number) => void,
  ) {}

  /** Starts counting now, allowing `limitMs` of silence. */
  expectWithin(limitMs: number): void {
    this.lastHeardAt = this.clock.now();
    this.limitMs = limitMs;
    this.arm(limitMs);
  }

  /** A frame arrived; from now on allow `limitMs` between frames. */
  heard(limitMs: number): void {
    this.lastHeardAt = this.clock.now();
    this.limitMs = limitMs;
  }

  stop(): void {
    this.timer?.();
    this.timer = null;
  }

  private arm(delayMs: number): void {
    this.stop();
    this.timer = this.clock.schedule(() => {
      this.timer = null;
      const silentFor = this.clock.now() - this.lastHeardAt;
      if (silentFor < this.limitMs) this.arm(this.limitMs - silentFor);
      else this.onSilence(silentFor);
    }, delayMs);
  }
}
