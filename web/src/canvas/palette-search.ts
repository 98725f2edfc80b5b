import { type KnownStepType, knownStepTypes } from '@pipewright/shared';
import { categoryLabels, stepTypeMeta } from './step-type-meta';

/**
 * The step types matching a search, best first: every word of the query must appear in the
 * type's name, label, description or category; types whose name or label starts with the query
 * come before the rest, otherwise the palette's usual order is kept. An empty query lists all.
 */
export function searchStepTypes(query: string): KnownStepType[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...knownStepTypes];
  const start = words.join(' ');
  const scored = knownStepTypes.flatMap((type, order) => {
    const meta = stepTypeMeta(type);
    const haystack = [type, meta.label, meta.description, categoryLabels[meta.category]]
      .join(' ')
      .toLowerCase();
    if (!words.every((word) => haystack.includes(word))) return [];
    const label = meta.label.toLowerCase();
    const prefix = type.toLowerCase().startsWith(start) || label.startsWith(start);
    const wordStart = label.split(' ').some((word) => word.startsWith(start));
    return [{ type, rank: prefix ? 0 : wordStart ? 1 : 2, order }];
  });
  return scored.sort((a, b) => a.rank - b.rank || a.order - b.order).map(({ type }) => type);
}
