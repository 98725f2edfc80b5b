import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { errorBody } from './error-handler.plugin';
import { webNotBuiltPage } from './web-not-built.page';

export interface WebAppOptions {
  /** The folder `vite build` wrote, holding index.html and assets/. */
  webDir: string;
}

const pathOf = (url: string) => url.split('?', 1)[0] ?? '/';
const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
const looksLikeFile = (path: string) => /\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/')));

const webApp: FastifyPluginAsync<WebAppOptions> = async (app, { webDir }) => {
  await app.register(fastifyStatic, {
    root: webDir,
    // A missing build is reported per request below, so it starts working after `pnpm build`.
    suppressWarning: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      // Vite puts a content hash in every file name under assets/; the rest must revalidate.
      const hashed = filePath.includes(`${sep}assets${sep}`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    if (isApiPath(path)) {
      return reply.code(404).send(errorBody(404, `No API route ${request.method} ${path}`));
    }
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (!isRead || looksLikeFile(path)) {
      return reply.code(404).send(errorBody(404, `Nothing at ${request.method} ${path}`));
    }
    if (!existsSync(join(webDir, 'index.html'))) {
      return reply.code(503).type('text/html; charset=utf-8').send(webNotBuiltPage(webDir));
    }
    // Any other page address belongs to the browser app's router.
    return reply.sendFile('index.html');
  });
};

/** Serves the built web app, with index.html for every page address the app routes itself. */
export const webAppPlugin = fp(webApp, { name: 'web-app' });
