import {
  DownloadObjectQuerySchema,
  ListObjectsQuerySchema,
  type ObjectListing,
  UserError,
} from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import { parseRequest } from '../parse-request';
import type { RouteDeps } from '../route-deps';
import { attachmentDisposition } from './content-disposition';

const DEFAULT_LIMIT = 1000;

const encodeToken = (key: string) => Buffer.from(`o1:${key}`).toString('base64url');

function decodeToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  const text = Buffer.from(token, 'base64url').toString('utf8');
  if (!text.startsWith('o1:')) {
    throw new UserError('This page token is not one Pipewright gave out.', {
      details: [{ path: '/query/pageToken', message: 'Not a page token of this listing.' }],
    });
  }
  return text.slice(3);
}

/**
 * The local object store over HTTP: list under an `s3://` prefix, download one object. The
 * object store confines every key to its bucket folder (traversal in any encoding, symlinks).
 */
export const objectRoutes: FastifyPluginAsync<RouteDeps> = async (app, { services }) => {
  const { objectStore } = services;

  app.get('/objects', async (request): Promise<ObjectListing> => {
    const query = parseRequest(ListObjectsQuerySchema, request.query, 'query');
    const after = decodeToken(query.pageToken);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const entries = (await objectStore.list(query.prefix)).filter(
      (entry) => after === undefined || entry.key > after,
    );
    const page = entries.slice(0, limit);
    const last = page.at(-1);
    return {
      prefix: query.prefix,
      items: page.map((entry) => ({
        key: entry.key,
        uri: entry.uri,
        size: entry.size,
        lastModified: entry.modified.toISOString(),
      })),
      ...(entries.length > limit && last !== undefined && { nextPageToken: encodeToken(last.key) }),
    };
  });

  app.get('/objects/download', async (request, reply) => {
    const { uri } = parseRequest(DownloadObjectQuerySchema, request.query, 'query');
    const opened = await objectStore.open(uri);
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    return reply
      .type('application/octet-stream')
      .header('content-length', String(opened.size))
      .header('content-disposition', attachmentDisposition(name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(opened.stream);
  });
};
