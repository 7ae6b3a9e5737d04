import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { AWARD_RULES, routeRules, type LegalReference } from '../../domain/award-rules-config.ts';
import { formatCpv, parseCpv } from '../../domain/cpv.ts';
import { evaluateEligibility, type EligibilityRule, type EnterpriseEligibility, type Need } from '../../domain/eligibility.ts';
import { centsToDecimal, decimalToCents, formatMoney, isIsoDate } from '../../domain/eligibility-format.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import type { DirectoryRegistry } from '../../repositories/sqlite/directory-registry.ts';
import {
  filterPublished,
  findCpvCandidates,
  loadAuthorityFacts,
  loadEnterpriseFacts,
  loadNeedCpv,
} from '../../repositories/eligibility-facts.ts';
import type { Criteria, EligibilityEntry, EligibilityResponse, NeedBody } from '../../http/eligibility-schemas.ts';
import { todayInAthens } from '../../domain/athens-today.ts';

/** What the search reads: the database and the directory's area tree and text search. */
export interface EligibilitySearchDeps {
  db: Kysely<Database>;
  registry: Pick<DirectoryRegistry, 'areaTree' | 'search'>;
}

export { todayInAthens };

/** What each rule checks, for the criteria sheet of the shortlist. */
const RULE_DESCRIPTIONS: Record<EligibilityRule, { el: string; en: string; reference: (route: Need['route']) => LegalReference }> = {
  legal_form: {
    el: 'Η νομική μορφή (ή, για το άρθ. 20, το ποσοστό εργαζομένων με αναπηρία/μειονεκτούντων > 30% με βεβαίωση) επιτρέπεται για τη διαδικασία',
    en: 'The legal form (or, for art. 20, an evidenced share of disabled/disadvantaged workers > 30%) qualifies for the route',
    reference: (route) => routeRules(route).reference,
  },
  gemkalo_registration: { el: 'Ενεργή εγγραφή στο ΓΕΜΚΑΛΟ', en: 'Active ΓΕΜΚΑΛΟ registration', reference: () => AWARD_RULES.gemkalo.reference },
  gemkalo_certificate: {
    el: 'Βεβαίωση μέλους ΓΕΜΚΑΛΟ σε ισχύ την ημέρα έναρξης',
    en: 'ΓΕΜΚΑΛΟ membership certificate valid on the start date',
    reference: () => AWARD_RULES.gemkalo.reference,
  },
  tax_clearance: {
    el: `Φορολογική ενημερότητα σε ισχύ την ημέρα έναρξης (προειδοποίηση αν λήγει εντός ${AWARD_RULES.clearances.expiryWarningDays} ημερών)`,
    en: `Tax clearance valid on the start date (warning if it expires within ${AWARD_RULES.clearances.expiryWarningDays} days)`,
    reference: () => AWARD_RULES.clearances.taxReference,
  },
  social_security_clearance: {
    el: `Ασφαλιστική ενημερότητα σε ισχύ την ημέρα έναρξης (προειδοποίηση αν λήγει εντός ${AWARD_RULES.clearances.expiryWarningDays} ημερών)`,
    en: `Social-security clearance valid on the start date (warning if it expires within ${AWARD_RULES.clearances.expiryWarningDays} days)`,
    reference: () => AWARD_RULES.clearances.socialSecurityReference,
  },
  service_match: {
    el: 'Υπηρεσία με κωδικό CPV ίδιο ή ειδικότερο (μερική αντιστοίχιση: προειδοποίηση)',
    en: 'A service with the same or a narrower CPV code (partial match: warning)',
    reference: () => AWARD_RULES.cpvMatch.reference,
  },
  place_of_performance: {
    el: 'Εξυπηρετεί περιοχή που καλύπτει τον τόπο εκτέλεσης',
    en: 'Serves an area covering the place of performance',
    reference: () => AWARD_RULES.placeOfPerformance.reference,
  },
  direct_award_value: {
    el: `Αξία έως ${formatMoney(AWARD_RULES.directAward.maxNetCents, 'el')} χωρίς ΦΠΑ`,
    en: `Value up to ${formatMoney(AWARD_RULES.directAward.maxNetCents, 'en')} net of VAT`,
    reference: () => AWARD_RULES.directAward.reference,
  },
  direct_award_splitting: {
    el: 'Άθροισμα απευθείας αναθέσεων του έτους στην ίδια τάξη CPV (4 ψηφία), όλες οι υπηρεσίες, μαζί με την παρούσα, έως το όριο',
    en: "The year's direct awards in the same CPV class (4 digits), all departments, plus this one, within the limit",
    reference: () => AWARD_RULES.directAward.reference,
  },
  social_services_cpv: {
    el: 'Όλοι οι κωδικοί CPV στον κατάλογο κοινωνικών υπηρεσιών',
    en: 'Every CPV code in the social-services list',
    reference: () => AWARD_RULES.socialServices.reference,
  },
  social_services_duration: {
    el: `Διάρκεια έως ${AWARD_RULES.socialServices.maxDurationMonths} μήνες`,
    en: `Duration at most ${AWARD_RULES.socialServices.maxDurationMonths} months`,
    reference: () => AWARD_RULES.socialServices.reference,
  },
  social_services_previous_award: {
    el: `Καμία ανάθεση με αυτή τη διαδικασία στον ίδιο φορέα τους τελευταίους ${AWARD_RULES.socialServices.previousAwardLookbackMonths} μήνες`,
    en: `No award under this route to the same operator in the past ${AWARD_RULES.socialServices.previousAwardLookbackMonths} months`,
    reference: () => AWARD_RULES.socialServices.reference,
  },
};

