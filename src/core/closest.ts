/** "Did you mean …?" for misspelt keys, flags and argument names. */

export function closest(name: string, candidates: Iterable<string>, maxDistance = Math.max(2, Math.floor(name.length / 4))): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const s = distance(name, c);
    if (s < bestScore) [best, bestScore] = [c, s];
  }
  return bestScore <= maxDistance ? best : undefined;
}

export function didYouMean(name: string, candidates: Iterable<string>): string {
  const best = closest(name, candidates);
  return best === undefined ? '' : ` Did you mean "${best}"?`;
}

/** Levenshtein distance; strings whose lengths differ a lot are far apart without the full table. */
export function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
