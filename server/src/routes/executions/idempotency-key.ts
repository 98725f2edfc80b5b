import { IdempotencyKeySchema, UserError } from '@pipewright/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseRequest } from '../parse-request';

const HeaderSchema = z.object({ 'idempotency-key': IdempotencyKeySchema.optional() });

/**
 * The request's idempotency key: from the body or the `Idempotency-Key` header (the header is
 * what generic HTTP clients and proxies know). Both may be given only if they agree.
 */
export function idempotencyKeyOf(
  request: FastifyRequest,
  fromBody: string | undefined,
): string | undefined {
  const fromHeader = parseRequest(HeaderSchema, request.headers, 'headers')['idempotency-key'];
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    const message = 'The Idempotency-Key header and the body idempotencyKey differ.';
    throw new UserError(message, {
      details: [{ path: '/headers/idempotency-key', message }],
      hint: 'Send the key once, in either place.',
    });
  }
  return fromHeader ?? fromBody;
}
