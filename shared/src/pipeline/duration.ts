/**
 * Cache `ExpireAfter` durations. SageMaker documents ISO 8601, but real pipelines use loose forms
 * ("30d", "T12H", "T30m", "PT1H", "p30d", "P4DT12H"), so the leading `P` is optional and units
 * are case-insensitive. Months count as 30 days and years as 365.
 */
const durationPattern =
  /^P?(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** Milliseconds in an ExpireAfter duration, or `null` when the text is not a duration. */
export function parseExpireAfter(text: string): number | null {
  const match = durationPattern.exec(text.trim());
  if (!match) return null;
  const [, years, months, weeks, days, hours, minutes, seconds] = match;
  const parts = [years, months, weeks, days, hours, minutes, seconds];
  if (parts.every((part) => part === undefined)) return null;
  if (/T$/i.test(text.trim())) return null;
  const amount = (part: string | undefined) => (part === undefined ? 0 : Number(part));
  return (
    amount(years) * 365 * day +
    amount(months) * 30 * day +
    amount(weeks) * 7 * day +
    amount(days) * day +
    amount(hours) * hour +
    amount(minutes) * minute +
    amount(seconds) * second
  );
}
