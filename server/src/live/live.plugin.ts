import type { IncomingMessage } from 'node:http';
import fastifyWebsocket from '@fastify/websocket';
import { LIVE_PATH } from '@pipewright/shared';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import serverPackage from '../../package.json' with { type: 'json' };
import { errorBody } from '../plugins/error-handler.plugin';
import type { Services } from '../services';
import { LiveHub } from './live-hub';
import type { LiveLimits } from './live-limits';

/**
 * An upgrade check's answer: `true` or `{ ok: true }` lets the socket open; `false`, a reason,
 * or `{ ok: false, statusCode, message }` refuses it (401 unless a status is given).
 */
export type UpgradeDecision =
  boolean | string | { ok: true } | { ok: false; statusCode: 401 | 403; message: string };

/**
 * Decides whether an upgrade request may open a socket, before any WebSocket exists. Gets the
 * raw request, so the auth module can share one check between HTTP hooks and upgrades.
 */
export type AuthorizeUpgrade = (request: IncomingMessage) => UpgradeDecision;

export interface LivePluginOptions {
  services: Pick<Services, 'store' | 'bus'>;
  /** Checked on every upgrade, after Fastify's own hooks; none lets every upgrade in. */
  authorize?: AuthorizeUpgrade;
  limits?: Partial<LiveLimits>;
  /** A hub built by the caller (its limits then win), so tests can look at its sockets. */
  hub?: LiveHub;
}

const live: FastifyPluginAsync<LivePluginOptions> = async (app, options) => {
  const { services, authorize } = options;
  const hub =
    options.hub ??
    new LiveHub({
      store: services.store.executions,
      bus: services.bus,
      serverVersion: serverPackage.version,
      ...(options.limits && { limits: options.limits }),
      log: app.log,
    });

  await app.register(fastifyWebsocket, {
    options: { maxPayload: hub.limits.maxClientFrameBytes },
    // Runs before the HTTP server stops waiting on sockets: say goodbye with 1001 first.
    preClose(done) {
      hub.close();
      this.websocketServer.close(() => done());
    },
  });

  app.route({
    method: 'GET',
    url: LIVE_PATH,
    onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
      const refusal = refusalOf(authorize ? authorize(request.raw) : true);
      if (refusal === undefined) return;
      return reply.code(refusal.statusCode).send(errorBody(refusal.statusCode, refusal.message));
    },
    handler: (_request, reply) =>
      reply
        .code(426)
        .header('upgrade', 'websocket')
        .send(errorBody(426, 'This address speaks WebSocket; open it with a WebSocket client.')),
    wsHandler: (socket) => hub.accept(socket),
  });
};

function refusalOf(
  decision: UpgradeDecision,
): { statusCode: 401 | 403; message: string } | undefined {
  if (decision === true) return undefined;
  if (decision === false) return { statusCode: 401, message: 'Not authorized.' };
  if (typeof decision === 'string') return { statusCode: 401, message: decision };
  return decision.ok ? undefined : decision;
}

/**
 * The live endpoint at `/api/live`. Register it before the plugins whose `onRequest` hooks may
 * refuse a request (host, origin, token): @fastify/websocket marks upgrade requests in its own
 * `onRequest` hook and closes refused ones in `onResponse`, so it must see every request first,
 * or a refused upgrade's socket is left open and the server never finishes closing.
 */
export const livePlugin = fp(live, { name: 'live' });
