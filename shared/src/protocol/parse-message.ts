import type { z } from 'zod';
import { toPointer } from '../pipeline/json/json-pointer';
import {
  type ClientMessage,
  ClientMessageSchema,
  clientMessageTypes,
} from './client-message.schema';
import {
  type ServerMessage,
  ServerMessageSchema,
  serverMessageTypes,
} from './server-message.schema';

/** Why a frame was refused: the fields of an `error` message. */
export interface FrameError {
  code: 'not-json' | 'unknown-type' | 'invalid-message';
  message: string;
  /** JSON pointer to the offending field, when one is to blame. */
  path?: string;
}

/** A parsed frame, or why it is not a message. */
export type FrameParseResult<T> = { ok: true; message: T } | { ok: false; error: FrameError };

/** Reads a frame a client sent; never throws. */
export function parseClientMessage(frame: string): FrameParseResult<ClientMessage> {
  return parseFrame(frame, ClientMessageSchema, clientMessageTypes);
}

/** Reads a frame the server sent; never throws. */
export function parseServerMessage(frame: string): FrameParseResult<ServerMessage> {
  return parseFrame(frame, ServerMessageSchema, serverMessageTypes);
}

function parseFrame<T>(
  frame: string,
  schema: z.ZodType<T>,
  knownTypes: readonly string[],
): FrameParseResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return fail('not-json', `The frame is not JSON: ${preview(frame)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('invalid-message', 'A message is a JSON object with a "type".', '');
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string') {
    return fail('invalid-message', 'A message needs a "type" string.', '/type');
  }
  // Checked before the schema so the answer names the type, not a union mismatch.
  if (!knownTypes.includes(type)) {
    return fail(
      'unknown-type',
      `Unknown message type "${preview(type)}"; expected one of ${knownTypes.join(', ')}.`,
      '/type',
    );
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  const path = toPointer((issue?.path ?? []).map((segment) => String(segment)));
  return fail(
    'invalid-message',
    `"${type}" message is malformed at ${path || 'its root'}: ${issue?.message ?? 'invalid'}`,
    path,
  );
}

function fail<T>(code: FrameError['code'], message: string, path?: string): FrameParseResult<T> {
  return { ok: false, error: { code, message, ...(path !== undefined && { path }) } };
}

/** Enough of a bad frame to recognise it, without echoing a large payload back. */
function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
