import { type Page, UserError } from '@pipewright/shared';

/** Page size when the caller gives none, and the most one page may hold. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

/** What a list call takes: a page size and the token of the previous page, if any. */
export interface PageRequest {
  limit?: number;
  pageToken?: string;
}

const tokenPattern = /^k1:(\d{1,15})$/;

/**
 * The token that continues a newest-first listing after the row with key `key`. Opaque to
 * callers; inside, the key of the last row sent, so pages stay stable while rows are added.
 */
export function encodePageToken(key: number): string {
  return Buffer.from(`k1:${key}`).toString('base64url');
}

/** The row key a token continues after, or `undefined` for the first page. */
export function decodePageToken(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const match = tokenPattern.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match?.[1]) {
    throw new UserError('This page token is not one Pipewright gave out.', {
      path: 'pageToken',
      hint: 'Pass the nextPageToken of the previous page unchanged, or leave it out for the first page.',
    });
  }
  return Number(match[1]);
}

/** The page size asked for, checked. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new UserError(`A page holds 1 to ${MAX_PAGE_SIZE} items; ${limit} was asked for.`, {
      path: 'limit',
    });
  }
  return limit;
}

/**
 * A page from rows fetched with one row more than `limit`: the extra row only says that
 * another page exists.
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => number,
  toItem: (row: Row) => Item,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    ...(rows.length > limit &&
      last !== undefined && { nextPageToken: encodePageToken(keyOf(last)) }),
  };
}
