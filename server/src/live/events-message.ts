import type { ExecutionEvent, SequencedEvent, ServerMessageOf } from '@pipewright/shared';

/** Rough JSON size of an event: its log text dominates, the rest is a few short fields. */
function approximateBytes(event: ExecutionEvent): number {
  return 200 + (event.type === 'log' ? event.text.length : 0);
}

/**
 * Consecutive events as `events` messages of about `maxBytes` each, so one big replay page or
 * a burst of log chunks never becomes a single frame larger than the socket's cap.
 */
export function eventsMessages(
  executionId: string,
  events: readonly SequencedEvent[],
  maxBytes: number,
): ServerMessageOf<'events'>[] {
  const messages: ServerMessageOf<'events'>[] = [];
  let current: ServerMessageOf<'events'>['events'] = [];
  let bytes = 0;
  for (const { seq, event } of events) {
    const size = approximateBytes(event);
    if (current.length > 0 && bytes + size > maxBytes) {
      messages.push({ type: 'events', executionId, events: current });
      current = [];
      bytes = 0;
    }
    current.push({ seq, event });
    bytes += size;
  }
  if (current.length > 0) messages.push({ type: 'events', executionId, events: current });
  return messages;
}

const built = new WeakMap<readonly SequencedEvent[], ServerMessageOf<'events'>[]>();

/**
 * `eventsMessages`, built once per batch: the hub hands the same batch to every subscriber of
 * an execution, so they all offer the same message objects and the frames are serialized once
 * (see `frameOf`), not once per socket.
 */
export function sharedEventsMessages(
  executionId: string,
  events: readonly SequencedEvent[],
  maxBytes: number,
): ServerMessageOf<'events'>[] {
  let messages = built.get(events);
  if (!messages) built.set(events, (messages = eventsMessages(executionId, events, maxBytes)));
  return messages;
}
