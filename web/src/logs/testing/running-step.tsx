import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { installLiveClient } from '../../live';
import { createFakeLive } from '../../live/testing/fake-live';
import { executionId, runEvents } from '../../live/testing/live-fixtures';

/**
 * The log route of step Train's attempt 1, served from `route.file`, which a test grows; every
 * read's start offset goes to `route.reads`. Other API calls get an empty step list.
 */
export function stubLogRoute(file: string) {
  const route = { file, reads: [] as number[] };
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = new URL(String(input), 'http://local');
    if (!url.pathname.endsWith('/logs')) {
      return Promise.resolve(new Response(JSON.stringify({ PipelineExecutionSteps: [] })));
    }
    const bytes = new TextEncoder().encode(route.file);
    const start = Number(url.searchParams.get('start') ?? 0);
    route.reads.push(start);
    const size = String(bytes.length);
    return Promise.resolve(
      new Response(bytes.slice(start), {
        headers: {
          'x-log-start': String(start),
          'x-log-end': size,
          'x-log-size': size,
          'x-log-attempt': '1',
        },
      }),
    );
  });
  return route;
}

/**
 * Renders `ui` on a page whose live socket says step Train (attempt 1) of `executionId` is
 * executing. Returns the fake live client and socket, and the function that puts the page's
 * real client back.
 */
export function renderWithRunningStep(ui: ReactNode) {
  const live = createFakeLive();
  const restore = installLiveClient(live.client);
  live.client.start();
  const socket = live.welcome();
  render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);
  act(() => {
    socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
    socket.receive({ type: 'events', executionId, events: runEvents(3) });
    live.frames.step();
  });
  return { live, socket, restore };
}
