/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates close enough to `name` to be what was meant (case-insensitive, a typo or two
 * per word), best first, at most `max` of them.
 */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = name.toLowerCase();
  const tolerance = Math.max(1, Math.floor(name.length / 3));
  return [...candidates]
    .map((candidate, order) => ({
      candidate,
      order,
      distance: editDistance(wanted, candidate.toLowerCase()),
    }))
    .filter(({ distance }) => distance <= tolerance)
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** All candidates, closest to `name` first: for members where any could be the right one. */
export function byCloseness(name: string, candidates: readonly string[]): string[] {
  const wanted = name.toLowerCase();
  return candidates
    .map((candidate, order) => ({
      candidate,
      order,
      distance: editDistance(wanted, candidate.toLowerCase()),
    }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .map(({ candidate }) => candidate);
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
