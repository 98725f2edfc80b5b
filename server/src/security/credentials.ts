import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** What the credential checks read of a request: Node's raw request satisfies it. */
export interface RawRequestLike {
  headers: IncomingHttpHeaders;
  url?: string | undefined;
}

/** Where a request carried a valid token. */
export type Credential = 'header' | 'cookie' | 'query';

/**
 * The cookie's name carries the port: cookies are not kept apart by port, so two servers on
 * one machine would otherwise overwrite each other's.
 */
export function tokenCookieName(port: number): string {
  return `pipewright-token-${port}`;
}

/**
 * Compares in constant time. Hashing first gives both sides the same length, so neither the
 * length nor the first differing character of the token leaks through timing.
 */
export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1];
}

/** One cookie's value from a `Cookie` header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const equals = pair.indexOf('=');
    if (equals === -1 || pair.slice(0, equals).trim() !== name) continue;
    return pair
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}

/** The `token` query parameter of a request URL (path and query). */
export function queryToken(url: string | undefined): string | undefined {
  const query = url?.split('?', 2)[1];
  return query === undefined ? undefined : (new URLSearchParams(query).get('token') ?? undefined);
}

/** True for a WebSocket upgrade request. */
export function isWebSocketUpgrade(request: RawRequestLike): boolean {
  return request.headers.upgrade?.toLowerCase() === 'websocket';
}

/**
 * Which of the request's credentials holds the right token, if any: the `Authorization`
 * header, the cookie, or (where allowed) the `token` query parameter.
 */
export function validCredential(
  request: RawRequestLike,
  settings: { token: string; port: number },
  { allowQuery }: { allowQuery: boolean },
): Credential | undefined {
  if (tokensMatch(bearerToken(request.headers.authorization), settings.token)) return 'header';
  const cookie = cookieValue(request.headers.cookie, tokenCookieName(settings.port));
  if (tokensMatch(cookie, settings.token)) return 'cookie';
  if (allowQuery && tokensMatch(queryToken(request.url), settings.token)) return 'query';
  return undefined;
}
