const KEY = 'pipewright.tab-id';

let cached: string | undefined;

/**
 * This tab's id. It lives in `sessionStorage`, which each tab has for itself and which survives
 * a reload, so a reloaded tab still recognises the drafts and save signals it wrote.
 */
export function tabId(): string {
  if (cached !== undefined) return cached;
  try {
    cached = sessionStorage.getItem(KEY) ?? crypto.randomUUID();
    sessionStorage.setItem(KEY, cached);
  } catch {
    cached = crypto.randomUUID();
  }
  return cached;
}
