/**
 * Greeklish (Greek written in Latin letters) back to Greek, so that a Greek stemmer can
 * read it: `kipous` → `κιπουσ`, whose stem is the stem of «κήπους».
 *
 * Greeklish is not one system: people write η as `i`, `h` or `e`, ω as `o` or `w`, χ as
 * `x`, `ch` or `h`, ου as `ou` or `u`. Inside a word the choice does not matter (the search
 * key folds η, ι, υ, ει, οι together, and ο with ω: see greek-text.ts); at the end of a word
 * it does, because the ending is what a stemmer removes (`-ης`, `-εις`, `-ων`, `-ον`). So the
 * stem of the word is read the usual way and only its ending is given every spelling it may
 * stand for; the caller stems each candidate and keeps the distinct stems. A lone `u` is
 * read both as υ (`anakuklosi`) and as ου (`ruxa` for «ρούχα»); a lone `h` both as η (`khpos`,
 * the search key's own reading) and as χ (`hartia` for «χαρτιά»).
 */

// Longest first: digraphs before the letters they contain.
const LATIN_TO_GREEK: ReadonlyArray<[string, string]> = [
  ['th', 'θ'],
  ['ch', 'χ'],
  ['ps', 'ψ'],
  ['ks', 'ξ'],
  ['ou', 'ου'],
  ['oy', 'ου'],
  ['mp', 'μπ'],
  ['nt', 'ντ'],
  ['gk', 'γκ'],
  ['gg', 'γγ'],
  ['a', 'α'],
  ['b', 'μπ'],
  ['c', 'κ'],
  ['d', 'δ'],
  ['e', 'ε'],
  ['f', 'φ'],
  ['g', 'γ'],
  ['h', 'η'],
  ['i', 'ι'],
  ['j', 'τζ'],
  ['k', 'κ'],
  ['l', 'λ'],
  ['m', 'μ'],
  ['n', 'ν'],
  ['o', 'ο'],
  ['p', 'π'],
  ['q', 'κ'],
  ['r', 'ρ'],
  ['s', 'σ'],
  ['t', 'τ'],
  ['u', 'υ'],
  ['v', 'β'],
  ['w', 'ω'],
  ['x', 'χ'],
  ['y', 'υ'],
  ['z', 'ζ'],
  // Greeklish "numerals" that stand for letters of the same shape.
  ['8', 'θ'],
  ['3', 'ξ'],
];

/**
 * Greek endings that Greeklish writes alike (the left side is our primary reading). Each list
 * holds the endings of nouns, adjectives and verbs that a writer may mean: `-i` is -ι
 * (παιδί), -η (κηπουρική), -οι (κήποι) or -ει (καθαρίζει); `-is` is -ις, -ης (κηπουρικής) or
 * -εις (εκτυπώσεις); `-os`/`-on`/`-o` may be written with ω (καθαρισμώς is a typo, κήπων is not).
 */
const ENDING_VARIANTS: ReadonlyArray<[string, readonly string[]]> = [
  // Written as digraphs, these endings are unambiguous.
  ['εισ', ['εισ']],
  ['οισ', ['οισ']],
  ['αισ', ['αισ']],
  ['ει', ['ει']],
  ['οι', ['οι']],
  ['αι', ['αι']],
  ['ισ', ['ισ', 'ησ', 'εισ']],
  ['ιν', ['ιν', 'ην', 'ειν']],
  ['ι', ['ι', 'η', 'οι', 'ει']],
  ['οσ', ['οσ', 'ωσ']],
  ['ον', ['ον', 'ων']],
  ['ο', ['ο', 'ω']],
  ['ε', ['ε', 'αι']],
];

/** A `u` that is not part of ou, au, eu (which have their own readings). */
const LONE_U = /(?<![oae])u/g;
const HAS_LONE_U = /(?<![oae])u/;
/** An `h` that is not part of th or ch. */
const LONE_H = /(?<![tc])h/g;
const HAS_LONE_H = /(?<![tc])h/;

function transliterate(latin: string): string {
  let out = '';
  let i = 0;
  while (i < latin.length) {
    const rule = LATIN_TO_GREEK.find(([from]) => latin.startsWith(from, i));
    if (rule) {
      out += rule[1];
      i += rule[0].length;
    } else {
      out += latin[i];
      i++;
    }
  }
  return out;
}

/**
 * The Greek spellings a folded Latin token may stand for (lowercase, no accents, σ for every
 * sigma, like foldGreek's output), in groups: one group per reading of its letters (the primary
 * one first, then the other readings of u, h and th, in every combination), each group being
 * the reading followed by the other spellings of its ending. Tokens without letters (codes,
 * numbers) have none.
 */
export function greeklishReadings(latinToken: string): string[][] {
  if (!/[a-z]/.test(latinToken)) return [];
  let respellings = [latinToken];
  for (const [present, respell] of OTHER_READINGS) {
    if (present.test(latinToken)) respellings = respellings.flatMap((t) => [t, respell(t)]);
  }
  return respellings.map((respelled) => withEndingVariants(transliterate(respelled)));
}

/** Every spelling of every reading, primary first (see greeklishReadings). */
export function greeklishCandidates(latinToken: string): string[] {
  return [...new Set(greeklishReadings(latinToken).flat())];
}

/**
 * Other readings of letters Greeklish uses two ways: lone `u` as ου, lone `h` as χ, `th` as τη
 * (`poiothta`, `kathgoria`: h for η after t). `th` is respelt `ti`, which reads τι, and τι and
 * τη are one search key and one stem.
 */
const OTHER_READINGS: ReadonlyArray<[RegExp, (token: string) => string]> = [
  [HAS_LONE_U, (t) => t.replace(LONE_U, 'ou')],
  [HAS_LONE_H, (t) => t.replace(LONE_H, 'ch')],
  [/th/, (t) => t.replace(/th/g, 'ti')],
];

/**
 * The spellings of a typed Greek word whose ending people may misspell (-ως for -ος, -ι for -η,
 * -ις for -εις): the word as typed first, then the other endings that sound alike. The search
 * key already treats them alike; the stemmer does not.
 */
export function greekSpellings(foldedGreek: string): string[] {
  for (const [ending, variants] of ENDING_VARIANTS) {
    const group = variants.length > 1 ? variants : null;
    const typed = group?.find((variant) => foldedGreek.endsWith(variant) && foldedGreek.length > variant.length + 1);
    if (group && typed) {
      const stem = foldedGreek.slice(0, -typed.length);
      return [foldedGreek, ...group.filter((v) => v !== typed).map((v) => stem + v)];
    }
    if (!group && foldedGreek.endsWith(ending)) return [foldedGreek];
  }
  return [foldedGreek];
}

function withEndingVariants(greek: string): string[] {
  for (const [ending, variants] of ENDING_VARIANTS) {
    if (greek.length > ending.length + 1 && greek.endsWith(ending)) {
      const stem = greek.slice(0, -ending.length);
      return variants.map((variant) => stem + variant);
    }
  }
  return [greek];
}
