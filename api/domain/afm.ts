/**
 * ΑΦΜ (Greek tax identification / VAT number): 9 digits, the last a check digit.
 * check = (Σ d_i · 2^(9−i), i = 1..8) mod 11 mod 10.
 */

export type AfmResult = { valid: true; afm: string } | { valid: false; reason: AfmInvalidReason };
export type AfmInvalidReason = 'format' | 'checksum' | 'all_zero';

/** The check digit of the first eight digits: (Σ d_i · 2^(9−i)) mod 11 mod 10. */
export function afmCheckDigit(firstEight: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * 2 ** (8 - i);
  return (sum % 11) % 10;
}

/** Strips spaces and an `EL`/`GR` VAT prefix, then validates. Returns the bare 9 digits. */
export function parseAfm(input: string): AfmResult {
  const compact = input
    .replace(/[\s.-]/g, '')
    .toUpperCase()
    .replace(/^(EL|GR)/, '');
  if (!/^\d{9}$/.test(compact)) return { valid: false, reason: 'format' };
  if (compact === '000000000') return { valid: false, reason: 'all_zero' };
  if (afmCheckDigit(compact) !== Number(compact[8])) return { valid: false, reason: 'checksum' };
  return { valid: true, afm: compact };
}
