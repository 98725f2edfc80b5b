import { type UpgradeCheckSettings, checkUpgradeRequest } from '../security/upgrade-check';
import type { AuthorizeUpgrade } from './live.plugin';

/**
 * The server's Host, Origin and token checks as the live endpoint's upgrade hook. Fastify's
 * global hooks already run them on upgrades; checking here as well keeps the socket closed
 * even if those hooks are ever reordered or scoped away from `/api/live`.
 */
export function authorizeUpgrades(settings: UpgradeCheckSettings): AuthorizeUpgrade {
  return (request) => checkUpgradeRequest(request, settings);
}
