import type { XYPosition } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { EdgeShape, StepShape } from '../canvas/canvas-model';
import { placeUnpositioned } from '../canvas/fallback-layout';
import { useLayoutWorker } from '../canvas/useLayoutWorker';
import { NODE_SIZE } from './graph-model';

/**
 * Where each step without a saved position goes: at once from the quick column placement,
 * then, when no step has a saved position, from ELK in the layout worker (as the designer's
 * tidy does). Steps the designer placed keep their place.
 */
export function useGraphLayout(
  steps: readonly StepShape[],
  edges: readonly EdgeShape[],
): { positions: Record<string, XYPosition>; version: number } {
  const { layout } = useLayoutWorker();
  const quick = useMemo(() => placeUnpositioned(steps, edges), [steps, edges]);
  const [laidOut, setLaidOut] = useState<{
    for: readonly StepShape[];
    positions: Record<string, XYPosition>;
  } | null>(null);
  const noneSaved = steps.length > 0 && steps.every((step) => !step.position);

  useEffect(() => {
    if (!noneSaved) return;
    let current = true;
    layout({
      nodes: steps.map((step) => ({ id: step.id, ...NODE_SIZE })),
      edges: edges.map((edge) => ({ source: edge.source, target: edge.target })),
    })
      .then((positions) => {
        if (current) setLaidOut({ for: steps, positions });
      })
      // The quick placement stays: still a readable graph.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [layout, noneSaved, steps, edges]);

  if (laidOut && laidOut.for === steps) return { positions: laidOut.positions, version: 1 };
  return { positions: quick, version: 0 };
}
