/**
 * The outcome of a section's last save, announced politely: "Saved…" or why it was not saved.
 * The element is always there so screen readers hear the change.
 */
export function SaveStatus({
  state,
  saved,
  failed,
}: {
  state: 'idle' | 'pending' | 'success' | 'error';
  saved: string;
  failed: string | undefined;
}) {
  const text =
    state === 'pending'
      ? 'Saving…'
      : state === 'success'
        ? saved
        : state === 'error'
          ? `Not saved: ${failed ?? 'the server did not answer'}`
          : '';
  return (
    <p
      role="status"
      className={`settings__status${state === 'error' ? ' settings__status--error' : ''}${state === 'success' ? ' settings__status--ok' : ''}`}
    >
      {text}
    </p>
  );
}
