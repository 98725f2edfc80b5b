import { z } from 'zod';
import { ExecutionIdSchema, ExecutionSummarySchema } from '../api';
import { ExecutionEventSchema } from '../execution';
import { ExecutionStateSchema } from './execution-state.schema';
import { TopicSchema } from './topic.schema';

const seq = z.number().int().positive();
const cursor = z.number().int().nonnegative();

/** Why the server refused a frame or a request; stable, so clients can branch on it. */
export const liveErrorCodes = [
  'not-json',
  'unknown-type',
  'invalid-message',
  'hello-required',
  'duplicate-hello',
  'not-found',
  'too-many-subscriptions',
  'internal',
] as const;
/** The `code` of an `error` message. */
export type LiveErrorCode = (typeof liveErrorCodes)[number];

/** Messages the server sends, keyed on `type`. */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    protocolVersion: z.number().int().positive(),
    serverVersion: z.string(),
    /** How often `heartbeat` comes: a client that hears nothing for two of these reconnects. */
    heartbeatIntervalMs: z.number().int().positive(),
  }),
  z.object({
    type: z.literal('incompatible'),
    /** The version the client asked for. */
    protocolVersion: z.number().int(),
    supported: z.array(z.number().int().positive()),
    reason: z.string(),
  }),
  z.object({
    type: z.literal('subscribed'),
    topic: TopicSchema,
    /** Caught up to here (a seq, or a global event id for the executions topic); live after. */
    cursor,
  }),
  z.object({
    type: z.literal('events'),
    executionId: ExecutionIdSchema,
    /** Consecutive events: the first `seq` is one past the last the client has. */
    events: z.array(z.object({ seq, event: ExecutionEventSchema })).min(1),
  }),
  z.object({
    type: z.literal('snapshot'),
    executionId: ExecutionIdSchema,
    /** The last event folded into `state`; events that follow start at `seq + 1`. */
    seq: cursor,
    /** Replaces the client's state; `null` before the execution's first event. */
    state: ExecutionStateSchema.nullable(),
  }),
  z.object({
    type: z.literal('execution-status'),
    cursor,
    summary: ExecutionSummarySchema,
  }),
  z.object({
    type: z.literal('executions-snapshot'),
    cursor,
    executions: z.array(ExecutionSummarySchema),
  }),
  z.object({
    type: z.literal('error'),
    code: z.enum(liveErrorCodes),
    message: z.string(),
    /** JSON pointer into the offending client message. */
    path: z.string().optional(),
    /** The subscription the error is about, when there is one. */
    topic: TopicSchema.optional(),
  }),
  z.object({ type: z.literal('pong'), id: z.string().optional() }),
  z.object({ type: z.literal('heartbeat') }),
]);
/** A message the server sends. */
export type ServerMessage = z.infer<typeof ServerMessageSchema>;
/** The `type` of a server message. */
export type ServerMessageType = ServerMessage['type'];

/** The server message with the given `type`. */
export type ServerMessageOf<T extends ServerMessageType> = Extract<ServerMessage, { type: T }>;

/** The `type` of every server message, for telling "unknown type" from "wrong shape". */
export const serverMessageTypes: readonly ServerMessageType[] = ServerMessageSchema.options.map(
  (option) => option.shape.type.value,
);
