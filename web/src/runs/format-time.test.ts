import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-time';

describe('formatDateTime', () => {
  const iso = '2026-11-29T16:48:07.000Z';

  it('writes a moment the way the locale does, seconds included', () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'medium',
    }).format(Date.parse(iso));
    expect(formatDateTime(iso)).toBe(expected);
    expect(formatDateTime(iso)).not.toContain('2026-11-29');
  });

  it('can leave the seconds out', () => {
    expect(formatDateTime(iso, { seconds: false }).length).toBeLessThan(formatDateTime(iso).length);
  });

  it('shows a dash for a time not known yet and an unreadable one as it came', () => {
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('soon')).toBe('soon');
  });
});
