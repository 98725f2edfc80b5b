import type { ExecutionSummary } from '@pipewright/shared';
import { useEffect, useRef, useState } from 'react';

/**
 * A sentence for a live region when a listed execution's status changes ("churn-retrain:
 * Succeeded"), so a screen reader hears what a sighted person sees change. The first rows
 * shown are not announced.
 */
export function useStatusAnnouncement(rows: readonly ExecutionSummary[]): string {
  const seen = useRef<Map<string, string> | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const previous = seen.current;
    const changed = previous
      ? rows.filter((row) => {
          const before = previous.get(row.PipelineExecutionId);
          return before !== undefined && before !== row.PipelineExecutionStatus;
        })
      : [];
    seen.current = new Map(
      rows.map((row) => [row.PipelineExecutionId, row.PipelineExecutionStatus]),
    );
    if (changed.length > 0) {
      setAnnouncement(
        changed
          .map((row) => `${row.PipelineExecutionDisplayName}: ${row.PipelineExecutionStatus}`)
          .join('; '),
      );
    }
  }, [rows]);
  return announcement;
}
