import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';
import type { PipelineFlowEdge } from './canvas-model';
import { edgeLook } from './edge-style';

/** One edge, drawn by kind (see `edgeLook`); branch edges carry a "true" / "false" tag. */
export const PipelineEdge = memo(function PipelineEdge({
  id,
  data,
  selected,
  markerEnd,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
}: EdgeProps<PipelineFlowEdge>) {
  const kind = data?.kind ?? 'depends-on';
  const look = edgeLook(kind);
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    // Data edges bend a little more, so one beside a DependsOn between the same steps shows.
    curvature: kind === 'data' ? 0.4 : 0.25,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`pw-edge pw-edge--${kind}`}
        style={{
          stroke: look.color,
          strokeDasharray: look.dash,
          strokeWidth: selected ? 2.75 : 1.75,
        }}
      />
      {look.label && (
        <EdgeLabelRenderer>
          <div
            className={`pw-edge-label pw-edge-label--${kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-hidden="true"
          >
            {look.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
