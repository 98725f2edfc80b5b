import type { LogStream } from '@pipewright/shared';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { fetchStepLog } from '../api/executions.queries';
import { subscribeExecutionEvents } from '../live';
import { LineStore } from './line-store';
import { LogFollower } from './log-follower';
import { useStepRunning } from './useStepRunning';

/**
 * One attempt's log as a `LineStore` that fills from the file and follows it while the step
 * runs, by the rule in `log-follower.ts`: a read per batch of its log events (one batch per
 * animation frame), one after a reset, and one when the step ends. No timer. The component
 * re-renders once per change, not once per line.
 */
export function useStepLog(options: {
  executionId: string;
  stepName: string;
  attempt: number | undefined;
  stream: LogStream;
}) {
  const { executionId, stepName, attempt, stream } = options;
  const [version, bump] = useReducer((count: number) => count + 1, 0);
  const { store, follower } = useMemo(() => {
    const lines = new LineStore();
    const read = (start: number, pinned: number | undefined) =>
      fetchStepLog(executionId, stepName, {
        start,
        stream,
        ...(pinned !== undefined && { attempt: pinned }),
      });
    const readStderr = (start: number, pinned: number | undefined) =>
      fetchStepLog(executionId, stepName, {
        start,
        stream: 'stderr',
        ...(pinned !== undefined && { attempt: pinned }),
      });
    const follower = new LogFollower(lines, read, bump, {
      attempt,
      ...(stream === 'combined' && { readStderr }),
    });
    return { store: lines, follower };
  }, [executionId, stepName, attempt, stream]);

  useEffect(() => {
    void follower.load();
    return () => follower.close();
  }, [follower]);

  const shownAttempt = follower.attempt ?? attempt;
  const running = useStepRunning(executionId, stepName, shownAttempt);

  // The follower that was seen following a running step: its end must be read even when the
  // first load is still on its way (which may have asked before the files were flushed).
  const followedRunning = useRef<LogFollower | null>(null);
  useEffect(() => {
    if (!running) {
      // The step ended (or never ran here): read the last bytes it wrote, once.
      if (follower.loaded || followedRunning.current === follower) void follower.ring();
      return;
    }
    followedRunning.current = follower;
    const unsubscribe = subscribeExecutionEvents(executionId, {
      // A log event of this attempt only says the file grew: the bytes come from the file.
      onEvents: (events) => {
        const grew = events.some(
          ({ event }) =>
            event.type === 'log' &&
            event.stepName === stepName &&
            event.attempt === follower.attempt &&
            (stream === 'combined' || event.stream === stream),
        );
        if (grew) void follower.ring();
      },
      // Events were skipped: the file still has every byte, so reading on from the offset
      // held catches up.
      onReset: () => void follower.ring(),
    });
    return unsubscribe;
  }, [running, follower, executionId, stepName, stream]);

  return { store, follower, version, running, attempt: shownAttempt };
}
