import type { FastifyPluginAsync } from 'fastify';

export interface HealthResponse {
  status: 'ok';
}

/** `GET /api/health`: answers while the server is up; the web app polls it. */
export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/health', async (): Promise<HealthResponse> => ({ status: 'ok' }));
};
