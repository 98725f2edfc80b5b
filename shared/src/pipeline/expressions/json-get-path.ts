import { type ParseResult, type PathSegment, parseBracket } from './property-path';

/**
 * Parses the `Path` of a `Std:JsonGet`. Real definitions use the same dotted form as property
 * paths (`regression_metrics.mse.value`, `Return[1]`, `Return['key']`), but the keys come from a
 * JSON file someone wrote, so a name here is anything up to the next `.` or `[` (`f1-score`,
 * `r2 score`). The docs call it JsonPath, so a leading `$.` is accepted, and `$` alone is the
 * whole file.
 */
export function parseJsonGetPath(text: string): ParseResult<PathSegment[]> {
  if (text === '$') return { ok: true, value: [] };
  let rest = text.startsWith('$.') ? text.slice(2) : text.startsWith('$[') ? text.slice(1) : text;
  if (rest === '') return { ok: false, reason: 'the path is empty' };
  const segments: PathSegment[] = [];
  let expectDot = false;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const member = parseBracket(rest);
      if (!member.ok) return member;
      segments.push(member.value.segment);
      rest = rest.slice(member.value.length);
      expectDot = true;
      continue;
    }
    if (expectDot) {
      if (!rest.startsWith('.')) {
        return { ok: false, reason: `expected "." or "[" before "${rest}"` };
      }
      rest = rest.slice(1);
    }
    const name = /^[^.[]*/.exec(rest)?.[0] ?? '';
    if (name === '') return { ok: false, reason: `expected a key at "${rest}"` };
    segments.push({ kind: 'property', name });
    rest = rest.slice(name.length);
    expectDot = true;
  }
  return { ok: true, value: segments };
}
