import type { LineStore } from './line-store';

/**
 * Marks the lines of a combined log that came from stderr, from the stderr file read
 * alongside it. The combined file interleaves both streams in arrival order, so stderr's lines
 * appear in it in the same order: walking both, a combined line equal to the next stderr line
 * is taken as that line (or one ending with it: stderr written after half a stdout line).
 * Blank lines are never marked (both streams print them, so they prove nothing). A stdout line identical to the next stderr line may take its mark: only a tint can
 * be wrong, never text. Both files grow, so this works incrementally: feed it stderr text as
 * it is read, and call `mark` after the combined lines it covers are in the store.
 */
export class StderrMarker {
  private queue: string[] = [];
  private next = 0;
  private partial = '';
  /** The next combined line to look at. */
  private scan = 0;

  /** More of the stderr file. */
  addStderr(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    // Drop what is matched so the queue does not hold the whole file.
    if (this.next > 4096) {
      this.queue = this.queue.slice(this.next);
      this.next = 0;
    }
    for (const line of lines) if (line !== '') this.queue.push(line);
  }

  /**
   * Marks the complete lines of `store` not looked at yet. The walk stops when no stderr line
   * is waiting, so a combined line whose stderr copy has not reached the stderr file yet is
   * looked at again next time rather than passed over.
   */
  mark(store: LineStore): void {
    for (; this.scan < store.completeLength && this.next < this.queue.length; this.scan += 1) {
      const text = store.line(this.scan).text;
      const found = text === '' ? -1 : this.findAhead(text);
      if (found === -1) continue;
      store.markStderr(this.scan);
      this.next = found + 1;
    }
  }

  /**
   * The waiting stderr line this combined line is, looking a few lines ahead: a stderr line can
   * land after half a stdout line (a process writes a line and its newline separately) and
   * never stand alone in the combined file; looking ahead keeps one such line from stalling
   * every mark after it.
   */
  private findAhead(text: string): number {
    const last = Math.min(this.queue.length, this.next + LOOK_AHEAD);
    for (let index = this.next; index < last; index += 1) {
      const line = this.queue[index] as string;
      if (text === line || text.endsWith(line)) return index;
    }
    return -1;
  }
}

/** How many waiting stderr lines a combined line is compared with. */
const LOOK_AHEAD = 8;

/** Marks a whole combined log at once: `StderrMarker` fed the complete stderr text. */
export function markStderrLines(store: LineStore, stderrText: string): void {
  const marker = new StderrMarker();
  marker.addStderr(stderrText.endsWith('\n') ? stderrText : `${stderrText}\n`);
  marker.mark(store);
}
