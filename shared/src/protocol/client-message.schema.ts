import { z } from 'zod';
import { TopicSchema } from './topic.schema';

const cursor = z.number().int().nonnegative();

/**
 * Messages a client sends, keyed on `type`. Unknown keys are ignored, so a newer client can add
 * optional fields without breaking an older server of the same protocol version.
 */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    /** Any positive integer, so a mismatch gets an `incompatible` answer, not an `error`. */
    protocolVersion: z.number().int().positive(),
  }),
  z.object({
    type: z.literal('subscribe'),
    topic: TopicSchema,
    /**
     * Resume after this point: the last `seq` the client has for an execution, or the last
     * `cursor` (global event id) for the executions topic. Without it the client gets a snapshot.
     */
    sinceSeq: cursor.optional(),
  }),
  z.object({ type: z.literal('unsubscribe'), topic: TopicSchema }),
  z.object({ type: z.literal('ping'), id: z.string().max(64).optional() }),
]);
/** A message a client sends. */
export type ClientMessage = z.infer<typeof ClientMessageSchema>;
/** The `type` of a client message. */
export type ClientMessageType = ClientMessage['type'];

/** The `type` of every client message, for telling "unknown type" from "wrong shape". */
export const clientMessageTypes: readonly ClientMessageType[] = ClientMessageSchema.options.map(
  (option) => option.shape.type.value,
);
