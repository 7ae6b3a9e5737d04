/**
 * "Did you mean": the nearest words of the index to a word that found nothing.
 *
 * Distances are measured between search keys (greek-text.ts), not between spellings: the keys
 * already fold accents, capitals, final sigma, the vowels Greek spells alike (η ι υ ει οι,
 * ο ω, ε αι) and Greeklish, so what is left is a real typo — a letter missed, doubled, swapped
 * or wrong (`kathrismos`, «καθαρσμός», «κααθαρισμός»). The distance is the optimal string
 * alignment distance (Levenshtein plus adjacent transpositions, Damerau 1964).
 */

/** Edits allowed for a key of this length: none below 4 letters (too many neighbours), 1 up to 5, then 2. */
export function allowedEdits(keyLength: number): number {
  if (keyLength < 4) return 0;
  return keyLength <= 5 ? 1 : 2;
}

/** Optimal string alignment distance between `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0); // row i - 2
  let previous = Array.from({ length: width }, (_, j) => j); // row i - 1
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

export interface NearKey {
  key: string;
  distance: number;
}

/** How many letters two keys share at their ends (Greek words that end alike are alike forms). */
function sharedEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * The keys nearest to `key` within its allowed edits, nearest first; among equally near ones,
 * those ending like the typed word (the same grammatical form), then the closest in length,
 * then alphabetical, so the answer never depends on the vocabulary's order.
 */
export function nearestKeys(key: string, vocabulary: Iterable<string>, limit: number): NearKey[] {
  const max = allowedEdits(key.length);
  if (max === 0) return [];
  const found: NearKey[] = [];
  for (const candidate of vocabulary) {
    if (candidate === key) continue;
    const distance = editDistance(key, candidate, max);
    if (distance <= max) found.push({ key: candidate, distance });
  }
  const lengthGap = (k: string) => Math.abs(k.length - key.length);
  found.sort(
    (a, b) =>
      a.distance - b.distance ||
      sharedEnding(b.key, key) - sharedEnding(a.key, key) ||
      lengthGap(a.key) - lengthGap(b.key) ||
      (a.key < b.key ? -1 : 1),
  );
  return found.slice(0, limit);
}
