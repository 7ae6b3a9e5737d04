import type { AwardRoute } from './award-routes.ts';
import { AWARD_RULES, type AwardRulesConfig, type Bilingual } from './award-rules-config.ts';
import { awardsCount } from './eligibility-direct-award.ts';
import { formatMoney } from './eligibility-format.ts';
import { RULE_INFO } from './eligibility-rules.ts';
import { evaluateEligibility } from './eligibility.ts';
import type { AuthorityFacts, EligibilityResult, EligibilityRule, EnterpriseFacts, Need } from './eligibility-types.ts';

/**
 * The answer staff read first (issue 11): the counts, the rule that excluded most enterprises
 * in one sentence with the figures, and the other routes that would work for the same need
 * (run, not guessed), each with its counts. Greek plurals are spelled out, never "(ες)".
 */

export interface RouteAlternative {
  route: AwardRoute;
  name: Bilingual;
  eligible: number;
  conditional: number;
}

export interface EligibilitySummary {
  message: Bilingual;
  /** The rule that made most enterprises ineligible, with how many; null when none was. */
  mainExclusion: { rule: EligibilityRule; enterprises: number } | null;
  /** Every other route run for the same need, those that would work first. */
  alternatives: RouteAlternative[];
}

/** Counted nouns in both languages: 0 and 2+ take the plural in Greek as in English. */
export function countEnterprises(n: number, kind: 'eligible' | 'conditional' | 'ineligible' | 'any'): Bilingual {
  const one = n === 1;
  switch (kind) {
    case 'eligible':
      return {
        el: `${n} ${one ? 'επιλέξιμη επιχείρηση' : 'επιλέξιμες επιχειρήσεις'}`,
        en: `${n} eligible ${one ? 'enterprise' : 'enterprises'}`,
      };
    case 'conditional':
      return {
        el: `${n} ${one ? 'επιχείρηση' : 'επιχειρήσεις'} με προϋποθέσεις`,
        en: `${n} ${one ? 'enterprise' : 'enterprises'} eligible with conditions`,
      };
    case 'ineligible':
      return {
        el: `${n} μη ${one ? 'επιλέξιμη επιχείρηση' : 'επιλέξιμες επιχειρήσεις'}`,
        en: `${n} ineligible ${one ? 'enterprise' : 'enterprises'}`,
      };
    case 'any':
      return { el: `${n} ${one ? 'επιχείρηση' : 'επιχειρήσεις'}`, en: `${n} ${one ? 'enterprise' : 'enterprises'}` };
  }
}

/** Runs every other route for the same need and enterprises: how many would be eligible or conditional. */
export function alternativeRoutes(
  need: Need,
  enterprises: readonly EnterpriseFacts[],
  authority: AuthorityFacts,
  today: string,
  rules: AwardRulesConfig = AWARD_RULES,
): RouteAlternative[] {
  const routes = Object.keys(rules.routes) as AwardRoute[];
  return routes
    .filter((route) => route !== need.route)
    .map((route) => {
      const result = evaluateEligibility({ ...need, route }, enterprises, authority, today, rules);
      const r = rules.routes[route];
      return {
        route,
        name: { el: r.nameEl, en: r.nameEn },
        eligible: result.eligible.length,
        conditional: result.conditional.length,
      };
    })
    .sort((a, b) => b.eligible - a.eligible || b.conditional - a.conditional);
}

function mainExclusion(result: EligibilityResult): EligibilitySummary['mainExclusion'] {
  const counts = new Map<EligibilityRule, number>();
  for (const entry of result.ineligible)
    for (const rule of new Set(entry.checks.filter((c) => c.outcome === 'fail').map((c) => c.rule)))
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
  let best: EligibilitySummary['mainExclusion'] = null;
  for (const [rule, enterprises] of counts) if (!best || enterprises > best.enterprises) best = { rule, enterprises };
  return best;
}

function exclusionSentence(
  need: Need,
  result: EligibilityResult,
  exclusion: NonNullable<EligibilitySummary['mainExclusion']>,
  total: number,
): Bilingual {
  const { splitting } = result;
  if (exclusion.rule === 'direct_award_splitting' && splitting) {
    const m = (cents: number) => ({ el: formatMoney(cents, 'el'), en: formatMoney(cents, 'en') });
    const earlier = m(splitting.earlierNetCents);
    const limit = m(splitting.limitNetCents);
    const value = m(splitting.needNetCents);
    const count = awardsCount(splitting.relatedAwards.length);
    return {
      el: `${earlier.el} έχουν ήδη ανατεθεί απευθείας το ${splitting.year} για συναφείς κωδικούς (${count.el}): με αυτή την ανάγκη (${value.el}) θα ξεπεραστεί το όριο των ${limit.el}.`,
      en: `${earlier.en} already awarded directly in ${splitting.year} for related codes (${count.en}): this need (${value.en}) would exceed ${limit.en}.`,
    };
  }
  if (exclusion.rule === 'direct_award_value') return result.requiredProcedure.message;
  if (exclusion.rule === 'legal_form' && need.route === 'programmatic_agreement')
    return {
      el: 'Η προγραμματική σύμβαση δεν συνάπτεται με νομικά πρόσωπα ιδιωτικού δικαίου (ΚοινΣΕπ, ΚοιΣΠΕ, συνεταιρισμοί): ισχύει η διαδικασία που απαιτεί η αξία.',
      en: 'Programmatic agreements cannot be made with private-law bodies (social cooperatives, KoiSPE, cooperatives): the procedure the value requires applies.',
    };
  const name = RULE_INFO[exclusion.rule].name;
  const of = countEnterprises(total, 'any');
  return {
    el: `Ο κανόνας «${name.el}» απέκλεισε ${exclusion.enterprises} από ${of.el}.`,
    en: `The rule "${name.en}" excluded ${exclusion.enterprises} of ${of.en}.`,
  };
}

export function summarizeEligibility(
  need: Need,
  result: EligibilityResult,
  alternatives: RouteAlternative[],
): EligibilitySummary {
  const total = result.eligible.length + result.conditional.length + result.ineligible.length;
  const e = countEnterprises(result.eligible.length, 'eligible');
  const c = countEnterprises(result.conditional.length, 'conditional');
  const i = countEnterprises(result.ineligible.length, 'ineligible');
  const parts = { el: [`${e.el}, ${c.el}, ${i.el}.`], en: [`${e.en}, ${c.en}, ${i.en}.`] };
  const exclusion = mainExclusion(result);
  if (exclusion) {
    const sentence = exclusionSentence(need, result, exclusion, total);
    parts.el.push(sentence.el);
    parts.en.push(sentence.en);
  }
  const working = alternatives.filter((a) => a.eligible + a.conditional > 0);
  if (result.eligible.length === 0 && working.length > 0) {
    const list = (lang: 'el' | 'en') =>
      working
        .map(
          (a) =>
            `${a.name[lang]} (${countEnterprises(a.eligible, 'eligible')[lang]}, ${countEnterprises(a.conditional, 'conditional')[lang]})`,
        )
        .join('; ');
    parts.el.push(`Άλλες διαδικασίες για την ίδια ανάγκη: ${list('el')}.`);
    parts.en.push(`Other routes for the same need: ${list('en')}.`);
  }
  return { message: { el: parts.el.join(' '), en: parts.en.join(' ') }, mainExclusion: exclusion, alternatives };
}
