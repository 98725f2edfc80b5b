import { Panel, type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { type PointerEvent, memo, useEffect, useMemo, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import { type CanvasNode, STEP_NODE_SIZE } from './canvas-model';
import { type MinimapBox, minimapDrawing, minimapViewBox } from './minimap-drawing';
import { stepTypeMeta } from './step-type-meta';

const SIZE = { width: 180, height: 120 };

const fillOf = (node: CanvasNode) =>
  node.type === 'note'
    ? 'var(--pw-note-bg)'
    : `var(--pw-cat-${stepTypeMeta(node.data.stepType).category})`;

// The canvas's own nodes: React Flow's store is typed for any node.
const selectNodes = (state: ReactFlowState) => state.nodes as CanvasNode[];
/** While a node is dragged the minimap keeps its picture: it catches up on the drop. */
const sameUnlessSettled = (previous: CanvasNode[], next: CanvasNode[]) =>
  previous === next || next.some((node) => node.dragging === true);

const selectView = (state: ReactFlowState) => ({
  x: -state.transform[0] / state.transform[2],
  y: -state.transform[1] / state.transform[2],
  width: state.width / state.transform[2],
  height: state.height / state.transform[2],
  zoom: state.transform[2],
  minZoom: state.minZoom,
  maxZoom: state.maxZoom,
});

/**
 * The minimap: every step as a box in its category's colour, the part on screen outlined.
 * Drawn as one path per colour, not one element per node, and not redrawn during a drag (React
 * Flow's own minimap has a subscription and an element per node, and redraws every frame).
 * Click or drag in it to move the view there; the wheel zooms.
 */
export const CanvasMiniMap = memo(function CanvasMiniMap() {
  const nodes = useStore(selectNodes, sameUnlessSettled);
  const view = useStore(selectView, shallow);
  const { setCenter, zoomTo } = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);

  const drawing = useMemo(
    () =>
      minimapDrawing(
        nodes.map((node): MinimapBox => ({
          x: node.position.x,
          y: node.position.y,
          width: node.measured?.width ?? node.width ?? STEP_NODE_SIZE.width,
          height: node.measured?.height ?? node.height ?? STEP_NODE_SIZE.height,
          fill: fillOf(node),
        })),
      ),
    [nodes],
  );
  const box = minimapViewBox(drawing.bounds, view, SIZE);

  const centreAt = (event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = box.x + ((event.clientX - rect.left) / rect.width) * box.width;
    const y = box.y + ((event.clientY - rect.top) / rect.height) * box.height;
    void setCenter(x, y, { zoom: view.zoom });
  };

  // The wheel zooms the canvas; a native listener, as React's wheel events cannot be cancelled.
  const zoom = useRef({ zoom: view.zoom, min: view.minZoom, max: view.maxZoom });
  zoom.current = { zoom: view.zoom, min: view.minZoom, max: view.maxZoom };
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { zoom: current, min, max } = zoom.current;
      const next = Math.min(max, Math.max(min, current * Math.pow(2, -event.deltaY * 0.002)));
      void zoomTo(next);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomTo]);

  const outer = `M${box.x},${box.y}h${box.width}v${box.height}h${-box.width}z`;
  const inner = `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap">
      <svg
        ref={svg}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label="Minimap"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          centreAt(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreAt(event);
        }}
      >
        {drawing.paths.map((path) => (
          <path key={path.fill} d={path.d} style={{ fill: path.fill }} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`${outer}${inner}`}
          fillRule="evenodd"
          // One screen pixel, whatever the scale.
          style={{ strokeWidth: box.scale }}
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});
