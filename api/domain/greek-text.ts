/**
 * Greek-aware text normalisation, used identically at index time and at query time.
 *
 * `foldGreek` removes what Greek users do not type reliably (tonos, dialytika, case,
 * final sigma). `searchKey` goes one step further and maps Greek and Greeklish
 * spellings onto one Latin skeleton, so that `καθαρισμός`, `ΚΑΘΑΡΙΣΜΟΣ`,
 * `καθαρισμοσ` and `katharismos` are the same term. FTS5's unicode61 tokenizer
 * does neither (DESIGN §5), so the index only ever sees our keys.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/** NFD, strip combining marks (tonos, dialytika, any accent), lowercase, ς→σ. */
export function foldGreek(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ς/g, 'σ').normalize('NFC');
}

// Greek → Latin, digraphs first. Vowels that sound alike collapse (η, ι, υ, ει, οι → i;
// ο, ω → o; αι, ε → e) because Greeklish writers choose freely among them.
const GREEK_DIGRAPHS: ReadonlyArray<[string, string]> = [
  ['ου', 'u'],
  ['ει', 'i'],
  ['οι', 'i'],
  ['υι', 'i'],
  ['αι', 'e'],
  ['αυ', 'av'],
  ['ευ', 'ev'],
  ['ηυ', 'iv'],
  ['μπ', 'v'],
  ['ντ', 'd'],
  ['γκ', 'g'],
  ['γγ', 'g'],
];
const GREEK_LETTERS: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'ks',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  τ: 't',
  υ: 'i',
  φ: 'f',
  χ: 'x',
  ψ: 'ps',
  ω: 'o',
};

// Latin (Greeklish or English) spelling variants onto the skeleton the Greek table produces.
// Order matters: digraphs before the single letters they contain.
const LATIN_RULES: ReadonlyArray<[RegExp, string]> = [
  [/ch/g, 'x'], // χ
  [/([ae])u/g, '$1v'], // αυ, ευ
  [/oy/g, 'ou'], // ου written oy
  [/(?<!o)u/g, 'i'], // υ written u
  [/ou/g, 'u'],
  [/ai/g, 'e'],
  [/ei|oi|ui|ee/g, 'i'],
  [/mp/g, 'b'],
  [/nt/g, 'd'],
  [/gk|gg/g, 'g'],
  [/w/g, 'o'],
  [/y/g, 'i'],
  [/(?<!t)h/g, 'i'], // η written h; th is θ
  [/b/g, 'v'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/q/g, 'k'],
];

const TOKEN = /[\p{L}\p{N}]+/gu;
/** A word as written: accents (combining marks) belong to it. */
const WRITTEN_TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

const GREEK_LETTER = /[\u0370-\u03ff\u1f00-\u1fff]/u;

/** True when a token is written in Greek letters (otherwise Latin: English or Greeklish, or digits). */
export function isGreekToken(token: string): boolean {
  return GREEK_LETTER.test(token);
}

function greekToLatin(token: string): string {
  let out = token;
  for (const [greek, latin] of GREEK_DIGRAPHS) out = out.split(greek).join(latin);
  let result = '';
  for (const ch of out) result += GREEK_LETTERS[ch] ?? ch;
  return result;
}

function latinSkeleton(token: string): string {
  // Greeklish writes θ as 8, but only inside words: CPV codes and years stay digits.
  let out = /[a-z]/.test(token) ? token.replace(/8/g, 'th') : token;
  for (const [pattern, replacement] of LATIN_RULES) out = out.replace(pattern, replacement);
  return out;
}

// Texts repeat the same few thousand words, and the rules below are many string passes:
// remember the keys (bounded, so a flood of distinct words cannot grow it without end).
const KEY_CACHE_LIMIT = 200_000;
const keyCache = new Map<string, string>();

/** The search key of one folded token: ASCII letters and digits for Greek and Latin words. */
export function tokenKey(foldedToken: string): string {
  const known = keyCache.get(foldedToken);
  if (known !== undefined) return known;
  let key = foldedToken;
  if (!/^\p{N}+$/u.test(foldedToken)) {
    const skeleton = GREEK_LETTER.test(foldedToken) ? greekToLatin(foldedToken) : latinSkeleton(foldedToken);
    // Double letters are spelled single as often as double (λλ, σσ, ττ, mm).
    key = skeleton.replace(/([a-z])\1+/g, '$1');
  }
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(foldedToken, key);
  return key;
}

/** The words of a text, folded (see foldGreek), in order. */
export function foldedTokens(text: string): string[] {
  return Array.from(foldGreek(text).matchAll(TOKEN), (match) => match[0]);
}

/** The words of a text as written (accents and case kept), in order: for showing a word back to people. */
export function writtenWords(text: string): string[] {
  return Array.from(text.normalize('NFC').matchAll(WRITTEN_TOKEN), (match) => match[0]);
}

/** Splits any text into search keys (the exact-form keys of the full-text index). */
export function searchKeys(text: string): string[] {
  const keys: string[] = [];
  for (const token of foldedTokens(text)) {
    const key = tokenKey(token);
    if (key) keys.push(key);
  }
  return keys;
}

/** The text that is stored in the full-text index for a field. */
export function toIndexText(text: string | null | undefined): string {
  return text ? searchKeys(text).join(' ') : '';
}

/** True when two words are the same search term (the unit tests use it to state what the search treats as equal). */
export function sameSearchTerm(a: string, b: string): boolean {
  return searchKeys(a).join(' ') === searchKeys(b).join(' ');
}
