/**
 * "Did you mean …?" for content mistakes: the few valid ids closest to a
 * misspelt one (Levenshtein distance), instead of a list of all of them.
 */

/** Edit distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to `count` candidates close enough to be what the writer meant, closest first. */
export function nearestIds(id: string, candidates: Iterable<string>, count = 3): string[] {
  // Close enough: one id contains the other, or at most 40% of the longer one differs.
  return [...new Set(candidates)]
    .map((candidate) => ({
      candidate,
      distance:
        candidate.includes(id) || id.includes(candidate)
          ? 0
          : editDistance(id, candidate) / Math.max(id.length, candidate.length),
    }))
    .filter(({ distance }) => distance <= 0.4)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** ` Did you mean "a" or "b"?`, or an empty string when nothing is close. */
export function didYouMean(id: string, candidates: Iterable<string>): string {
  const near = nearestIds(id, candidates).map((c) => `"${c}"`);
  if (near.length === 0) return '';
  return ` Did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near.at(-1)}`}?`;
}
