// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installLiveClient } from './default-client';
import { createFakeLive } from './testing/fake-live';
import { executionId, runEvents, summaryOf } from './testing/live-fixtures';
import { useExecutionState } from './useExecutionState';
import { useLiveExecutionSummaries } from './useLiveExecutionSummaries';

let restore = () => {};
afterEach(() => {
  cleanup();
  restore();
});

function setUp() {
  const live = createFakeLive();
  restore = installLiveClient(live.client);
  live.client.start();
  const socket = live.welcome();
  return { live, socket };
}

let renders = 0;
function ExecutionStatus({ id }: { id: string }) {
  renders += 1;
  const state = useExecutionState(id);
  const text =
    state === undefined
      ? 'Loading'
      : state === null
        ? 'Not started'
        : `${state.status}, Train ${state.steps.Train?.status ?? 'pending'}, seq ${state.lastSeq}`;
  return <p>{text}</p>;
}

describe('useExecutionState', () => {
  it('shows loading, then the folded state, re-rendering once per frame', () => {
    const { live, socket } = setUp();
    renders = 0;
    render(<ExecutionStatus id={executionId} />);
    expect(screen.getByText('Loading')).toBeDefined();
    expect(socket.sentOf('subscribe')).toHaveLength(1);

    act(() => {
      socket.receive({ type: 'snapshot', executionId, seq: 0, state: null });
      live.frames.step();
    });
    expect(screen.getByText('Not started')).toBeDefined();

    const before = renders;
    // Sixty messages between two frames: nothing renders until the frame…
    act(() => {
      for (const event of runEvents(60)) {
        socket.receive({ type: 'events', executionId, events: [event] });
      }
    });
    expect(screen.getByText('Not started')).toBeDefined();
    expect(renders).toBe(before);
    // …which renders them all at once.
    act(() => live.frames.step());
    expect(screen.getByText('Executing, Train Executing, seq 60')).toBeDefined();
    expect(renders - before).toBe(1);
  });

  it('unsubscribes when the last component using it unmounts', () => {
    const { socket } = setUp();
    const view = render(
      <>
        <ExecutionStatus id={executionId} />
        <ExecutionStatus id={executionId} />
      </>,
    );
    expect(socket.sentOf('subscribe')).toHaveLength(1);

    view.unmount();
    expect(socket.sentOf('unsubscribe')).toEqual([
      { type: 'unsubscribe', topic: { kind: 'execution', executionId } },
    ]);
  });
});

function Summaries() {
  const { summaries, version } = useLiveExecutionSummaries();
  return (
    <p>
      {[...summaries.values()].map((summary) => summary.PipelineExecutionStatus).join(', ') ||
        'none'}{' '}
      (version {version})
    </p>
  );
}

describe('useLiveExecutionSummaries', () => {
  it('lays live changes over a snapshot', () => {
    const { live, socket } = setUp();
    render(<Summaries />);
    expect(screen.getByText('none (version 0)')).toBeDefined();

    act(() => {
      socket.receive({
        type: 'executions-snapshot',
        cursor: 3,
        executions: [summaryOf('aaaaaaaaaaaa', 'Executing')],
      });
      socket.receive({
        type: 'execution-status',
        cursor: 4,
        summary: summaryOf('aaaaaaaaaaaa', 'Succeeded'),
      });
      live.frames.step();
    });
    expect(screen.getByText('Succeeded (version 1)')).toBeDefined();
  });
});
