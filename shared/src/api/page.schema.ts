import { z } from 'zod';

/** One page of a list, newest first; `nextPageToken` is absent on the last page. */
export interface Page<T> {
  items: T[];
  /** Opaque: pass it back as `pageToken` to get the next page. */
  nextPageToken?: string;
}

/** The schema of a page of `item`s. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextPageToken: z.string().min(1).optional() });
}
