import type { ExecutionStatus } from '@pipewright/shared';
import './status-badge.css';

const labels: Record<ExecutionStatus, string> = {
  Executing: 'Executing',
  Stopping: 'Stopping',
  Stopped: 'Stopped',
  Failed: 'Failed',
  Succeeded: 'Succeeded',
};

/** An execution's status as colour, an icon and the word, so none of them is needed alone. */
export function ExecutionStatusBadge({ status }: { status: ExecutionStatus }) {
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`}>
      <StatusIcon status={status} />
      {labels[status]}
    </span>
  );
}

function StatusIcon({ status }: { status: ExecutionStatus }) {
  const common = {
    className: 'status-badge__icon',
    width: 14,
    height: 14,
    viewBox: '0 0 16 16',
    'aria-hidden': true,
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
  } as const;
  switch (status) {
    case 'Succeeded':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M5 8.2l2 2 4-4.2" />
        </svg>
      );
    case 'Failed':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
        </svg>
      );
    case 'Stopped':
    case 'Stopping':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" />
          <rect x="5.75" y="5.75" width="4.5" height="4.5" fill="currentColor" stroke="none" />
        </svg>
      );
    case 'Executing':
      return (
        <svg {...common} className="status-badge__icon status-badge__icon--spin">
          <circle cx="8" cy="8" r="6.5" opacity="0.3" />
          <path d="M8 1.5a6.5 6.5 0 0 1 6.5 6.5" />
        </svg>
      );
  }
}
