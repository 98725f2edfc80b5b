import type { KnownStepType } from '@pipewright/shared';
import { memo, useId } from 'react';
import { StepIcon } from './StepIcon';
import { stepTypeMeta } from './step-type-meta';
import { STEP_TYPE_MIME } from './step-drag';

/** One step type: a button that adds it, and can also be dragged onto the canvas. */
export const PaletteItem = memo(function PaletteItem({
  type,
  onAdd,
}: {
  type: KnownStepType;
  onAdd: (type: KnownStepType) => void;
}) {
  const meta = stepTypeMeta(type);
  const descriptionId = useId();
  return (
    <button
      type="button"
      className="pw-palette-item"
      data-category={meta.category}
      draggable
      aria-label={`Add ${meta.label} step`}
      aria-describedby={descriptionId}
      onClick={() => onAdd(type)}
      onDragStart={(event) => {
        event.dataTransfer.setData(STEP_TYPE_MIME, type);
        event.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <span className="pw-palette-item__icon">
        <StepIcon type={type} size={16} />
      </span>
      <span className="pw-palette-item__text">
        <span className="pw-palette-item__label">
          {meta.label}
          {meta.cloudOnly && <span className="pw-palette-item__tag">cloud</span>}
        </span>
        <span id={descriptionId} className="pw-palette-item__description">
          {meta.description}
        </span>
      </span>
    </button>
  );
});
