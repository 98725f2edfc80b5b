const withSeconds = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
});
const withoutSeconds = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/**
 * A moment as every runs page shows it: "Nov 29, 2026, 4:48:07 PM" in the viewer's locale and
 * time zone. Seconds by default, since steps often start and end within a minute; `—` when
 * there is no time yet (a step still running has no end).
 */
export function formatDateTime(
  iso: string | undefined,
  { seconds = true }: { seconds?: boolean } = {},
): string {
  if (iso === undefined) return '—';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return (seconds ? withSeconds : withoutSeconds).format(time);
}
