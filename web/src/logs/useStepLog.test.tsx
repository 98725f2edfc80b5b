// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executionId, runEvents } from '../live/testing/live-fixtures';
import { renderWithRunningStep, stubLogRoute } from './testing/running-step';
import { useStepLog } from './useStepLog';

function Log() {
  const { store } = useStepLog({ executionId, stepName: 'Train', attempt: 1, stream: 'stdout' });
  const text = Array.from({ length: store.length }, (_, index) => store.line(index).text);
  return <p>{text.join(' | ') || 'empty'}</p>;
}

let restore = () => {};
afterEach(() => {
  cleanup();
  restore();
  vi.restoreAllMocks();
});

describe('useStepLog, following a running step', () => {
  it('reads once per frame of log events, and once more when the step ends', async () => {
    const route = stubLogRoute('epoch 1\n');
    const { live, socket, ...page } = renderWithRunningStep(<Log />);
    restore = page.restore;
    await screen.findByText('epoch 1');
    const before = route.reads.length;

    // Sixty log events in one frame, whose bytes have not reached the file yet: one read.
    act(() => {
      for (const event of runEvents(60, 4)) {
        socket.receive({ type: 'events', executionId, events: [event] });
      }
      live.frames.step();
    });
    await vi.waitFor(() => expect(route.reads).toHaveLength(before + 1));
    expect(screen.getByText('epoch 1')).toBeDefined();

    // The bytes land; no event says so. The step's end reads them.
    route.file += 'epoch 2\nepoch 3\n';
    act(() => {
      const at = '2026-01-01T00:00:01.000Z';
      socket.receive({
        type: 'events',
        executionId,
        events: [{ seq: 64, event: { type: 'step-succeeded', at, stepName: 'Train', attempt: 1 } }],
      });
      live.frames.step();
    });
    expect(await screen.findByText('epoch 1 | epoch 2 | epoch 3')).toBeDefined();
    expect(route.reads).toHaveLength(before + 2);
  });
});
