import { significantPrefix } from './cpv.ts';
import { formatDate } from './eligibility-format.ts';
import {
  check,
  type ActivityCodeFact,
  type EligibilityCheck,
  type LegalReference,
  type Need,
} from './eligibility-types.ts';

/**
 * ΚΑΔ (Greek activity codes: ΚΑΔ 2008 = NACE Rev.2, ΚΑΔ 2025 = NACE Rev.2.1, in force from
 * 1 March 2026, DESIGN §2) next to the need's CPV, so that staff confirm the registered
 * activity covers the contract's object (art. 75 §2: suitability to pursue the professional
 * activity). Never silent:
 * - no ΚΑΔ recorded → `unknown`;
 * - a recorded ΚΑΔ class corresponds to every needed CPV code in the table below → `pass`,
 *   naming the pair; with only ΚΑΔ 2008 codes after ΚΑΔ 2025 came into force → `warning`;
 * - otherwise → `warning` "confirm".
 *
 * The table is the product's own indicative correspondence between NACE classes and CPV
 * prefixes for the sectors social enterprises work in (by the class and code titles), not an
 * official table; a class is listed for a version only where its title is the same in both
 * NACE revisions or known for that revision. Add pairs here, never in the engine.
 */

export const ACTIVITY_RULES = {
  kad2025InForceFrom: '2026-03-01',
  reference: {
    el: 'Ν. 4412/2016 άρθ. 75 §2 (καταλληλότητα άσκησης επαγγελματικής δραστηριότητας)',
    en: 'Law 4412/2016 art. 75(2) (suitability to pursue the professional activity)',
    verify: false,
  } satisfies LegalReference,
  /** NACE class (`81.21`) → CPV significant prefixes it covers, per ΚΑΔ version. */
  correspondence: [
    { nace: '81.21', versions: ['2008', '2025'], cpv: ['909'] }, // general cleaning of buildings → cleaning and sanitation
    { nace: '81.22', versions: ['2008', '2025'], cpv: ['909'] }, // other building and industrial cleaning
    { nace: '81.29', versions: ['2008'], cpv: ['909', '9061'] }, // other cleaning (incl. street sweeping)
    { nace: '81.30', versions: ['2008', '2025'], cpv: ['7731', '7734', '77211'] }, // landscape service activities
    { nace: '56.21', versions: ['2008', '2025'], cpv: ['5552'] }, // event catering
    { nace: '56.29', versions: ['2008'], cpv: ['5551', '5552', '5532'] }, // other food service (contract catering, canteens)
    { nace: '56.22', versions: ['2025'], cpv: ['5551', '5552', '5532'] }, // contract catering and other food service
    { nace: '18.12', versions: ['2008', '2025'], cpv: ['798'] }, // other printing
    { nace: '38.11', versions: ['2008', '2025'], cpv: ['9051'] }, // collection of non-hazardous waste
    { nace: '38.32', versions: ['2008'], cpv: ['90514'] }, // recovery of sorted materials → recycling
    { nace: '88.10', versions: ['2008', '2025'], cpv: ['8531', '8532'] }, // social work without accommodation, elderly and disabled
    { nace: '88.99', versions: ['2008', '2025'], cpv: ['8531', '8532'] }, // other social work without accommodation
    { nace: '82.30', versions: ['2008', '2025'], cpv: ['7995'] }, // organisation of conventions and trade shows → events
    { nace: '74.10', versions: ['2008'], cpv: ['79822'] }, // specialised design activities → graphic design
  ] as ReadonlyArray<{ nace: string; versions: ReadonlyArray<'2008' | '2025'>; cpv: readonly string[] }>,
};

const naceClass = (kad: string) => kad.slice(0, 5);

/** The recorded ΚΑΔ code that corresponds to a CPV code, if any. */
export function correspondingActivity(
  cpvCode: string,
  codes: readonly ActivityCodeFact[],
  rules = ACTIVITY_RULES,
): ActivityCodeFact | null {
  const prefix = significantPrefix(cpvCode);
  for (const code of codes)
    for (const row of rules.correspondence)
      if (
        row.nace === naceClass(code.code) &&
        row.versions.includes(code.version) &&
        row.cpv.some((p) => prefix.startsWith(p))
      )
        return code;
  return null;
}

const describe = (codes: readonly ActivityCodeFact[]) =>
  codes.map((c) => `${c.code} (ΚΑΔ ${c.version}${c.primary ? ', κύρια' : ''})`).join(', ');
const describeEn = (codes: readonly ActivityCodeFact[]) =>
  codes.map((c) => `${c.code} (ΚΑΔ ${c.version}${c.primary ? ', main' : ''})`).join(', ');

export function activityCodesCheck(
  need: Pick<Need, 'cpvCodes' | 'decisionDate'>,
  codes: readonly ActivityCodeFact[],
  rules = ACTIVITY_RULES,
): EligibilityCheck {
  const reference = rules.reference;
  if (codes.length === 0)
    return check(
      'activity_codes',
      'unknown',
      reference,
      'Δεν έχουν καταχωριστεί ΚΑΔ: ελέγξτε ότι η δραστηριότητα καλύπτει το αντικείμενο.',
      'No ΚΑΔ activity codes on file: check that the activity covers the object.',
    );
  const needed = need.cpvCodes.map((c) => c.code);
  const all = { el: describe(codes), en: describeEn(codes) };
  const pairs = needed.map((cpv) => ({ cpv, kad: correspondingActivity(cpv, codes, rules) }));
  if (needed.length === 0 || pairs.some((p) => p.kad === null))
    return check(
      'activity_codes',
      'warning',
      reference,
      `ΚΑΔ: ${all.el}. Επιβεβαιώστε ότι καλύπτουν το αντικείμενο${needed.length ? ` (CPV ${needed.join(', ')})` : ''}.`,
      `ΚΑΔ: ${all.en}. Confirm that they cover the object${needed.length ? ` (CPV ${needed.join(', ')})` : ''}.`,
    );
  const matched = pairs.map((p) => `CPV ${p.cpv} ↔ ${p.kad!.code} (ΚΑΔ ${p.kad!.version})`).join('; ');
  const from = rules.kad2025InForceFrom;
  if (need.decisionDate >= from && !codes.some((c) => c.version === '2025'))
    return check(
      'activity_codes',
      'warning',
      reference,
      `${matched}. Καταχωρισμένοι μόνο ΚΑΔ 2008· από ${formatDate(from)} ισχύουν οι ΚΑΔ 2025: επιβεβαιώστε τους τρέχοντες ΚΑΔ.`,
      `${matched}. Only ΚΑΔ 2008 codes on file; ΚΑΔ 2025 apply since ${formatDate(from)}: confirm the current codes.`,
    );
  return check(
    'activity_codes',
    'pass',
    reference,
    `${matched} (ενδεικτική αντιστοίχιση). Όλοι οι ΚΑΔ: ${all.el}.`,
    `${matched} (indicative correspondence). All ΚΑΔ: ${all.en}.`,
  );
}
