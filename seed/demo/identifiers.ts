import { createHash } from 'node:crypto';
import { afmCheckDigit } from '../../api/domain/afm.ts';

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
