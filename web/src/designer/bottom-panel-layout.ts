/** The bottom panel's layout, remembered across reloads like the rest of the person's setup. */
export interface PanelLayout {
  tab: 'problems' | 'json';
  height: number;
  collapsed: boolean;
}

const KEY = 'pipewright.bottom-panel';
export const MIN_HEIGHT = 120;
const DEFAULT: PanelLayout = { tab: 'problems', height: 240, collapsed: false };

/** Keeps a height usable: never below the minimum, never more than most of the window. */
export function clampHeight(height: number, windowHeight: number): number {
  const max = Math.max(MIN_HEIGHT, Math.round(windowHeight * 0.7));
  return Math.min(max, Math.max(MIN_HEIGHT, Math.round(height)));
}

export function readPanelLayout(): PanelLayout {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PanelLayout> | null;
    return {
      tab: saved?.tab === 'json' ? 'json' : 'problems',
      height: typeof saved?.height === 'number' ? saved.height : DEFAULT.height,
      collapsed: saved?.collapsed === true,
    };
  } catch {
    return DEFAULT;
  }
}

export function writePanelLayout(layout: PanelLayout): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(layout));
  } catch {
    // Only a preference.
  }
}
