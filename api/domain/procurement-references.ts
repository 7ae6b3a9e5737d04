/**
 * Formats of the public references a contract carries (pure; the contract service validates with them).
 *
 * - Diavgeia ΑΔΑ (Law 3861/2010): Greek capitals and digits, `ΒΛ4Γ46ΜΤΛΚ-Ι9Θ` (10 + 3, since
 *   2012) or `4ΑΣ1ΩΗΓ-ΦΘΤ` (7 + 3, older). Latin look-alikes typed by mistake (A, B, E, …) are
 *   turned into the Greek letters they resemble, and lower case is raised.
 * - ΚΗΜΔΗΣ ΑΔΑΜ (Law 4013/2011 art. 11): two-digit year, document kind (REQ request, PROC
 *   notice, AWRD award, SYMV contract, PAY payment order) and nine digits: `26SYMV012345678`.
 */

const LATIN_TO_GREEK: Record<string, string> = {
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  Z: 'Ζ',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  Y: 'Υ',
  X: 'Χ',
};

const ADA = /^[0-9Α-Ω]{7}(?:[0-9Α-Ω]{3})?-[0-9Α-Ω]{3}$/u;

export function parseDiavgeiaAda(input: string): string | null {
  const upper = input
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleUpperCase('el')
    .replace(/[A-Z]/g, (c) => LATIN_TO_GREEK[c] ?? c);
  return ADA.test(upper) ? upper : null;
}

const ADAM = /^\d{2}(?:REQ|PROC|AWRD|SYMV|PAY)\d{9}$/;

export function parseKimdisAdam(input: string): string | null {
  const upper = input.trim().toUpperCase();
  return ADAM.test(upper) ? upper : null;
}
