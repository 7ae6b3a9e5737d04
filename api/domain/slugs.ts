import { foldGreek } from './greek-text.ts';

// ELOT 743 letters (υ → y, χ → ch, ξ → x), as on Greek passports and road signs, so a slug reads
// as people spell the name in Latin letters. This is deliberately not greek-text.ts's
// GREEK_LETTERS: that table maps onto a search skeleton (υ → i, χ → x, ξ → ks) that merges
// spellings, which would make slugs look misspelt; and existing slugs must not change.
const GREEK_TO_LATIN: Record<string, string> = {
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
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** ELOT 743-style transliteration to a URL slug: «Αστραπή ΚοινΣΕπ» → astrapi-koinsep. */
export function slugify(name: string): string {
  const folded = foldGreek(name)
    .replace(/ου/g, 'ou')
    .replace(/([αε])υ/g, '$1v');
  const latin = [...folded].map((c) => GREEK_TO_LATIN[c] ?? c).join('');
  return (
    latin
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'enterprise'
  );
}
