import type { IncomingMessage } from 'node:http';
import { isAllowedHost } from '../plugins/host-check.plugin';
import { isSameOrigin } from '../plugins/origin-check.plugin';
import { UNAUTHORIZED_MESSAGE } from '../plugins/auth.plugin';
import { validCredential } from './credentials';

/** The server's own address and token. */
export interface UpgradeCheckSettings {
  token: string;
  host: string;
  port: number;
}

/** Whether to accept an upgrade, and if not, the status and message to refuse it with. */
export type UpgradeVerdict = { ok: true } | { ok: false; statusCode: 401 | 403; message: string };

/**
 * The checks every HTTP route gets, for a raw WebSocket upgrade request: an allowed `Host`
 * (DNS rebinding), an `Origin` of this server (cross-site WebSocket hijacking) and the token
 * (header, cookie or `?token=`). For a hub that handles upgrades outside Fastify's hooks.
 */
export function checkUpgradeRequest(
  request: Pick<IncomingMessage, 'headers' | 'url'>,
  settings: UpgradeCheckSettings,
): UpgradeVerdict {
  const { host, origin } = request.headers;
  if (!isAllowedHost(host, settings)) {
    return { ok: false, statusCode: 403, message: `Host '${host ?? ''}' is not allowed.` };
  }
  if (!isSameOrigin(origin, host)) {
    return { ok: false, statusCode: 403, message: 'WebSockets from another site are refused.' };
  }
  if (validCredential(request, settings, { allowQuery: true }) === undefined) {
    return { ok: false, statusCode: 401, message: UNAUTHORIZED_MESSAGE };
  }
  return { ok: true };
}
