/**
 * A word-level difference between two texts (or two lists), for reviewers: which words a
 * proposal removes and which it adds, everything else left as it was. Words are runs of
 * letters and digits (any script: Greek and Latin alike); each punctuation mark and each run of
 * spaces is a token of its own, so "καλό." → "καλό!" changes one mark, not the word.
 *
 * The longest common subsequence of the tokens (after the common beginning and end are set
 * aside) decides what stayed. Its table grows with the product of the two lengths; beyond
 * MAX_CELLS (two rewritten long texts) the difference is given as "all removed, all added"
 * rather than holding the page up.
 */

export type DiffKind = 'same' | 'removed' | 'added';
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** About 2 million cells: two texts of ~1,400 differing tokens each, well under a second. */
const MAX_CELLS = 2_000_000;

const TOKEN = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

/** The tokens of a text: words, single punctuation marks, runs of whitespace. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The difference between two texts, word by word. */
export function diffWords(before: string, after: string): DiffPart[] {
  return diffTokens(tokenize(before), tokenize(after), '');
}

/** The difference between two lists (e.g. CPV codes, areas): items removed and added, in order. */
export function diffItems(before: readonly string[], after: readonly string[]): DiffPart[] {
  return diffTokens(before, after, null);
}

/**
 * The parts in order. `join` glues neighbouring tokens of one kind into one part ('' for text);
 * null keeps one part per item (lists).
 */
function diffTokens(a: readonly string[], b: readonly string[], join: string | null): DiffPart[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = middleDiff(a.slice(start, endA), b.slice(start, endB));
  const parts: Array<{ kind: DiffKind; token: string }> = [
    ...a.slice(0, start).map((token) => ({ kind: 'same' as const, token })),
    ...middle,
    ...a.slice(endA).map((token) => ({ kind: 'same' as const, token })),
  ];
  return join === null ? parts.map((p) => ({ kind: p.kind, text: p.token })) : wordsFirst(merge(parts, join));
}

function middleDiff(a: readonly string[], b: readonly string[]): Array<{ kind: DiffKind; token: string }> {
  const removedAll = a.map((token) => ({ kind: 'removed' as const, token }));
  const addedAll = b.map((token) => ({ kind: 'added' as const, token }));
  if (a.length === 0 || b.length === 0 || (a.length + 1) * (b.length + 1) > MAX_CELLS)
    return [...removedAll, ...addedAll];
  // lcs[i * width + j] = length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: Array<{ kind: DiffKind; token: string }> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', token: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push({ kind: 'removed', token: a[i++]! });
    else out.push({ kind: 'added', token: b[j++]! });
  }
  while (i < a.length) out.push({ kind: 'removed', token: a[i++]! });
  while (j < b.length) out.push({ kind: 'added', token: b[j++]! });
  return out;
}

/** Neighbouring tokens of one kind become one part. */
function merge(tokens: Array<{ kind: DiffKind; token: string }>, join: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const { kind, token } of tokens) {
    const prev = parts[parts.length - 1];
    if (prev && prev.kind === kind) prev.text += join + token;
    else parts.push({ kind, text: token });
  }
  return parts;
}

/**
 * Of equally short differences, the one where a change starts with its word: "με |+πιστοποιημένα |"
 * rather than "με| +πιστοποιημένα| ", and "περιοχής.| +Νέα πρόταση.|" rather than
 * "περιοχής|+. Νέα πρόταση|.". A run of changes that starts with the space or mark the following
 * unchanged text starts with slides right past it (both sides still read the same).
 */
function wordsFirst(parts: DiffPart[]): DiffPart[] {
  for (let i = 1; i < parts.length; i++) {
    if (parts[i - 1]!.kind !== 'same' || parts[i]!.kind === 'same') continue;
    let end = i;
    while (end < parts.length && parts[end]!.kind !== 'same') end++;
    const next = parts[end];
    for (;;) {
      const lead = /^(\s+|[^\p{L}\p{M}\p{N}_\s])/u.exec(parts[i]!.text)?.[0];
      if (!next || !lead || !next.text.startsWith(lead) || !parts.slice(i, end).every((p) => p.text.startsWith(lead)))
        break;
      parts[i - 1]!.text += lead;
      for (let k = i; k < end; k++) parts[k]!.text = parts[k]!.text.slice(lead.length) + lead;
      next.text = next.text.slice(lead.length);
    }
  }
  return parts.filter((p) => p.text !== '');
}

/** The text a side of the difference reads: `before` (same + removed) or `after` (same + added). */
export function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join('');
}
