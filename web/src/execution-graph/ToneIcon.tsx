import { memo } from 'react';
import type { DecorationTone } from './step-decoration';

/** 16×16 line drawings, one per tone, so status never rests on colour alone. */
const paths: Record<DecorationTone, string> = {
  pending: 'M8 2.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11z',
  running: 'M8 2.5a5.5 5.5 0 1 1-5.5 5.5',
  succeeded: 'M3 8.5l3 3 7-7',
  failed: 'M4 4l8 8 M12 4l-8 8',
  stopped: 'M4.5 4.5h7v7h-7z',
  // A broken line: the attempt was cut off (the server went away), not failed.
  interrupted: 'M2.5 8h4 M9.5 8h4 M7.5 4.5l1 7',
  skipped: 'M8 2.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11z M5 8h6',
  changed: 'M8 3v10 M3 8h10',
  same: 'M4 6h8 M4 10h8',
  neutral: '',
};

/** The tone's drawing in the current colour; decorative (the text says the status). */
export const ToneIcon = memo(function ToneIcon({
  tone,
  size = 16,
}: {
  tone: DecorationTone;
  size?: number;
}) {
  if (!paths[tone]) return null;
  return (
    <svg
      className={`pw-tone-icon pw-tone-icon--${tone}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[tone]} />
    </svg>
  );
});
