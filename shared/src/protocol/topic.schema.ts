import { z } from 'zod';
import { ExecutionIdSchema } from '../api';

/**
 * What a client subscribes to: the full event stream of one execution, or the status of all
 * executions (one summary per change, no logs).
 */
export const TopicSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('execution'), executionId: ExecutionIdSchema }),
  z.object({ kind: z.literal('executions') }),
]);
/** A topic a client follows. */
export type Topic = z.infer<typeof TopicSchema>;

/** A stable string per topic, to key subscriptions by. */
export function topicKey(topic: Topic): string {
  return topic.kind === 'execution' ? `execution:${topic.executionId}` : 'executions';
}
