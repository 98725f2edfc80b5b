import type { StepStatus } from '@pipewright/shared';

/** A step's status in colour and words; `role=status` announces changes. */
export function StepStatusBadge({ status }: { status: StepStatus | undefined }) {
  const text = status ?? 'Not started';
  return (
    <span
      className="step-drawer__status"
      data-status={(status ?? 'NotStarted').toLowerCase()}
      role="status"
      aria-label={`Step status: ${text}`}
    >
      {text}
    </span>
  );
}
