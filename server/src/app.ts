import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { livePlugin } from './live/live.plugin';
import { authorizeUpgrades } from './live/upgrade-authorizer';
import { authPlugin } from './plugins/auth.plugin';
import { errorHandlerPlugin } from './plugins/error-handler.plugin';
import { hostCheckPlugin } from './plugins/host-check.plugin';
import { originCheckPlugin } from './plugins/origin-check.plugin';
import { webAppPlugin } from './plugins/web-app.plugin';
import { callbackRoutes } from './routes/callbacks/callbacks.routes';
import { exampleRoutes } from './routes/examples/examples.routes';
import { executionRoutes } from './routes/executions/executions.routes';
import { healthRoutes } from './routes/health/health.routes';
import { objectRoutes } from './routes/objects/objects.routes';
import { pipelineRoutes } from './routes/pipelines/pipelines.routes';
import { registryRoutes } from './routes/registry/registry.routes';
import { settingsRoutes } from './routes/settings/settings.routes';
import { versionRoutes } from './routes/version/version.routes';
import type { Services } from './services';

/** The largest request body accepted: a pipeline document with embedded scripts fits easily. */
export const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/** What `buildApp` needs: the loaded settings and the token every request must carry. */
export type AppConfig = Pick<ServerConfig, 'host' | 'port' | 'dataDir' | 'webDir' | 'logLevel'> & {
  token: string;
};

/**
 * Builds the HTTP server without listening, so tests drive it through `app.inject()`. The
 * services are the caller's: it opened them and closes them after the app.
 */
export function buildApp(config: AppConfig, services: Services): FastifyInstance {
  const app = Fastify({ logger: { level: config.logLevel }, bodyLimit: BODY_LIMIT_BYTES });
  const bound = { host: config.host, port: config.port };
  // Bodies are JSON or nothing: a text/plain body is what a cross-site form can send.
  app.removeContentTypeParser('text/plain');

  app.register(errorHandlerPlugin, { bodyLimit: BODY_LIMIT_BYTES });
  app.register(livePlugin, { services, authorize: authorizeUpgrades(config) }); // first: see its TSDoc
  app.register(hostCheckPlugin, bound);
  app.register(originCheckPlugin);
  app.register(authPlugin, { token: config.token, port: config.port });
  app.register(
    async (api) => {
      const deps = { services, dataDir: config.dataDir };
      await api.register(healthRoutes);
      await api.register(versionRoutes);
      await api.register(pipelineRoutes, deps);
      await api.register(executionRoutes, deps);
      await api.register(objectRoutes, deps);
      await api.register(registryRoutes, deps);
      await api.register(callbackRoutes, deps);
      await api.register(exampleRoutes);
      await api.register(settingsRoutes, { ...deps, server: bound });
    },
    { prefix: '/api' },
  );
  app.register(async (web) => {
    // The web app's files are the only answers given without the token: the page has to load
    // before it can tell the person to open the link with the token.
    web.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
    });
    await web.register(webAppPlugin, { webDir: config.webDir });
  });

  return app;
}
