import { userInfo } from 'node:os';
import {
  ApprovalRequestSchema,
  ListModelPackagesQuerySchema,
  PageQuerySchema,
  RegistryGroupParamsSchema,
  RegistryVersionParamsSchema,
} from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import { ModelRegistryRepository } from '../../store/model-registry.repository';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';

/** The local model registry: groups, their versions, and approving or rejecting a version. */
export const registryRoutes: FastifyPluginAsync<RouteDeps> = async (app, { services }) => {
  const registry = new ModelRegistryRepository(services.store.database);

  app.get('/registry/groups', async (request) =>
    registry.listGroups(parseRequest(PageQuerySchema, request.query, 'query')),
  );

  app.get('/registry/groups/:group/versions', async (request) => {
    const { group } = parseRequest(RegistryGroupParamsSchema, request.params, 'params');
    return registry.listVersions(
      group,
      parseRequest(ListModelPackagesQuerySchema, request.query, 'query'),
    );
  });

  app.get('/registry/groups/:group/versions/:version', async (request) => {
    const { group, version } = parseRequest(RegistryVersionParamsSchema, request.params, 'params');
    return registry.describe(group, version);
  });

  app.post('/registry/groups/:group/versions/:version/approval', async (request) => {
    const { group, version } = parseRequest(RegistryVersionParamsSchema, request.params, 'params');
    const body = parseRequest(ApprovalRequestSchema, request.body, 'body');
    return registry.decide(group, version, {
      status: body.status,
      by: body.by ?? localUser(),
      ...(body.note !== undefined && { note: body.note }),
    });
  });
};

/** Who is deciding when the request does not say: the user the server runs as, on this machine. */
function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local user';
  }
}
