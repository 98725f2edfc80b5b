// @vitest-environment jsdom
import type { ExecutionEvent } from '@pipewright/shared';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installLiveClient } from './default-client';
import { createFakeLive } from './testing/fake-live';
import { executionId, runEvents } from './testing/live-fixtures';
import { useRefetchOnExecutionChange } from './useRefetchOnExecutionChange';

let restore = () => {};
afterEach(() => {
  cleanup();
  restore();
});

/** The REST side: what it answers now, and how often it was asked. */
const server = { answer: 'Train: 1 attempt', requests: 0 };

const attemptsKey = ['executions', 'attempts', executionId];

function Attempts({ stepName }: { stepName: string }) {
  const attempts = useQuery({
    queryKey: attemptsKey,
    queryFn: () => {
      server.requests += 1;
      return Promise.resolve(server.answer);
    },
  });
  useRefetchOnExecutionChange(executionId, [attemptsKey], { stepName });
  return <p>{attempts.data ?? 'Loading'}</p>;
}

function setUp(stepName = 'Train') {
  server.answer = 'Train: 1 attempt';
  server.requests = 0;
  const live = createFakeLive();
  restore = installLiveClient(live.client);
  live.client.start();
  // Never stale by age: only this hook makes the attempts load again.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  render(
    <QueryClientProvider client={queryClient}>
      <Attempts stepName={stepName} />
    </QueryClientProvider>,
  );
  return live;
}

const at = '2026-01-01T00:00:00.000Z';
function event(seq: number, body: ExecutionEvent) {
  return { type: 'events' as const, executionId, events: [{ seq, event: body }] };
}

describe('useRefetchOnExecutionChange', () => {
  it('refetches when the step changes, once per frame, and never for log lines', async () => {
    const live = setUp();
    const socket = live.welcome();
    await screen.findByText('Train: 1 attempt');
    act(() => {
      socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
      for (const each of runEvents(3)) socket.receive(event(each.seq, each.event));
      live.frames.step();
    });
    // The attempts loaded before the socket was up, so its first state fetches them once more.
    await waitFor(() => expect(server.requests).toBe(2));

    act(() => {
      for (const each of runEvents(200, 4)) socket.receive(event(each.seq, each.event));
      live.frames.step();
    });
    expect(server.requests).toBe(2);

    server.answer = 'Train: 2 attempts';
    act(() => {
      socket.receive(
        event(204, { type: 'step-failed', at, stepName: 'Train', attempt: 1, reason: 'x' }),
      );
      socket.receive(event(205, { type: 'step-starting', at, stepName: 'Train', attempt: 2 }));
      socket.receive(event(206, { type: 'step-executing', at, stepName: 'Train', attempt: 2 }));
      live.frames.step();
    });
    expect(await screen.findByText('Train: 2 attempts')).toBeDefined();
    expect(server.requests).toBe(3);
  });

  it('with the socket already live, takes the first state as the baseline', async () => {
    const live = createFakeLive();
    restore = installLiveClient(live.client);
    live.client.start();
    const socket = live.welcome();
    server.requests = 0;
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity } },
    });
    render(
      <QueryClientProvider client={queryClient}>
        <Attempts stepName="Train" />
      </QueryClientProvider>,
    );
    await screen.findByText(server.answer);
    act(() => {
      socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
      for (const each of runEvents(3)) socket.receive(event(each.seq, each.event));
      live.frames.step();
    });
    expect(server.requests).toBe(1);
  });

  it('ignores changes of other steps', async () => {
    const live = setUp('Evaluate');
    const socket = live.welcome();
    await screen.findByText('Train: 1 attempt');
    act(() => {
      socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
      live.frames.step();
    });
    // The first state: the socket came up after the attempts loaded, so they load once more.
    await waitFor(() => expect(server.requests).toBe(2));
    act(() => {
      for (const each of runEvents(3)) socket.receive(event(each.seq, each.event));
      live.frames.step();
    });
    // The execution started: a change of its own.
    await waitFor(() => expect(server.requests).toBe(3));
    act(() => {
      socket.receive(event(4, { type: 'step-succeeded', at, stepName: 'Train', attempt: 1 }));
      live.frames.step();
    });
    // Train's step changed, not Evaluate's: nothing to fetch (a refetch would have run by now).
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(server.requests).toBe(3);
  });

  it('refetches what loaded before the socket came back, and what changed while it was gone', async () => {
    const live = setUp();
    // The socket is not up yet: the attempts come over REST alone.
    await screen.findByText('Train: 1 attempt');
    server.answer = 'Train: 2 attempts';
    const socket = live.welcome();
    act(() => {
      socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
      for (const each of runEvents(3)) socket.receive(event(each.seq, each.event));
      live.frames.step();
    });
    expect(await screen.findByText('Train: 2 attempts')).toBeDefined();

    // The connection drops; the step ends meanwhile; the resume replays it.
    socket.drop();
    server.answer = 'Train: done';
    live.clock.advance(live.clock.nextDelay() ?? 0);
    const again = live.welcome();
    expect(again.sentOf('subscribe')).toEqual([
      { type: 'subscribe', topic: { kind: 'execution', executionId }, sinceSeq: 3 },
    ]);
    act(() => {
      again.receive(event(4, { type: 'step-succeeded', at, stepName: 'Train', attempt: 1 }));
      live.frames.step();
    });
    expect(await screen.findByText('Train: done')).toBeDefined();
  });
});