function rulesFor(need: Need): EligibilityRule[] {
  const rules: EligibilityRule[] = ['legal_form', 'gemkalo_registration', 'gemkalo_certificate', 'tax_clearance', 'social_security_clearance', 'service_match'];
  if (need.place) rules.push('place_of_performance');
  if (need.route === 'direct_award') rules.push('direct_award_value', 'direct_award_splitting');
  if (need.route === 'reserved_social_services') rules.push('social_services_cpv', 'social_services_duration', 'social_services_previous_award');
  return rules;
}

function toEntry(evaluation: EnterpriseEligibility): EligibilityEntry {
  const { rotation, ...rest } = evaluation;
  return {
    ...rest,
    rotation: {
      lastAwardedOn: rotation.lastAwardedOn,
      awardedNet: centsToDecimal(rotation.awardedNetCentsInWindow),
      contractsInWindow: rotation.contractsInWindow,
      windowMonths: rotation.windowMonths,
    },
    documents: { ...evaluation.documents },
  };
}

/**
 * Validates a need (naming the offending field), loads the candidates and their facts and
 * runs the engine. Candidates: enterprises with a service related to a needed CPV code (at
 * least the same group); with keywords as well, only those the text search also finds;
 * with keywords alone, those the text search finds.
 */
export async function runEligibilitySearch(
  app: EligibilitySearchDeps,
  input: NeedBody,
  location: 'body' | 'query',
): Promise<EligibilityResponse> {
  const codes: string[] = [];
  (input.cpv ?? []).forEach((raw, i) => {
    const parsed = parseCpv(raw);
    if (!parsed) throw invalidParameter(`cpv[${i}]`, msg('eligibility.cpv_format', { value: raw }), location);
    if (!codes.includes(parsed.code)) codes.push(parsed.code);
  });
  const keywords = input.keywords?.trim() || null;
  if (codes.length === 0 && !keywords) throw invalidParameter('cpv', msg('eligibility.need_something'), location);
  const needCpv = await loadNeedCpv(app.db, codes);
  codes.forEach((code, i) => {
    if (!needCpv.has(code)) throw invalidParameter(`cpv[${i}]`, msg('contracts.cpv_unknown', { code }), location);
  });
  let valueNetCents: number | null = null;
  if (input.valueNet !== undefined) {
    valueNetCents = decimalToCents(input.valueNet);
    if (valueNetCents === null) throw invalidParameter('valueNet', msg('money.format'), location);
  }
  const today = todayInAthens();
  const startDate = input.startDate ?? today;
  if (!isIsoDate(startDate)) throw invalidParameter('startDate', msg('eligibility.date'), location);
  let place: Need['place'] = null;
  if (input.place) {
    const area = app.registry.areaTree.get(input.place);
    if (!area) throw invalidParameter('place', msg('area.unknown', { id: input.place }), location);
    place = { id: area.id, nameEl: area.nameEl, nameEn: area.nameEn, coveringIds: app.registry.areaTree.covering(area.id) };
  }
  const need: Need = {
    cpvCodes: codes.map((code) => needCpv.get(code)!),
    keywords,
    route: input.route,
    valueNetCents,
    startDate,
    durationMonths: input.durationMonths ?? null,
    place,
  };

  let keywordIds: Set<string> | null = null;
  if (keywords) keywordIds = new Set(app.registry.search({ q: keywords, page: 1, pageSize: 1000 }).ids);
  let candidates: string[];
  if (codes.length > 0) {
    candidates = await findCpvCandidates(app.db, codes, AWARD_RULES.cpvMatch.candidateScore);
    if (keywordIds) candidates = candidates.filter((id) => keywordIds.has(id));
  } else candidates = await filterPublished(app.db, [...keywordIds!]);

  const facts = await loadEnterpriseFacts(app.db, candidates, keywordIds ?? new Set());
  const authority = await loadAuthorityFacts(app.db, startDate.slice(0, 4));
  const result = evaluateEligibility(need, facts, authority, today);
  const rules = routeRules(need.route);
  const criteria: Criteria = {
    today,
    route: { id: need.route, name: { el: rules.nameEl, en: rules.nameEn }, reference: rules.reference },
    cpv: codes.map((code) => {
      const row = needCpv.get(code)!;
      return { code, formatted: formatCpv(code, row.checkDigit), label: { el: row.labelEl, en: row.labelEn }, socialServices: row.socialServices };
    }),
    keywords,
    valueNet: valueNetCents === null ? null : centsToDecimal(valueNetCents),
    startDate,
    durationMonths: need.durationMonths,
    place: place ? { id: place.id, name: { el: place.nameEl, en: place.nameEn } } : null,
    rules: rulesFor(need).map((rule) => {
      const description = RULE_DESCRIPTIONS[rule];
      return { rule, description: { el: description.el, en: description.en }, reference: description.reference(need.route) };
    }),
  };
  return {
    criteria,
    eligible: result.eligible.map(toEntry),
    conditional: result.conditional.map(toEntry),
    ineligible: result.ineligible.map(toEntry),
  };
}
