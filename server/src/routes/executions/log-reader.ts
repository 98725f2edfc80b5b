import type { FileHandle } from 'node:fs/promises';

/** The most bytes one log answer holds; ask again from `end` for more. */
export const MAX_LOG_BYTES = 1024 * 1024;

/** Part of a log file: its bytes, where they are, and how long the file is now. */
export interface LogSlice {
  bytes: Buffer;
  /** Offset of the first byte sent. */
  start: number;
  /** Offset just past the last byte sent: the `start` of the next request. */
  end: number;
  size: number;
}

/**
 * Bytes `start` (inclusive) to `end` (exclusive) of a log that may still be growing, at most
 * `maxBytes` of them. A range past the end is empty at the end, not an error: a follower asks
 * from where it stopped and the file has not grown yet.
 */
export async function readLogRange(
  file: FileHandle,
  { start = 0, end, maxBytes = MAX_LOG_BYTES }: { start?: number; end?: number; maxBytes?: number },
): Promise<LogSlice> {
  const { size } = await file.stat();
  const from = Math.min(start, size);
  const to = Math.min(end ?? size, size, from + maxBytes);
  return { ...(await readAt(file, from, to)), size };
}

/**
 * The last `lines` lines of a log (a final newline does not start another line), at most
 * `maxBytes` of them. Reads backwards in chunks, so a long log costs only its tail.
 */
export async function readLogTail(
  file: FileHandle,
  {
    lines,
    maxBytes = MAX_LOG_BYTES,
    chunkBytes = 64 * 1024,
  }: {
    lines: number;
    maxBytes?: number;
    chunkBytes?: number;
  },
): Promise<LogSlice> {
  const { size } = await file.stat();
  const floor = Math.max(0, size - maxBytes);
  let start = floor;
  let newlines = 0;
  let position = size;
  // The newline ending the last line is not a line boundary we count.
  let skipLast = true;
  search: while (position > floor) {
    const from = Math.max(floor, position - chunkBytes);
    const { bytes } = await readAt(file, from, position);
    for (let index = bytes.length - 1; index >= 0; index -= 1) {
      if (bytes[index] !== 0x0a) {
        skipLast = false;
        continue;
      }
      if (skipLast) {
        skipLast = false;
        continue;
      }
      newlines += 1;
      if (newlines === lines) {
        start = from + index + 1;
        break search;
      }
    }
    position = from;
  }
  return { ...(await readAt(file, start, size)), size };
}

async function readAt(file: FileHandle, start: number, end: number) {
  const length = Math.max(0, end - start);
  const bytes = Buffer.alloc(length);
  const { bytesRead } = length === 0 ? { bytesRead: 0 } : await file.read(bytes, 0, length, start);
  return { bytes: bytes.subarray(0, bytesRead), start, end: start + bytesRead };
}
