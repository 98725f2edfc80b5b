import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { type RawRequestLike, isWebSocketUpgrade } from '../security/credentials';
import { errorBody } from './error-handler.plugin';

/** Methods that change nothing; every other method is checked (an allowlist, never a denylist). */
const SAFE_METHODS = ['GET', 'HEAD'];

/**
 * Whether an `Origin` header names the site the request is addressed to (its `Host`). No
 * header passes: browsers always send one on the requests checked here, so its absence means
 * a client that is not a browser, which must still hold the token. Malformed values fail
 * instead of throwing.
 */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (host === undefined) return false;
  let url: URL;
  let own: URL;
  try {
    url = new URL(origin);
    own = new URL(`${url.protocol}//${host}`);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // `origin` must be exactly scheme://host[:port]: no path, user or query smuggled in.
  return url.origin === origin.toLowerCase() && url.host === own.host;
}

/** True when a request can change something, or opens a WebSocket (which can too). */
export function needsOriginCheck(method: string, request: RawRequestLike): boolean {
  return !SAFE_METHODS.includes(method.toUpperCase()) || isWebSocketUpgrade(request);
}

const originCheck: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    if (!needsOriginCheck(request.method, request.raw)) return;
    const { origin, host } = request.headers;
    if (isSameOrigin(origin, host)) return;
    const shown = String(origin).slice(0, 200);
    const message = `Requests from another site (Origin '${shown}') cannot change anything here.`;
    return reply.code(403).send(errorBody(403, message));
  });
};

/**
 * Refuses state-changing requests and WebSocket upgrades sent by a page of another origin
 * (cross-site request forgery, cross-site WebSocket hijacking).
 */
export const originCheckPlugin = fp(originCheck, { name: 'origin-check' });
