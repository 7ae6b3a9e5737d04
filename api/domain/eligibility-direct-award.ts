import { AWARD_RULES, type AwardRulesConfig } from './award-rules-config.ts';
import { relatedCpv } from './cpv.ts';
import { formatDate, formatMoney } from './eligibility-format.ts';
import {
  check,
  type AuthorityFacts,
  type EligibilityCheck,
  type Need,
  type SplittingAnalysis,
} from './eligibility-types.ts';
import { needContractType, PROCEDURE_THRESHOLDS } from './procedure-thresholds.ts';

/**
 * Need-level rules of the direct-award route (the same answer for every enterprise): the value
 * with options within the limit (Law 4412/2016 art. 118 §1, art. 6 §1), and no splitting (art. 6):
 * the authority's direct awards in the financial year of the decision, all departments and all
 * suppliers, for related CPV codes (one contains the other or the same group), add up.
 * Over the limit → `fail`; related awards under it → `warning` (staff judge whether they are
 * the same need: CPV is an indicator, not the definition); none → `pass`.
 */

const money = (cents: number) => ({ el: formatMoney(cents, 'el'), en: formatMoney(cents, 'en') });

export function directAwardLimitCents(need: Pick<Need, 'cpvCodes'>, thresholds = PROCEDURE_THRESHOLDS): number | null {
  const type = needContractType(need.cpvCodes.map((c) => c.code));
  return type === null ? null : thresholds.directAward.maxNetCents[type];
}

/** The related direct awards of the decision's year and their sum; null without a value or a CPV code. */
export function splittingAnalysis(
  need: Need,
  authority: AuthorityFacts,
  thresholds = PROCEDURE_THRESHOLDS,
): SplittingAnalysis | null {
  const limit = directAwardLimitCents(need, thresholds);
  if (need.valueNetCents === null || limit === null) return null;
  const year = need.decisionDate.slice(0, 4);
  const relatedAwards = authority.directAwards
    .filter((a) => a.awardedOn.startsWith(year) && need.cpvCodes.some((c) => relatedCpv(c.code, a.cpvCode)))
    .sort((a, b) => a.awardedOn.localeCompare(b.awardedOn) || a.cpvCode.localeCompare(b.cpvCode));
  const earlierNetCents = relatedAwards.reduce((sum, a) => sum + a.valueNetCents, 0);
  const needNetCents = need.valueNetCents + need.optionsValueNetCents;
  const outcome = earlierNetCents + needNetCents > limit ? 'fail' : relatedAwards.length > 0 ? 'warning' : 'pass';
  return { year, relatedAwards, earlierNetCents, needNetCents, limitNetCents: limit, outcome };
}

/** "1 ανάθεση" / "4 αναθέσεις", "1 award" / "4 awards". */
export function awardsCount(n: number): { el: string; en: string } {
  return { el: `${n} ${n === 1 ? 'ανάθεση' : 'αναθέσεις'}`, en: `${n} ${n === 1 ? 'award' : 'awards'}` };
}

