import { NotFoundError, type Topic, topicKey } from '@pipewright/shared';
import { ExecutionSubscription } from './execution-subscription';
import { ExecutionsSubscription } from './executions-subscription';
import type { LiveLimits } from './live-limits';
import type { LiveLog, LiveRegistry, LiveStore, Outbox, Subscription } from './live-ports';

/** What a socket's subscriptions share: the store, the limits, the hub and the socket. */
export interface SocketSubscriptionsContext {
  store: LiveStore;
  limits: LiveLimits;
  registry: LiveRegistry;
  outbox: Outbox;
  log?: LiveLog;
}

/** The topics one socket follows, at most one subscription per topic. */
export class SocketSubscriptions {
  private readonly byTopic = new Map<string, Subscription>();

  constructor(private readonly context: SocketSubscriptionsContext) {}

  /** Starts following `topic`; subscribing again to a topic restarts it from the new cursor. */
  subscribe(topic: Topic, sinceSeq: number | undefined): void {
    const { limits, outbox, registry } = this.context;
    const key = topicKey(topic);
    this.unsubscribe(topic);
    if (this.byTopic.size >= limits.maxSubscriptions) {
      outbox.offer({
        type: 'error',
        code: 'too-many-subscriptions',
        message: `One connection may follow ${limits.maxSubscriptions} topics at most; unsubscribe from some first.`,
        topic,
      });
      return;
    }
    const subscriptionContext = {
      store: this.context.store,
      outbox,
      limits,
      fail: (error: unknown) => this.failed(key, subscription, error),
    };
    const subscription: Subscription =
      topic.kind === 'execution'
        ? new ExecutionSubscription(topic.executionId, subscriptionContext, registry)
        : new ExecutionsSubscription(subscriptionContext, registry);
    this.byTopic.set(key, subscription);
    subscription.start(sinceSeq).catch((error: unknown) => this.failed(key, subscription, error));
  }

  /** Stops following `topic`; unsubscribing from a topic not followed is no error. */
  unsubscribe(topic: Topic): void {
    const key = topicKey(topic);
    this.byTopic.get(key)?.close();
    this.byTopic.delete(key);
  }

  /** Ends every subscription of this socket, and only this socket's. */
  closeAll(): void {
    for (const subscription of this.byTopic.values()) subscription.close();
    this.byTopic.clear();
  }

  stats(): { subscriptions: number; stalled: number } {
    const all = [...this.byTopic.values()];
    return { subscriptions: all.length, stalled: all.filter((each) => each.stalled).length };
  }

  private failed(key: string, subscription: Subscription, error: unknown): void {
    const { outbox, log } = this.context;
    subscription.close();
    // Only if it is still the current one: a newer subscription to the topic stays.
    if (this.byTopic.get(key) === subscription) this.byTopic.delete(key);
    const { topic } = subscription;
    if (error instanceof NotFoundError) {
      const path = topic.kind === 'execution' ? '/topic/executionId' : '/topic';
      outbox.offer({ type: 'error', code: 'not-found', message: error.message, path, topic });
      return;
    }
    log?.error({ err: error, topic }, 'live subscription failed');
    outbox.offer({
      type: 'error',
      code: 'internal',
      message: 'The server could not follow this topic; its log has the details. Subscribe again.',
      topic,
    });
  }
}
