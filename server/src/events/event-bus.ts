import type { SequencedEvent } from '@pipewright/shared';

/** A committed event with its place in the global order (for "all executions" subscribers). */
export interface PublishedEvent extends SequencedEvent {
  globalId: number;
}

export type EventListener = (events: readonly PublishedEvent[]) => void;

/**
 * In-process fan-out of committed events. The engine publishes after each transaction commits,
 * so a listener never sees an event the store could still roll back; the WebSocket hub and the
 * CLI's progress printer listen here.
 */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  publish(events: readonly PublishedEvent[]): void {
    if (events.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch {
        // One broken listener must not stop the others or the engine that published.
      }
    }
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
