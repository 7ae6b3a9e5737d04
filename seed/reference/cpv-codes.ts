import { readFileSync } from 'node:fs';

/**
 * The whole CPV 2008 (Regulation (EC) 213/2008): 9,454 codes with the official Greek and
 * English labels and the Directive 2014/24/EU Annex XIV (art. 77) flag, read from the
 * product's own copy `data/cpv-2008.json` (EU eForms SDK, CC BY 4.0; see data/README.md and
 * scripts/generate-cpv.ts). Check digits are the ones printed in the official list where
 * the product has them, else null: never compute one.
 *
 * Level and parent are derived by the loader from the significant digits.
 */

export interface CpvCodeEntry {
  /** Eight digits, without the check digit. */
  code: string;
  checkDigit: string | null;
  labelEl: string;
  labelEn: string;
  /** Qualifies for the reserved social-services route (art. 77, Annex XIV). */
  socialServices: boolean;
}

type Row = [string, string | null, string, string, 0 | 1];

function readCpvFile(): CpvCodeEntry[] {
  const file = JSON.parse(readFileSync(new URL('./data/cpv-2008.json', import.meta.url), 'utf8')) as { codes: Row[] };
  return file.codes.map(([code, checkDigit, labelEl, labelEn, social]) => ({
    code,
    checkDigit,
    labelEl,
    labelEn,
    socialServices: social === 1,
  }));
}

export const cpvCodes: readonly CpvCodeEntry[] = readCpvFile();
