import type { FastifyPluginAsync } from 'fastify';
import serverPackage from '../../../package.json' with { type: 'json' };

export interface VersionResponse {
  name: string;
  version: string;
}

/** `GET /api/version`: which server build is answering. */
export const versionRoutes: FastifyPluginAsync = async (app) => {
  app.get('/version', async (): Promise<VersionResponse> => ({
    name: serverPackage.name,
    version: serverPackage.version,
  }));
};
