/** Which stream a line came from, when a live event said so; `undefined` when nobody told us. */
export type LineStream = 'stdout' | 'stderr';

/** Lines per chunk: appends touch only the last chunk, so 100,000 lines are ~100 small arrays. */
const CHUNK_LINES = 1024;

interface Chunk {
  text: string[];
  /** True for a line any part of which came from stderr. */
  stderr: boolean[];
}

/**
 * The lines of one log, kept outside React: text arrives in arbitrary pieces (byte ranges,
 * live batches), and a piece that ends mid-line leaves the line open so the next piece
 * continues it. `version` changes on every append, which is all a view needs to re-render.
 */
export class LineStore {
  private chunks: Chunk[] = [];
  private count = 0;
  /** The last line has no newline yet: the next append continues it. */
  private lastOpen = false;
  version = 0;

  /** Lines held, the open last line included. */
  get length(): number {
    return this.count;
  }

  /** Lines that have their newline (the open last line is still being written). */
  get completeLength(): number {
    return this.lastOpen ? this.count - 1 : this.count;
  }

  /** The text of line `index` (without its newline) and whether stderr wrote to it. */
  line(index: number): { text: string; stderr: boolean } {
    const chunk = this.chunks[Math.floor(index / CHUNK_LINES)];
    const at = index % CHUNK_LINES;
    return { text: chunk?.text[at] ?? '', stderr: chunk?.stderr[at] ?? false };
  }

  /** Adds a piece of the log; `stream` marks the lines it touches when it is `stderr`. */
  append(text: string, stream?: LineStream): void {
    if (text === '') return;
    const pieces = text.split('\n');
    const isStderr = stream === 'stderr';
    pieces.forEach((piece, index) => {
      const last = index === pieces.length - 1;
      // After the final newline there is nothing yet: the next line opens on the next append.
      if (last && piece === '') {
        this.lastOpen = false;
        return;
      }
      if (index === 0 && this.lastOpen) this.extendLast(piece, isStderr);
      else this.push(piece, isStderr);
      this.lastOpen = last;
    });
    this.version += 1;
  }

  /** Marks line `index` as written by stderr (known after the fact, from the stderr file). */
  markStderr(index: number): void {
    const chunk = this.chunks[Math.floor(index / CHUNK_LINES)];
    if (chunk === undefined || index >= this.count) return;
    chunk.stderr[index % CHUNK_LINES] = true;
    this.version += 1;
  }

  /** Forgets every line (a refetch from the start, another stream). */
  clear(): void {
    this.chunks = [];
    this.count = 0;
    this.lastOpen = false;
    this.version += 1;
  }

  private push(text: string, stderr: boolean): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.text.length === CHUNK_LINES) {
      chunk = { text: [], stderr: [] };
      this.chunks.push(chunk);
    }
    chunk.text.push(text);
    chunk.stderr.push(stderr);
    this.count += 1;
  }

  private extendLast(text: string, stderr: boolean): void {
    const chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined) return this.push(text, stderr);
    const at = chunk.text.length - 1;
    chunk.text[at] += text;
    if (stderr) chunk.stderr[at] = true;
  }
}
