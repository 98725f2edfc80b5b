/** How a step looks in a read-only graph: its tone (colour and icon) and what it says. */
export type DecorationTone =
  | 'pending'
  | 'running'
  | 'succeeded'
  | 'failed'
  | 'stopped'
  | 'interrupted'
  | 'skipped'
  | 'changed'
  | 'same'
  | 'neutral';

/**
 * One step's decoration. The execution page maps step status to it; the compare page maps a
 * difference to it. `label` replaces the tone's own words ("Stopping" rather than "Running").
 */
export interface StepDecoration {
  tone: DecorationTone;
  label?: string;
  badges?: string[];
  /** Drawn faded: an untaken branch, a step that never ran. */
  dimmed?: boolean;
  /** Shown when more than one. */
  attempts?: number;
}

/** The words a tone says when a decoration has no label of its own. */
export const toneLabels: Record<DecorationTone, string> = {
  pending: 'Not started',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  stopped: 'Stopped',
  interrupted: 'Interrupted',
  skipped: 'Not run',
  changed: 'Changed',
  same: 'Unchanged',
  neutral: '',
};

/** What a decorated step says to a screen reader, after its name and type. */
export function decorationText(decoration: StepDecoration | undefined): string {
  if (!decoration) return '';
  const parts = [decoration.label ?? toneLabels[decoration.tone]];
  if (decoration.attempts !== undefined && decoration.attempts > 1) {
    parts.push(`${decoration.attempts} attempts`);
  }
  parts.push(...(decoration.badges ?? []));
  return parts.filter((part) => part !== '').join(', ');
}

/** True when two decorations draw the same: lets a graph keep the old object and skip a render. */
export function sameDecoration(a: StepDecoration | undefined, b: StepDecoration | undefined) {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.tone === b.tone &&
    a.label === b.label &&
    a.dimmed === b.dimmed &&
    a.attempts === b.attempts &&
    (a.badges ?? []).join('\u0000') === (b.badges ?? []).join('\u0000')
  );
}
