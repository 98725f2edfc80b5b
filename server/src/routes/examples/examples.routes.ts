import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ExampleCatalog } from '../../examples/example-catalog';
import { parseRequest } from '../parse-request';

const ExampleParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });

/** The example pipelines that ship with Pipewright, for the welcome gallery. */
export const exampleRoutes: FastifyPluginAsync<{ examplesDir?: string }> = async (
  app,
  { examplesDir },
) => {
  const catalog = new ExampleCatalog(examplesDir);

  app.get('/examples', async () => ({ items: await catalog.list() }));

  app.get('/examples/:id', async (request) => {
    const { id } = parseRequest(ExampleParamsSchema, request.params, 'params');
    return catalog.get(id);
  });
};
