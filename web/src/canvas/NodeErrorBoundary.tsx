import { Handle, type NodeProps, Position } from '@xyflow/react';
import { Component, type ComponentType, type ReactNode, memo } from 'react';

interface BoundaryProps {
  /** A new value (the node's data changed) gives the node another chance to render. */
  resetKey: unknown;
  label: string;
  children: ReactNode;
}

/**
 * Keeps one node's rendering error inside that node: the rest of the canvas stays usable and
 * the broken node says so. It still renders the handles, so its edges stay attached.
 */
class NodeErrorBoundary extends Component<BoundaryProps, { failed: unknown; resetKey: unknown }> {
  override state = { failed: null as unknown, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { failed: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { resetKey: unknown }) {
    return props.resetKey === state.resetKey ? null : { failed: null, resetKey: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const message = this.state.failed instanceof Error ? this.state.failed.message : '';
    return (
      <div className="pw-node-error" role="alert">
        <Handle type="target" position={Position.Left} id="in" isConnectable={false} />
        <strong>{this.props.label} could not be drawn.</strong>
        {message && <span>{message}</span>}
        {['out', 'true', 'false'].map((id) => (
          <Handle
            key={id}
            type="source"
            position={Position.Right}
            id={id}
            isConnectable={false}
            className="pw-handle--hidden"
          />
        ))}
      </div>
    );
  }
}

/** Wraps a custom node component in its own error boundary, keeping it memoized. */
export function withNodeBoundary<P extends NodeProps>(
  Node: ComponentType<P>,
  describe: (props: P) => string,
) {
  function BoundedNode(props: P) {
    return (
      <NodeErrorBoundary resetKey={props.data} label={describe(props)}>
        <Node {...props} />
      </NodeErrorBoundary>
    );
  }
  BoundedNode.displayName = `Bounded(${Node.displayName ?? Node.name})`;
  return memo(BoundedNode);
}
