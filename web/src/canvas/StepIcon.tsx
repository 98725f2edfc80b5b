import { memo } from 'react';

/** Line drawings on a 24×24 grid, stroked with the current colour. */
const paths: Record<string, string> = {
  Processing: 'M7 7h10v10H7z M10 3v4 M14 3v4 M10 17v4 M14 17v4 M3 10h4 M3 14h4 M17 10h4 M17 14h4',
  Training: 'M3 17l5-5 4 4 8-9 M15 7h5v5',
  Tuning: 'M4 6h9 M17 6h3 M4 12h3 M11 12h9 M4 18h11 M19 18h1 M15 4v4 M9 10v4 M17 16v4',
  Transform: 'M4 8h14 M14 4l4 4-4 4 M20 16H6 M10 12l-4 4 4 4',
  Model: 'M12 3l8 4.5v9L12 21l-8-4.5v-9z M4 7.5l8 4.5 8-4.5 M12 12v9',
  RegisterModel: 'M6 3h12v18l-6-4-6 4z M9 9l2 2 4-4',
  Condition: 'M12 3l9 9-9 9-9-9z M12 8v5 M12 16v.5',
  Fail: 'M8 3h8l5 5v8l-5 5H8l-5-5V8z M9 9l6 6 M15 9l-6 6',
  Lambda: 'M6 4h3l8 16 M12 11l-6 9',
  Callback: 'M9 14l-5-5 5-5 M4 9h10a6 6 0 0 1 0 12h-2',
  QualityCheck: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z M8.5 12l2.5 2.5 4.5-5',
  ClarifyCheck: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z M12 8v5 M12 16v.5',
  EMR: 'M4 4h16v5H4z M4 11h16v5H4z M7 6.5h.5 M7 13.5h.5 M8 20h8',
  AutoML: 'M12 3l2 5 5 2-5 2-2 5-2-5-5-2 5-2z M19 16l1 2 2 1-2 1-1 2-1-2-2-1 2-1z',
  EndpointConfig:
    'M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6z M12 3v3 M12 18v3 M3 12h3 M18 12h3 M5.6 5.6l2 2 M16.4 16.4l2 2 M5.6 18.4l2-2 M16.4 7.6l2-2',
  Endpoint:
    'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
};

const fallback = 'M5 5h14v14H5z M9 10a3 3 0 1 1 4 2.8V14 M12 17v.5';

/** The small drawing that tells step types apart at a glance; decorative (the label says it). */
export const StepIcon = memo(function StepIcon({
  type,
  size = 18,
}: {
  type: string;
  size?: number;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[type] ?? fallback} />
    </svg>
  );
});
