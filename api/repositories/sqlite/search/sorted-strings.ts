/** Binary search over sorted string lists (code-unit order, like `<`): the look-ups' term lists. */

/** Sorts strings by code unit, the order lowerBound expects (not the locale's). */
export function sortStrings(list: Iterable<string>): string[] {
  return [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Index of the first string ≥ `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when some string of the list starts with `prefix`. */
export function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  const i = lowerBound(sorted, prefix);
  return i < sorted.length && sorted[i]!.startsWith(prefix);
}
