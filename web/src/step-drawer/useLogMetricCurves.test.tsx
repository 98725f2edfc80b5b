// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executionId, runEvents } from '../live/testing/live-fixtures';
import { renderWithRunningStep, stubLogRoute } from '../logs/testing/running-step';
import { useLogMetricCurves } from './useLogMetricCurves';

const definitions = [{ Name: 'loss', Regex: 'loss=([0-9.]+)' }];

function Loss() {
  const { curves } = useLogMetricCurves({
    executionId,
    stepName: 'Train',
    attempt: 1,
    definitions,
  });
  const points = curves.curves.loss ?? [];
  return <p>loss: {points.map((point) => point.y).join(', ') || 'none'}</p>;
}

let restore = () => {};
afterEach(() => {
  cleanup();
  restore();
  vi.restoreAllMocks();
});

describe('useLogMetricCurves', () => {
  it('draws the running job’s metrics from its log and adds values as the log grows', async () => {
    const route = stubLogRoute('epoch 1 loss=0.9\n');
    const { live, socket, ...page } = renderWithRunningStep(<Loss />);
    restore = page.restore;
    expect(await screen.findByText('loss: 0.9')).toBeDefined();

    route.file += 'epoch 2 loss=0.5\n';
    act(() => {
      socket.receive({ type: 'events', executionId, events: runEvents(1, 4) });
      live.frames.step();
    });
    expect(await screen.findByText('loss: 0.9, 0.5')).toBeDefined();
  });
});
