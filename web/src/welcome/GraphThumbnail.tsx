import { memo, useMemo } from 'react';
import '../canvas/canvas-tokens.css';
import { THUMB_NODE, graphThumbnail } from './graph-thumbnail';

const edgeColour = {
  'depends-on': 'var(--pw-edge-depends)',
  data: 'var(--pw-edge-data)',
  'branch-if': 'var(--pw-edge-true)',
  'branch-else': 'var(--pw-edge-false)',
} as const;

/** A picture of a pipeline's graph for a gallery card: boxes coloured by step kind, named. */
export const GraphThumbnail = memo(function GraphThumbnail({
  document,
  label,
}: {
  document: unknown;
  label: string;
}) {
  const { nodes, edges, viewBox } = useMemo(() => graphThumbnail(document), [document]);
  return (
    <svg
      className="graph-thumbnail"
      role="img"
      aria-label={label}
      viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
      preserveAspectRatio="xMidYMid meet"
    >
      {edges.map((edge, index) => {
        const middle = (edge.from.x + edge.to.x) / 2;
        return (
          <path
            key={index}
            d={`M ${edge.from.x} ${edge.from.y} C ${middle} ${edge.from.y}, ${middle} ${edge.to.y}, ${edge.to.x} ${edge.to.y}`}
            fill="none"
            stroke={edgeColour[edge.kind]}
            strokeWidth={4}
            strokeDasharray={edge.kind === 'data' ? '10 8' : undefined}
          />
        );
      })}
      {nodes.map((node) => (
        <g key={node.name} transform={`translate(${node.x} ${node.y})`}>
          <title>{node.name}</title>
          <rect
            width={THUMB_NODE.width}
            height={THUMB_NODE.height}
            rx={12}
            fill="var(--color-surface)"
            stroke={`var(--pw-cat-${node.category})`}
            strokeWidth={4}
          />
          <rect
            width={12}
            height={THUMB_NODE.height}
            rx={6}
            fill={`var(--pw-cat-${node.category})`}
          />
          <text x={24} y={THUMB_NODE.height / 2 + 8} fontSize={22} fill="var(--color-text)">
            {shortName(node.name)}
          </text>
        </g>
      ))}
    </svg>
  );
});

/** Names longer than a box holds at this size end in an ellipsis (wide letters included). */
function shortName(name: string): string {
  return name.length > 12 ? `${name.slice(0, 11)}…` : name;
}
