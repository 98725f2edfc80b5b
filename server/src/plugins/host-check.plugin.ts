import { isIP } from 'node:net';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { serverUrl } from '../config';
import { errorBody } from './error-handler.plugin';

export interface HostCheckOptions {
  host: string;
  port: number;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD_HOSTS = ['0.0.0.0', '::'];

/**
 * Whether a request's Host header names this server. A web page on another domain can point
 * its DNS name at 127.0.0.1 (DNS rebinding); its requests then carry that foreign name, so we
 * only answer to the bound host and the loopback names, on our own port.
 */
export function isAllowedHost(header: string | undefined, bound: HostCheckOptions): boolean {
  if (header === undefined) return false;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d+))?$/i.exec(header.trim().toLowerCase());
  if (match === null) return false;
  const [, name = '', port = '80'] = match;
  if (Number(port) !== bound.port) return false;

  const boundName = isIP(bound.host) === 6 ? `[${bound.host}]` : bound.host.toLowerCase();
  if (name === boundName || LOOPBACK_NAMES.includes(name)) return true;
  // Listening on every interface means the person wants other machines to reach it by address;
  // an IP literal cannot be rebound, so it is safe to accept.
  return WILDCARD_HOSTS.includes(bound.host) && isIP(name.replace(/^\[|\]$/g, '')) !== 0;
}

const hostCheck: FastifyPluginAsync<HostCheckOptions> = async (app, bound) => {
  app.addHook('onRequest', async (request, reply) => {
    if (isAllowedHost(request.headers.host, bound)) return;
    const message = `Host '${request.headers.host ?? ''}' is not allowed. Open ${serverUrl(bound)} instead.`;
    return reply.code(403).send(errorBody(403, message));
  });
};

/** Rejects requests addressed to any other host name (DNS-rebinding defence). */
export const hostCheckPlugin = fp(hostCheck, { name: 'host-check' });
