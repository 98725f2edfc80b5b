import {
  CreatePipelineRequestSchema,
  GetPipelineQuerySchema,
  PageQuerySchema,
  PipelineParamsSchema,
  SaveVersionRequestSchema,
} from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';
import { checkDefinition } from './check-definition';

const locationOf = (name: string, version?: number) =>
  `/api/pipelines/${encodeURIComponent(name)}${version === undefined ? '' : `?version=${version}`}`;

/**
 * Pipelines and their immutable versions: create, list, get (latest or `?version=N`), list
 * versions, save a new version, delete. Creating and saving also write the version's embedded
 * files to the object store (see `Engine.publishFiles`).
 */
export const pipelineRoutes: FastifyPluginAsync<RouteDeps> = async (app, { services }) => {
  const { pipelines } = services.store;
  const { engine } = services;

  app.post('/pipelines', async (request, reply) => {
    const body = parseRequest(CreatePipelineRequestSchema, request.body, 'body');
    const document = checkDefinition(body.definition);
    const created = pipelines.create({ name: body.name, document, message: body.message });
    await engine.publishFiles(document);
    return reply.code(201).header('location', locationOf(body.name)).send(created);
  });

  app.get('/pipelines', async (request) =>
    pipelines.list(parseRequest(PageQuerySchema, request.query, 'query')),
  );

  app.get('/pipelines/:name', async (request) => {
    const { name } = parseRequest(PipelineParamsSchema, request.params, 'params');
    const { version } = parseRequest(GetPipelineQuerySchema, request.query, 'query');
    return pipelines.get(name, version);
  });

  app.get('/pipelines/:name/versions', async (request) => {
    const { name } = parseRequest(PipelineParamsSchema, request.params, 'params');
    return pipelines.listVersions(name, parseRequest(PageQuerySchema, request.query, 'query'));
  });

  app.put('/pipelines/:name', async (request, reply) => {
    const { name } = parseRequest(PipelineParamsSchema, request.params, 'params');
    const body = parseRequest(SaveVersionRequestSchema, request.body, 'body');
    const document = checkDefinition(body.definition);
    const saved = pipelines.saveVersion({ name, document, message: body.message });
    await engine.publishFiles(document);
    return reply.header('location', locationOf(name, saved.Version)).send(saved);
  });

  app.delete('/pipelines/:name', async (request, reply) => {
    const { name } = parseRequest(PipelineParamsSchema, request.params, 'params');
    pipelines.delete(name);
    return reply.code(204).send();
  });
};
