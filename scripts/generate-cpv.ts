/**
 * Writes seed/reference/data/cpv-2008.json, the product's own copy of the whole CPV 2008
 * (9,454 codes), from the EU eForms SDK lists in ../shared/reference/eforms (a user's clone
 * has no ../shared, so the repository carries the generated file).
 *
 *   npx tsx scripts/generate-cpv.ts [path/to/eforms-folder]
 *
 * Reads `cpv-2008.json` ({code, el, en}) and `cpv-social-services.json` (Directive 2014/24
 * Annex XIV codes, {code, ell_label, eng_label}); adds the check digits printed in the
 * official list where the product has them (seed/reference/cpv-check-digits.ts). Output is
 * deterministic (sorted by code, one code a line) so that a regeneration diffs cleanly.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRINTED_CPV_CHECK_DIGITS } from '../seed/reference/cpv-check-digits.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The repository's sibling `shared/` folder (a worktree sits one level deeper).
const candidates = [
  join(root, '..', 'shared', 'reference', 'eforms'),
  join(root, '..', '..', 'shared', 'reference', 'eforms'),
];
const source = resolve(
  process.argv[2] ?? candidates.find((dir) => existsSync(join(dir, 'cpv-2008.json'))) ?? candidates[0]!,
);
const target = join(root, 'seed', 'reference', 'data', 'cpv-2008.json');

interface EformsCpv {
  code: string;
  el: string;
  en: string;
}
interface EformsSocial {
  code: string;
}

const all = JSON.parse(readFileSync(join(source, 'cpv-2008.json'), 'utf8')) as EformsCpv[];
const social = JSON.parse(readFileSync(join(source, 'cpv-social-services.json'), 'utf8')) as EformsSocial[];

const codes = new Set<string>();
for (const entry of all) {
  if (!/^\d{8}$/.test(entry.code)) throw new Error(`not an eight-digit CPV code: ${JSON.stringify(entry.code)}`);
  if (codes.has(entry.code)) throw new Error(`duplicate CPV code ${entry.code}`);
  if (!entry.el?.trim() || !entry.en?.trim()) throw new Error(`CPV ${entry.code} lacks a label`);
  codes.add(entry.code);
}
const socialCodes = new Set(social.map((s) => s.code));
for (const code of socialCodes)
  if (!codes.has(code)) throw new Error(`social-services code ${code} is not in the CPV list`);

const checkDigits = new Map<string, string>();
for (const printed of PRINTED_CPV_CHECK_DIGITS) {
  const [code, digit] = printed.split('-') as [string, string];
  if (!codes.has(code)) throw new Error(`printed check digit for ${code}, which is not in the CPV list`);
  checkDigits.set(code, digit);
}

/** One row: [code, check digit or null, Greek label, English label, 1 if Annex XIV social service else 0]. */
type Row = [string, string | null, string, string, 0 | 1];
const rows: Row[] = [...all]
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((c) => [c.code, checkDigits.get(c.code) ?? null, c.el.trim(), c.en.trim(), socialCodes.has(c.code) ? 1 : 0]);

const header = {
  source: 'Publications Office of the European Union, eForms SDK code lists (cpv, social services)',
  version: 'CPV 2008 (Regulation (EC) No 213/2008)',
  licence: 'CC BY 4.0',
  columns: ['code', 'checkDigit', 'labelEl', 'labelEn', 'socialServices'],
  count: rows.length,
};
const body = rows.map((row) => JSON.stringify(row)).join(',\n');
writeFileSync(target, `${JSON.stringify(header).slice(0, -1)},"codes":[\n${body}\n]}\n`);
console.log(
  `wrote ${rows.length} CPV codes (${socialCodes.size} social services, ${checkDigits.size} printed check digits) to ${target}`,
);
