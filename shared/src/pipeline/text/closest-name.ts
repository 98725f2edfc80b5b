/** The candidate closest to `name` by edit distance, when it is close enough to be a likely typo. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A hint naming the likely intended name, or listing what exists. */
export function suggestion(name: string, candidates: readonly string[], kind: string): string {
  const closest = closestName(name, candidates);
  if (closest !== undefined) return `Did you mean "${closest}"?`;
  if (candidates.length === 0) return `This pipeline defines no ${kind}s.`;
  const listed = candidates.slice(0, 8).map((candidate) => `"${candidate}"`);
  return `Defined ${kind}s: ${listed.join(', ')}${candidates.length > 8 ? ', …' : ''}.`;
}
