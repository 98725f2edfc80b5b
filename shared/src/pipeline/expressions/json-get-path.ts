import { type ParseResult, type PathSegment, parseDottedPath } from './property-path';

/**
 * Parses the `Path` of a `Std:JsonGet`. Real definitions use the same dotted form as property
 * paths (`regression_metrics.mse.value`, `Return[1]`, `Return['key']`), but the keys come from a
 * JSON file someone wrote, so a name here is anything up to the next `.` or `[` (`f1-score`,
 * `r2 score`). The docs call it JsonPath, so a leading `$.` is accepted, and `$` alone is the
 * whole file.
 */
export function parseJsonGetPath(text: string): ParseResult<PathSegment[]> {
  if (text === '$') return { ok: true, value: [] };
  const rest = text.startsWith('$.') ? text.slice(2) : text.startsWith('$[') ? text.slice(1) : text;
  if (rest === '') return { ok: false, reason: 'the path is empty' };
  return parseDottedPath(rest, /^[^.[]*/, 'a key');
}
