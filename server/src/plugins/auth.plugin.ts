import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import {
  isWebSocketUpgrade,
  queryToken,
  tokenCookieName,
  tokensMatch,
  validCredential,
} from '../security/credentials';
import { errorBody } from './error-handler.plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answered without the token: only the web app's static files are. */
    public?: boolean;
  }
}

/** The token every request must carry, and the port (which names the cookie). */
export interface AuthOptions {
  token: string;
  port: number;
}

/** The message of every 401: what to open or send. */
export const UNAUTHORIZED_MESSAGE =
  'This Pipewright server needs its token: open the link it printed when it started ' +
  '(…/?token=…), or send the header Authorization: Bearer <token>.';

/**
 * The request URL without its `token` parameter, for the redirect after a `?token=` link. A
 * path starting with `//` would be read by the browser as another host: it is folded to `/`.
 */
export function withoutToken(url: string): string {
  const [path = '/', query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  params.delete('token');
  const rest = params.toString();
  return `${path.replace(/^[/\\]+/, '/')}${rest === '' ? '' : `?${rest}`}`;
}

/** `Set-Cookie` for the token: the browser sends it back, scripts cannot read it. */
export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

function unauthorized(reply: FastifyReply) {
  return reply
    .code(401)
    .header('www-authenticate', 'Bearer realm="pipewright"')
    .send(errorBody(401, UNAUTHORIZED_MESSAGE));
}

const auth: FastifyPluginAsync<AuthOptions> = async (app, options) => {
  app.addHook('onRequest', async (request, reply) => {
    const upgrade = isWebSocketUpgrade(request.raw);
    const linkToken = queryToken(request.url);
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    // A `?token=` link: trade it for the cookie, and take it out of the address bar and history.
    if (linkToken !== undefined && isRead && !upgrade) {
      if (tokensMatch(linkToken, options.token)) {
        reply.header('set-cookie', tokenCookie(options.port, options.token));
      } else if (validCredential(request.raw, options, { allowQuery: false }) === undefined) {
        return unauthorized(reply);
      }
      return reply.redirect(withoutToken(request.url), 302);
    }
    if (request.routeOptions.config.public === true) return;
    // A WebSocket cannot be redirected or given headers by a browser: it may carry the query.
    if (validCredential(request.raw, options, { allowQuery: upgrade }) !== undefined) return;
    return unauthorized(reply);
  });
};

/**
 * Every route needs the token (house style: default deny), except those marked `public`. It
 * comes as `Authorization: Bearer`, as the HttpOnly cookie, or once as a `?token=` link.
 */
export const authPlugin = fp(auth, { name: 'auth', dependencies: ['host-check', 'origin-check'] });
