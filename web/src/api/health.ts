/**
 * What the web app knows about its server: still asking, answering, answering but refusing this
 * browser (no token yet), or not answering.
 */
export type ServerHealth = 'checking' | 'connected' | 'needs-token' | 'unreachable';

/** A hung server counts as unreachable after this long, before the next check starts. */
export const HEALTH_CHECK_TIMEOUT_MS = 4000;

/** Asks `GET /api/health`; anything but a 200 with `{ status: 'ok' }` means unreachable. */
export async function checkServerHealth(
  fetchImpl: typeof fetch = fetch,
): Promise<Exclude<ServerHealth, 'checking'>> {
  try {
    const response = await fetchImpl('/api/health', {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(HEALTH_CHECK_TIMEOUT_MS),
    });
    if (response.status === 401) return 'needs-token';
    if (!response.ok) return 'unreachable';
    const body: unknown = await response.json();
    const healthy =
      typeof body === 'object' && body !== null && 'status' in body && body.status === 'ok';
    return healthy ? 'connected' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}
