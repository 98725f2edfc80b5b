import type { FastifyInstance, RouteOptions } from 'fastify';

/** One registered method and URL, and whether it is answered without the token. */
export interface RegisteredRoute {
  method: string;
  url: string;
  isPublic: () => boolean;
}

/**
 * Collects every route the app registers. Call before `ready()`: plugins register their
 * routes while loading. Public-ness is read later, since a plugin's own `onRoute` hook may
 * mark a route after this one has seen it.
 */
export function collectRoutes(app: FastifyInstance): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      routes.push({ method, url: route.url, isPublic: () => route.config?.public === true });
    }
  });
  return routes;
}

/** A concrete URL for a route pattern, with a plausible value for each parameter. */
export function sampleUrl(pattern: string): string {
  const samples: Record<string, string> = { name: 'p', id: 'a1b2c3d4e5f6', step: 'Hello' };
  return pattern
    .replace(/:(\w+)/g, (_match, param: string) => samples[param] ?? 'x')
    .replace(/\*$/, 'x');
}
