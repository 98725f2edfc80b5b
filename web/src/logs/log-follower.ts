import type { StepLogSlice } from '../api/executions.queries';
import type { LineStore } from './line-store';
import { StderrMarker } from './stderr-lines';

/** Reads the log from byte `start`, of `attempt` once it is known (latest until then). */
export type ReadLog = (start: number, attempt: number | undefined) => Promise<StepLogSlice>;

/** A log longer than this loads only its end; the download has the rest. */
export const MAX_INITIAL_BYTES = 32 * 1024 * 1024;

/**
 * Loads one attempt's log into a `LineStore` and keeps it up to date.
 *
 * The rule against duplicates: text enters the store only from the log file, read by byte
 * range from `offset`, the end of the last range read, so each byte is read once however the
 * first load, live events and resets interleave. Live `log` events never add text (they carry
 * no offset, so which of them the first load already held cannot be known); they ring the
 * bell, and the bell reads from `offset`. Rings while a read is on its way coalesce into one
 * more read. A reset (events were skipped) also just rings: the file has every byte.
 *
 * When to ring (`useStepLog`): on each batch of the attempt's `log` events (one batch per
 * animation frame), on a reset, and once more when the step ends. No timer. The server does not
 * promise that an event's bytes are in the file when the event arrives: the runtime hands a
 * chunk to a buffered file stream and to the event batcher at the same moment, and a 64 KiB
 * batch is published at once, possibly before the stream wrote it. A ring that came too early
 * reads what is there; the rest comes with the next ring. The last one is complete: the runtime
 * closes (flushes) the files before the engine records that the step ended.
 *
 * For a combined log, the stderr file is read on to the same point after each read, and the
 * lines it wrote are marked (`StderrMarker`), so the tint is the same live or reloaded.
 */
export class LogFollower {
  /** The next byte to read. */
  private offset = 0;
  private attemptNumber: number | undefined;
  private readonly decoder = new TextDecoder();
  private reading: Promise<void> | undefined;
  private again = false;
  private closed = false;
  /** A log cut to its end starts mid-line: drop up to the first newline. */
  private dropPartialLine = false;
  private readonly maxInitialBytes: number;
  private readonly stderr:
    { read: ReadLog; offset: number; decoder: TextDecoder; marker: StderrMarker } | undefined;

  /** Bytes before the first one held (a log too long to load whole). */
  skippedBytes = 0;
  loaded = false;
  error: unknown;

  constructor(
    private readonly store: LineStore,
    private readonly read: ReadLog,
    private readonly onChange: () => void,
    options: {
      attempt?: number | undefined;
      maxInitialBytes?: number;
      /** For a combined log: reads the stderr file, to mark the lines it wrote. */
      readStderr?: ReadLog;
    } = {},
  ) {
    this.attemptNumber = options.attempt;
    this.maxInitialBytes = options.maxInitialBytes ?? MAX_INITIAL_BYTES;
    this.stderr = options.readStderr && {
      read: options.readStderr,
      offset: 0,
      decoder: new TextDecoder(),
      marker: new StderrMarker(),
    };
  }

  /** The attempt whose log this is: the prop, or the latest when the first answer came. */
  get attempt(): number | undefined {
    return this.attemptNumber;
  }

  /** The first load: the whole log, or its last `maxInitialBytes`. */
  load(): Promise<void> {
    return this.drain();
  }

  /** New output may be there: read on from where the store ends. */
  ring(): Promise<void> {
    return this.drain();
  }

  /** Stops reading; an answer still on its way is dropped. */
  close(): void {
    this.closed = true;
  }

  private drain(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = this.readUntilCaughtUp().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  private async readUntilCaughtUp(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.readCombined();
        if (this.closed) return;
        await this.markStderr();
        if (this.closed) return;
      } while (this.again);
      this.error = undefined;
    } catch (error) {
      if (this.closed) return;
      this.error = error;
    }
    this.loaded = true;
    this.onChange();
  }

  private async readCombined(): Promise<void> {
    let slice: StepLogSlice;
    do {
      const first = !this.loaded && this.offset === 0;
      slice = await this.read(this.offset, this.attemptNumber);
      if (this.closed) return;
      this.attemptNumber ??= slice.attempt;
      if (first && slice.size > this.maxInitialBytes) {
        this.offset = this.skippedBytes = slice.size - this.maxInitialBytes;
        this.dropPartialLine = true;
        continue;
      }
      this.take(slice);
      // A long first load shows as it comes, a megabyte at a time.
      if (slice.end < slice.size) this.onChange();
    } while (slice.end < slice.size);
  }

  private take(slice: StepLogSlice): void {
    this.offset = slice.end;
    let text = this.decoder.decode(slice.bytes, { stream: true });
    if (this.dropPartialLine) {
      const newline = text.indexOf('\n');
      if (newline === -1) return;
      text = text.slice(newline + 1);
      this.dropPartialLine = false;
    }
    this.store.append(text);
  }

  /** Reads stderr on to its end, then marks the combined lines it wrote. */
  private async markStderr(): Promise<void> {
    // A log cut to its end cannot be lined up with the stderr file's start.
    if (!this.stderr || this.skippedBytes > 0) return;
    const stderr = this.stderr;
    try {
      let slice: StepLogSlice;
      do {
        slice = await stderr.read(stderr.offset, this.attemptNumber);
        if (this.closed) return;
        stderr.offset = slice.end;
        stderr.marker.addStderr(stderr.decoder.decode(slice.bytes, { stream: true }));
      } while (slice.end < slice.size);
      stderr.marker.mark(this.store);
    } catch {
      // Only the tint is lost; the lines are all there.
    }
  }
}
