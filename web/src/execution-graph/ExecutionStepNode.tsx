import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { StepFlowNode } from '../canvas/canvas-model';
import { StepIcon } from '../canvas/StepIcon';
import { stepTypeMeta } from '../canvas/step-type-meta';
import { ToneIcon } from './ToneIcon';
import { useGraphDecorations } from './decoration-store';
import { decorationText, toneLabels } from './step-decoration';

const hiddenHandle = 'pw-xstep__handle';

/**
 * A step in a read-only graph: its type, name and decoration (status colour, icon and words,
 * attempts, badges). The whole node is one button; in pick mode it is a toggle. The node reads
 * its own decoration from the graph's store, so a status change renders only this node.
 */
export const ExecutionStepNode = memo(function ExecutionStepNode({
  data,
}: NodeProps<StepFlowNode>) {
  const decoration = useGraphDecorations((state) => state.decorations[data.name]);
  const selected = useGraphDecorations((state) => state.selectedStep === data.name);
  const picked = useGraphDecorations((state) =>
    state.pickedSteps ? state.pickedSteps.has(data.name) : undefined,
  );
  const onStepClick = useGraphDecorations((state) => state.onStepClick);
  const meta = stepTypeMeta(data.stepType);
  const tone = decoration?.tone ?? 'neutral';
  const title = data.displayName ?? data.name;
  const status = decoration?.label ?? toneLabels[tone];
  const attempts = decoration?.attempts ?? 1;
  const said = decorationText(decoration);

  return (
    <>
      <Handle type="target" position={Position.Left} id="in" className={hiddenHandle} />
      <button
        type="button"
        className="pw-xstep nodrag"
        data-category={meta.category}
        data-tone={tone}
        data-dimmed={decoration?.dimmed || undefined}
        data-selected={selected || undefined}
        data-picked={picked || undefined}
        aria-label={`${title}, ${meta.label} step${said ? `, ${said}` : ''}`}
        // The full name on hover, however much of it the node has room for.
        title={title === data.name ? title : `${title} (${data.name})`}
        aria-pressed={picked}
        onClick={() => onStepClick?.(data.name)}
        disabled={!onStepClick}
      >
        <span className="pw-xstep__icon" aria-hidden="true">
          <StepIcon type={data.stepType} />
        </span>
        <span className="pw-xstep__text" aria-hidden="true">
          <span className="pw-xstep__name">{title || '(unnamed)'}</span>
          <span className="pw-xstep__status">
            <ToneIcon tone={tone} size={14} />
            <span>{status || meta.label}</span>
            {attempts > 1 && <span className="pw-xstep__attempts">×{attempts}</span>}
          </span>
        </span>
        {decoration?.badges && decoration.badges.length > 0 && (
          <span className="pw-xstep__badges" aria-hidden="true">
            {decoration.badges.map((badge) => (
              <span key={badge} className="pw-xstep__badge">
                {badge}
              </span>
            ))}
          </span>
        )}
        {picked !== undefined && (
          <span className="pw-xstep__check" aria-hidden="true">
            {picked ? '✓' : ''}
          </span>
        )}
      </button>
      {['out', 'true', 'false'].map((id) => (
        <Handle key={id} type="source" position={Position.Right} id={id} className={hiddenHandle} />
      ))}
    </>
  );
});
