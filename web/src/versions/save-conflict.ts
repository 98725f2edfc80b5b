/**
 * Two tabs (or two people) editing one pipeline. The API has no compare-and-set (no `If-Match`,
 * no expected version on `PUT`), so the designer asks for the latest version right before saving
 * and compares it with the version its edits started from. A save landing between that check and
 * the `PUT` still gets through as a new version: nothing is overwritten (versions are
 * immutable), it is only not announced.
 */
export type SaveCheck =
  | { kind: 'clear' }
  | { kind: 'conflict'; latestVersion: number; latestSavedAt: string; baseVersion: number | null };

export function checkBeforeSave(
  baseVersion: number | null,
  latest: { Version: number; CreationTime: string },
): SaveCheck {
  if (baseVersion !== null && latest.Version <= baseVersion) return { kind: 'clear' };
  return {
    kind: 'conflict',
    latestVersion: latest.Version,
    latestSavedAt: latest.CreationTime,
    baseVersion,
  };
}

/** What one tab tells the others after a save, through a `localStorage` write. */
export interface SaveSignal {
  pipelineName: string;
  version: number;
  tabId: string;
}

const PREFIX = 'pipewright.saved:';

/** Announces a save; other tabs hear it as a `storage` event. */
export function announceSave(storage: Storage, signal: SaveSignal): void {
  try {
    storage.setItem(`${PREFIX}${signal.pipelineName}`, JSON.stringify(signal));
  } catch {
    // Only a courtesy to other tabs: their own save still checks the server.
  }
}

/** Reads a `storage` event as another tab's save of `pipelineName`, or null. */
export function readSaveSignal(
  event: { key: string | null; newValue: string | null },
  pipelineName: string,
  ownTabId: string,
): SaveSignal | null {
  if (event.key !== `${PREFIX}${pipelineName}` || event.newValue === null) return null;
  try {
    const signal = JSON.parse(event.newValue) as Partial<SaveSignal>;
    if (typeof signal.version !== 'number' || typeof signal.tabId !== 'string') return null;
    if (signal.tabId === ownTabId || signal.pipelineName !== pipelineName) return null;
    return signal as SaveSignal;
  } catch {
    return null;
  }
}