function splittingCheck(analysis: SplittingAnalysis, rules: AwardRulesConfig): EligibilityCheck {
  const reference = rules.directAward.reference;
  const { year, relatedAwards } = analysis;
  const limit = money(analysis.limitNetCents);
  const value = money(analysis.needNetCents);
  if (relatedAwards.length === 0)
    return check(
      'direct_award_splitting',
      'pass',
      reference,
      `Καμία απευθείας ανάθεση το ${year} για συναφείς κωδικούς CPV (ο ένας περιέχει τον άλλο ή ίδια ομάδα), σε όλες τις υπηρεσίες.`,
      `No direct award in ${year} for related CPV codes (one containing the other, or the same group), in any department.`,
    );
  const earlier = money(analysis.earlierNetCents);
  const total = money(analysis.earlierNetCents + analysis.needNetCents);
  const count = awardsCount(relatedAwards.length);
  const list = (lang: 'el' | 'en') =>
    relatedAwards
      .map(
        (a) =>
          `${formatDate(a.awardedOn)}, ${a.department}, ${a.supplierName}, CPV ${a.cpvCode}, ${formatMoney(a.valueNetCents, lang)}`,
      )
      .join('; ');
  const figures = {
    el: `Ήδη ${earlier.el} σε απευθείας αναθέσεις το ${year} για συναφείς κωδικούς CPV (${count.el}, όλες οι υπηρεσίες)· μαζί με την παρούσα (${value.el} με δικαιώματα προαίρεσης) ${total.el}`,
    en: `${earlier.en} already awarded directly in ${year} for related CPV codes (${count.en}, all departments); with this need (${value.en} with options) ${total.en}`,
  };
  if (analysis.outcome === 'fail')
    return check(
      'direct_award_splitting',
      'fail',
      reference,
      `${figures.el}, πάνω από το όριο των ${limit.el}: η κατάτμηση απαγορεύεται. Αναθέσεις: ${list('el')}.`,
      `${figures.en}, above the ${limit.en} limit: splitting is forbidden. Awards: ${list('en')}.`,
    );
  return check(
    'direct_award_splitting',
    'warning',
    reference,
    `${figures.el}, εντός του ορίου των ${limit.el}. Η υπηρεσία κρίνει αν πρόκειται για την ίδια ανάγκη. Αναθέσεις: ${list('el')}.`,
    `${figures.en}, within the ${limit.en} limit. Staff judge whether these are the same need. Awards: ${list('en')}.`,
  );
}

export function directAwardChecks(
  need: Need,
  authority: AuthorityFacts,
  rules: AwardRulesConfig = AWARD_RULES,
  thresholds = PROCEDURE_THRESHOLDS,
): EligibilityCheck[] {
  const reference = rules.directAward.reference;
  const limitCents = directAwardLimitCents(need, thresholds);
  if (need.valueNetCents === null || limitCents === null) {
    const text =
      need.valueNetCents === null
        ? { el: 'Δεν δόθηκε εκτιμώμενη αξία χωρίς ΦΠΑ.', en: 'No estimated value net of VAT was given.' }
        : {
            el: 'Χωρίς κωδικό CPV δεν ορίζεται το όριο ούτε ελέγχεται η κατάτμηση.',
            en: 'Without a CPV code neither the limit nor splitting can be checked.',
          };
    return [
      check('direct_award_value', 'unknown', reference, text.el, text.en),
      check('direct_award_splitting', 'unknown', reference, text.el, text.en),
    ];
  }
  const limit = money(limitCents);
  const total = need.valueNetCents + need.optionsValueNetCents;
  const value = money(total);
  const options = money(need.optionsValueNetCents);
  const described = {
    el:
      need.optionsValueNetCents > 0 ? `${value.el} (με δικαιώματα προαίρεσης και παρατάσεις ${options.el})` : value.el,
    en: need.optionsValueNetCents > 0 ? `${value.en} (including options and extensions of ${options.en})` : value.en,
  };
  const valueCheck =
    total > limitCents
      ? check(
          'direct_award_value',
          'fail',
          reference,
          `Η αξία ${described.el} υπερβαίνει το όριο απευθείας ανάθεσης (${limit.el} χωρίς ΦΠΑ).`,
          `The value ${described.en} is above the direct-award limit (${limit.en} net of VAT).`,
        )
      : check(
          'direct_award_value',
          'pass',
          reference,
          `Η αξία ${described.el} δεν υπερβαίνει το όριο απευθείας ανάθεσης (${limit.el} χωρίς ΦΠΑ).`,
          `The value ${described.en} is within the direct-award limit (${limit.en} net of VAT).`,
        );
  return [valueCheck, splittingCheck(splittingAnalysis(need, authority, thresholds)!, rules)];
}
