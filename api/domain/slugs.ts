import { foldGreek } from './greek-text.ts';

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
