import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { errorHandlerPlugin } from './plugins/error-handler.plugin';
import { hostCheckPlugin } from './plugins/host-check.plugin';
import { webAppPlugin } from './plugins/web-app.plugin';
import { healthRoutes } from './routes/health/health.routes';
import { versionRoutes } from './routes/version/version.routes';

/** Builds the HTTP server without listening, so tests drive it through `app.inject()`. */
export function buildApp(config: ServerConfig): FastifyInstance {
  const app = Fastify({ logger: { level: config.logLevel } });

  app.register(errorHandlerPlugin);
  app.register(hostCheckPlugin, { host: config.host, port: config.port });
  app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(versionRoutes);
    },
    { prefix: '/api' },
  );
  app.register(webAppPlugin, { webDir: config.webDir });

  return app;
}
