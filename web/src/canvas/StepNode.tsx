import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { type StepFlowNode, stepLabelId } from './canvas-model';
import { StepIcon } from './StepIcon';
import { useShowsDetail } from './detail-level';
import { describeCounts, stepAccessibleName } from './step-diagnostics';
import { stepTypeMeta } from './step-type-meta';
import { useStepDiagnostics } from './useStepDiagnostics';

/**
 * A step on the canvas: its type, name and a badge with its own diagnostics (read here by a
 * narrow selector, so problems never go through the node object). Condition steps have a
 * "true" and a "false" output; a Fail step has none (nothing may run after it).
 */
export const StepNode = memo(function StepNode({ id, data, selected }: NodeProps<StepFlowNode>) {
  const meta = stepTypeMeta(data.stepType);
  const counts = useStepDiagnostics(data.name);
  const problems = describeCounts(counts);
  const status = counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'ok';
  const branching = data.stepType === 'Condition';
  const terminal = data.stepType === 'Fail';
  const title = data.displayName ?? data.name;
  const detailed = useShowsDetail();

  return (
    <div
      className="pw-step"
      data-category={meta.category}
      data-status={status}
      data-selected={selected || undefined}
      data-branching={branching || undefined}
      data-compact={detailed ? undefined : true}
    >
      <span id={stepLabelId(id)} className="pw-visually-hidden">
        {stepAccessibleName(meta.label, data.name, counts)}
      </span>
      <Handle
        type="target"
        position={Position.Left}
        id="in"
        className="pw-handle"
        aria-label={`Input of ${data.name}`}
      />
      {detailed && (
        <span className="pw-step__icon">
          <StepIcon type={data.stepType} />
        </span>
      )}
      <span className="pw-step__text" aria-hidden="true">
        {detailed && <span className="pw-step__type">{meta.label}</span>}
        <span className="pw-step__name" title={data.name}>
          {title || '(unnamed)'}
        </span>
        {detailed && data.displayName && <span className="pw-step__id">{data.name}</span>}
      </span>
      {problems && (
        <span className="pw-step__badge" data-status={status} title={problems} aria-hidden="true">
          {counts.errors > 0 ? counts.errors : counts.warnings}
        </span>
      )}
      <Handle
        type="source"
        position={Position.Right}
        id="out"
        isConnectable={!branching && !terminal}
        className={branching || terminal ? 'pw-handle pw-handle--hidden' : 'pw-handle'}
        aria-label={branching || terminal ? undefined : `Output of ${data.name}`}
      />
      {branching && (
        <>
          <Handle
            type="source"
            position={Position.Right}
            id="true"
            className="pw-handle pw-handle--true"
            aria-label={`True branch of ${data.name}`}
          />
          <Handle
            type="source"
            position={Position.Right}
            id="false"
            className="pw-handle pw-handle--false"
            aria-label={`False branch of ${data.name}`}
          />
          {detailed && (
            <>
              <span className="pw-step__branch pw-step__branch--true" aria-hidden="true">
                true
              </span>
              <span className="pw-step__branch pw-step__branch--false" aria-hidden="true">
                false
              </span>
            </>
          )}
        </>
      )}
    </div>
  );
});
