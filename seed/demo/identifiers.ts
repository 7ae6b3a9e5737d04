import { createHash } from 'node:crypto';

/**
 * Deterministic, fictional registry identifiers for the demo enterprises, derived
 * from the slug so they never change between runs.
 */

/** Decimal digits drawn from SHA-256(label + slug), as many as asked. */
function digitsFrom(label: string, slug: string, count: number): string {
  let out = '';
  let round = 0;
  while (out.length < count) {
    const hash = createHash('sha256').update(`${label}:${round}:${slug}`).digest();
    for (const byte of hash) {
      // Reject 250–255 so every digit is equally likely.
      if (byte < 250) out += String(byte % 10);
      if (out.length === count) break;
    }
    round++;
  }
  return out;
}

/**
 * ΑΦΜ check digit: (Σ dᵢ·2^(9−i) for i = 1..8) mod 11 mod 10 (DESIGN §2).
 * Returns null when the input is not exactly eight digits.
 */
export function afmCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * 2 ** (8 - i);
  return (sum % 11) % 10;
}

/** True for a nine-digit ΑΦΜ whose last digit matches the checksum. */
export function isValidAfm(afm: string): boolean {
  if (!/^\d{9}$/.test(afm)) return false;
  return afmCheckDigit(afm.slice(0, 8)) === Number(afm[8]);
}

/**
 * A valid, fictional ΑΦΜ. Legal entities' real numbers start with 0, 8 or 9; the demo
 * ones start with 5 so they do not look like (or collide with) a real company's.
 */
export function demoAfm(slug: string): string {
  const firstEight = `5${digitsFrom('afm', slug, 7)}`;
  return `${firstEight}${afmCheckDigit(firstEight)}`;
}

/** ΓΕΜΗ registration number: twelve digits, the last three `000` as for companies. */
export function demoGemiNumber(slug: string): string {
  return `1${digitsFrom('gemi', slug, 8)}000`;
}

/** ΓΕΜΚΑΛΟ registry number (kalo.yeka.gr): a running number in the low thousands. */
export function demoGemkaloNumber(slug: string): string {
  return String(1000 + (Number(digitsFrom('gemkalo', slug, 4)) % 3500));
}

/** A stable small integer for spreading dates and values deterministically. */
export function demoSpread(label: string, key: string, modulo: number): number {
  return Number(digitsFrom(label, key, 6)) % modulo;
}
