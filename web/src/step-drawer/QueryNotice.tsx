import { ApiError } from '../api/client';

/**
 * Why a tab has nothing to show: a 404 is a plain notice with the server's hint (the step has
 * not written that yet), anything else is an error.
 */
export function QueryNotice({ error, what }: { error: Error; what: string }) {
  if (error instanceof ApiError && error.status === 404) {
    const hint = (error.body as { hint?: string } | undefined)?.hint;
    return (
      <p className="step-drawer__empty">
        No {what} yet. {hint}
      </p>
    );
  }
  return (
    <p className="callout callout--error" role="alert">
      Could not load the {what}: {error.message}
    </p>
  );
}
