import type { AwardRoute } from './award-routes.ts';
import type { ComplianceDocumentKind } from './compliance-documents.ts';
import type { GemkaloStatus } from './enterprise-status.ts';
import type { LegalForm } from './legal-forms.ts';
import { AWARD_RULES, type AwardRulesConfig, type LegalReference } from './award-rules-config.ts';
import { contractTypeOf, matchCpv, type CpvMatchKind } from './cpv.ts';
import { addDays, addMonths, formatDate, formatMoney, formatPercent } from './eligibility-format.ts';
import { legalFormInfo } from './legal-forms.ts';

/**
 * The eligibility engine: "may we award this need to this enterprise today, and by this
 * route?" Pure — the caller loads the facts (api/repositories/eligibility-facts.ts) and
 * passes them in; every threshold comes from award-rules-config.ts.
 *
 * Decisions (documented in README "Finding eligible enterprises"):
 * - Outcomes: `fail` = a rule is broken on the facts we hold; `unknown` = the register
 *   lacks the fact (no certificate on file, no workforce figures); `warning` = allowed,
 *   but staff must act (certificate expiring, broader CPV match). Any fail → ineligible;
 *   otherwise any warning/unknown → conditional; otherwise eligible.
 * - Certificates (clearances, ΓΕΜΚΑΛΟ): the one with the latest `valid_until` counts.
 *   Valid on the start date → pass, or warning if it expires within the configured window
 *   (30 days) after the start. Expired before the start: fail if it has already expired
 *   today; if it is still valid today (the start lies in the future) a renewal is routine,
 *   so warning.
 * - Art. 20 for forms that do not qualify by themselves: share ≤ 30% → fail; no figures,
 *   or > 30% without a valid workforce-composition certificate → unknown (not fail: the
 *   evidence may exist on paper).
 * - Splitting: earlier direct awards in the same CPV class and the start date's calendar
 *   year, all departments, all suppliers, plus this value.
 */

export type CheckOutcome = 'pass' | 'fail' | 'warning' | 'unknown';
export type EligibilityGroup = 'eligible' | 'conditional' | 'ineligible';
export type EligibilityRule =
  | 'legal_form'
  | 'gemkalo_registration'
  | 'gemkalo_certificate'
  | 'tax_clearance'
  | 'social_security_clearance'
  | 'service_match'
  | 'place_of_performance'
  | 'direct_award_value'
  | 'direct_award_splitting'
  | 'social_services_cpv'
  | 'social_services_duration'
  | 'social_services_previous_award';

export interface Bilingual {
  el: string;
  en: string;
}

export interface EligibilityCheck {
  rule: EligibilityRule;
  outcome: CheckOutcome;
  message: Bilingual;
  reference: LegalReference;
}

export interface NeedCpv {
  code: string;
  /** `cpv_codes.social_services`: listed for the reserved social-services route. */
  socialServices: boolean;
}

export interface Need {
  cpvCodes: NeedCpv[];
  /** Free words; when there are no CPV codes, the caller's text search picked the candidates. */
  keywords: string | null;
  route: AwardRoute;
  valueNetCents: number | null;
  /** YYYY-MM-DD */
  startDate: string;
  durationMonths: number | null;
  /** Place of performance with the ids of every area that covers all of it (itself and its ancestors). */
  place: { id: string; nameEl: string; nameEn: string; coveringIds: string[] } | null;
}

export interface AreaRef {
  id: string;
  nameEl: string;
  nameEn: string;
}

export interface EnterpriseFacts {
  id: string;
  slug: string;
  name: string;
  legalForm: LegalForm;
  employeesCount: number | null;
  disadvantagedEmployeesCount: number | null;
  gemkaloStatus: GemkaloStatus;
  documents: Array<{ kind: ComplianceDocumentKind; validUntil: string }>;
  /** Active services only. */
  services: Array<{ id: string; title: string; cpvCodes: string[]; areas: AreaRef[] }>;
  /** Found by the need's keywords (text search done by the caller). */
  keywordMatch: boolean;
  contracts: Array<{ title: string; awardRoute: AwardRoute; awardedOn: string; valueNetCents: number }>;
}

export interface AuthorityFacts {
  /** Direct awards of the authority (all departments, all suppliers), at least those of the start date's year. */
  directAwards: Array<{ cpvCode: string; awardedOn: string; valueNetCents: number; department: string }>;
}

export interface RotationInfo {
  lastAwardedOn: string | null;
  /** Net value awarded in the configured window before the start date. */
  awardedNetCentsInWindow: number;
  contractsInWindow: number;
  windowMonths: number;
}

export interface EnterpriseEligibility {
  enterprise: { id: string; slug: string; name: string };
  group: EligibilityGroup;
  /** 0…1: how well the enterprise's services meet the needed CPV codes (CPV matchCpv scores). */
  matchQuality: number;
  matchKind: CpvMatchKind | 'keywords';
  checks: EligibilityCheck[];
  rotation: RotationInfo;
  /** Valid-until of the latest certificate of each kind on file (for the shortlist). */
  documents: Partial<Record<ComplianceDocumentKind, string>>;
}

export interface EligibilityResult {
  eligible: EnterpriseEligibility[];
  conditional: EnterpriseEligibility[];
  ineligible: EnterpriseEligibility[];
}

type Rules = AwardRulesConfig;

const DOCUMENT_NAMES: Record<ComplianceDocumentKind, Bilingual> = {
  tax_clearance: { el: 'Η φορολογική ενημερότητα', en: 'Tax clearance' },
  social_security_clearance: { el: 'Η ασφαλιστική ενημερότητα', en: 'Social-security clearance' },
  gemi_certificate: { el: 'Το πιστοποιητικό ΓΕΜΗ', en: 'GEMI certificate' },
  gemkalo_certificate: { el: 'Η βεβαίωση μέλους ΓΕΜΚΑΛΟ', en: 'ΓΕΜΚΑΛΟ membership certificate' },
  workforce_composition: { el: 'Η βεβαίωση σύνθεσης προσωπικού', en: 'Workforce-composition certificate' },
};

const MATCH_KIND_NAMES: Record<CpvMatchKind, Bilingual> = {
  exact: { el: 'ίδιος κωδικός', en: 'same code' },
  narrower: { el: 'ειδικότερος κωδικός', en: 'narrower code' },
  broader: { el: 'γενικότερος κωδικός', en: 'broader code' },
  category: { el: 'ίδια κατηγορία', en: 'same category' },
  class: { el: 'ίδια τάξη', en: 'same class' },
  group: { el: 'ίδια ομάδα', en: 'same group' },
  division: { el: 'ίδιο τμήμα', en: 'same division' },
  none: { el: 'καμία σχέση', en: 'unrelated' },
};

function check(rule: EligibilityRule, outcome: CheckOutcome, reference: LegalReference, el: string, en: string): EligibilityCheck {
  return { rule, outcome, message: { el, en }, reference };
}

function latestValidUntil(facts: EnterpriseFacts, kind: ComplianceDocumentKind): string | null {
  let latest: string | null = null;
  for (const document of facts.documents) if (document.kind === kind && (!latest || document.validUntil > latest)) latest = document.validUntil;
  return latest;
}

/** A certificate that must be valid on the start date (clearances, ΓΕΜΚΑΛΟ membership). */
export function certificateCheck(
  rule: EligibilityRule,
  kind: ComplianceDocumentKind,
  validUntil: string | null,
  need: Pick<Need, 'startDate'>,
  today: string,
  reference: LegalReference,
  rules: Rules = AWARD_RULES,
): EligibilityCheck {
  const name = DOCUMENT_NAMES[kind];
  const start = need.startDate;
  const fd = (d: string) => ({ el: formatDate(d, 'el'), en: formatDate(d, 'en') });
  const s = fd(start);
  if (!validUntil) return check(rule, 'unknown', reference, `${name.el}: δεν υπάρχει στο μητρώο.`, `${name.en}: none on file.`);
  const v = fd(validUntil);
  if (validUntil < start) {
    if (validUntil < today)
      return check(rule, 'fail', reference, `${name.el} έληξε στις ${v.el}.`, `${name.en} expired on ${v.en}.`);
    return check(
      rule,
      'warning',
      reference,
      `${name.el} ισχύει σήμερα αλλά λήγει στις ${v.el}, πριν από την έναρξη (${s.el}): χρειάζεται νέα πριν από την υπογραφή.`,
      `${name.en} is valid today but expires on ${v.en}, before the start date (${s.en}): a renewed one is needed before signing.`,
    );
  }
  const days = rules.clearances.expiryWarningDays;
  if (validUntil < addDays(start, days))
    return check(
      rule,
      'warning',
      reference,
      `${name.el} ισχύει έως ${v.el}, λιγότερο από ${days} ημέρες μετά την έναρξη (${s.el}).`,
      `${name.en} is valid until ${v.en}, less than ${days} days after the start date (${s.en}).`,
    );
  return check(rule, 'pass', reference, `${name.el} ισχύει έως ${v.el}.`, `${name.en} is valid until ${v.en}.`);
}

function legalFormCheck(need: Need, facts: EnterpriseFacts, rules: Rules): EligibilityCheck {
  const routeRules = rules.routes[need.route];
  const form = legalFormInfo(facts.legalForm);
  const reference = routeRules.reference;
  if ((routeRules.qualifyingLegalForms as readonly LegalForm[]).includes(facts.legalForm))
    return check('legal_form', 'pass', reference, `Η νομική μορφή (${form.nameEl}) επιτρέπεται για «${routeRules.nameEl}».`, `Its legal form (${form.nameEn}) qualifies for "${routeRules.nameEn}".`);
  if (!(routeRules.conditionalLegalForms as readonly LegalForm[]).includes(facts.legalForm))
    return check('legal_form', 'fail', reference, `Η νομική μορφή (${form.nameEl}) δεν επιτρέπεται για «${routeRules.nameEl}».`, `Its legal form (${form.nameEn}) does not qualify for "${routeRules.nameEn}".`);
  if (need.route !== 'reserved_art20')
    return check(
      'legal_form',
      'unknown',
      reference,
      `Η νομική μορφή (${form.nameEl}) επιτρέπεται μόνο αν το καταστατικό πληροί τους όρους της διαδικασίας: ελέγξτε το.`,
      `Its legal form (${form.nameEn}) qualifies only if its statutes meet the route's conditions: check them.`,
    );
  return workforceShareCheck(need, facts, rules);
}

/** Law 4412/2016 art. 20: any operator whose workforce is more than 30% disabled or disadvantaged. */
function workforceShareCheck(need: Need, facts: EnterpriseFacts, rules: Rules): EligibilityCheck {
  const reference = rules.art20.reference;
  const limit = rules.art20.minWorkforceSharePercentExclusive;
  const total = facts.employeesCount;
  const disadvantaged = facts.disadvantagedEmployeesCount;
  if (total === null || disadvantaged === null || total <= 0)
    return check(
      'legal_form',
      'unknown',
      reference,
      `Δεν έχουν καταχωριστεί στοιχεία προσωπικού: η μορφή επιτρέπεται μόνο με ποσοστό άνω του ${limit}% εργαζομένων με αναπηρία ή μειονεκτούντων.`,
      `No workforce figures on file: this legal form qualifies only with more than ${limit}% of workers disabled or disadvantaged.`,
    );
  const share = { el: formatPercent(disadvantaged, total, 'el'), en: formatPercent(disadvantaged, total, 'en') };
  // Integers only: disadvantaged / total > limit / 100.
  if (disadvantaged * 100 <= limit * total)
    return check(
      'legal_form',
      'fail',
      reference,
      `${disadvantaged} από ${total} εργαζόμενους (${share.el}) είναι άτομα με αναπηρία ή μειονεκτούντα· απαιτείται ποσοστό άνω του ${limit}%.`,
      `${disadvantaged} of ${total} workers (${share.en}) are disabled or disadvantaged; more than ${limit}% is required.`,
    );
  const evidence = latestValidUntil(facts, 'workforce_composition');
  if (!evidence || evidence < need.startDate)
    return check(
      'legal_form',
      'unknown',
      reference,
      `${disadvantaged} από ${total} εργαζόμενους (${share.el}) δηλώνονται ως άτομα με αναπηρία ή μειονεκτούντα, αλλά δεν υπάρχει σε ισχύ βεβαίωση σύνθεσης προσωπικού${evidence ? ` (έληξε στις ${formatDate(evidence, 'el')})` : ''}.`,
      `${disadvantaged} of ${total} workers (${share.en}) are declared disabled or disadvantaged, but there is no valid workforce-composition certificate${evidence ? ` (expired on ${evidence})` : ''}.`,
    );
  return check(
    'legal_form',
    'pass',
    reference,
    `${disadvantaged} από ${total} εργαζόμενους (${share.el}) είναι άτομα με αναπηρία ή μειονεκτούντα (άνω του ${limit}%), με βεβαίωση σε ισχύ έως ${formatDate(evidence, 'el')}.`,
    `${disadvantaged} of ${total} workers (${share.en}) are disabled or disadvantaged (more than ${limit}%), evidenced until ${evidence}.`,
  );
}

const GEMKALO_STATUS: Record<GemkaloStatus, { outcome: CheckOutcome; el: string; en: string }> = {
  active: { outcome: 'pass', el: 'ενεργή', en: 'active' },
  pending: { outcome: 'warning', el: 'σε εκκρεμότητα (ετήσια επανυποβολή)', en: 'pending (yearly re-submission)' },
  suspended: { outcome: 'fail', el: 'σε αναστολή', en: 'suspended' },
  removed: { outcome: 'fail', el: 'διαγραμμένη', en: 'removed' },
  unknown: { outcome: 'unknown', el: 'άγνωστη (δεν έχει ελεγχθεί)', en: 'unknown (not checked)' },
};

function gemkaloChecks(need: Need, facts: EnterpriseFacts, today: string, rules: Rules): EligibilityCheck[] {
  const reference = rules.gemkalo.reference;
  if (rules.gemkalo.exemptLegalForms.includes(facts.legalForm)) {
    const form = legalFormInfo(facts.legalForm);
    return [check('gemkalo_registration', 'pass', reference, `Το ΓΕΜΚΑΛΟ δεν αφορά τη μορφή «${form.nameEl}».`, `ΓΕΜΚΑΛΟ does not apply to the form "${form.nameEn}".`)];
  }
  const status = GEMKALO_STATUS[facts.gemkaloStatus];
  const checks = [
    check('gemkalo_registration', status.outcome, reference, `Εγγραφή στο ΓΕΜΚΑΛΟ: ${status.el}.`, `ΓΕΜΚΑΛΟ registration: ${status.en}.`),
    certificateCheck('gemkalo_certificate', 'gemkalo_certificate', latestValidUntil(facts, 'gemkalo_certificate'), need, today, reference, rules),
  ];
  if (rules.routes[need.route].gemkalo === 'required') return checks;
  // Advisory for this route: a lapse is worth knowing, not disqualifying.
  return checks.map((c) =>
    c.outcome === 'fail'
      ? { ...c, outcome: 'warning' as const, message: { el: `${c.message.el} (Δεν αποκλείει σε αυτή τη διαδικασία.)`, en: `${c.message.en} (Not disqualifying for this route.)` } }
      : c,
  );
}

interface ServiceMatch {
  score: number;
  kind: CpvMatchKind | 'keywords';
  check: EligibilityCheck;
  /** Services that meet the need (for the place-of-performance rule). */
  services: EnterpriseFacts['services'];
}

function serviceMatch(need: Need, facts: EnterpriseFacts, rules: Rules): ServiceMatch {
  const reference = rules.cpvMatch.reference;
  if (need.cpvCodes.length === 0) {
    const words = need.keywords ?? '';
    return facts.keywordMatch
      ? {
          score: 0.5,
          kind: 'keywords',
          services: facts.services,
          check: check('service_match', 'pass', reference, `Βρέθηκε με τις λέξεις «${words}».`, `Found by the words "${words}".`),
        }
      : {
          score: 0,
          kind: 'none',
          services: [],
          check: check('service_match', 'fail', reference, `Δεν βρέθηκε με τις λέξεις «${words}».`, `Not found by the words "${words}".`),
        };
  }
  const matching = new Set<EnterpriseFacts['services'][number]>();
  const perCode = need.cpvCodes.map(({ code }) => {
    let best = { score: 0, kind: 'none' as CpvMatchKind, offered: '', title: '' };
    for (const service of facts.services)
      for (const offered of service.cpvCodes) {
        const match = matchCpv(code, offered);
        if (match.score >= rules.cpvMatch.candidateScore) matching.add(service);
        if (match.score > best.score) best = { ...match, offered, title: service.title };
      }
    return { code, ...best };
  });
  const score = Math.round((perCode.reduce((sum, m) => sum + m.score, 0) / perCode.length) * 100) / 100;
  const weakest = perCode.reduce((a, b) => (b.score < a.score ? b : a));
  const describe = (lang: 'el' | 'en') =>
    perCode
      .map((m) =>
        m.score === 0
          ? lang === 'el'
            ? `${m.code}: καμία υπηρεσία`
            : `${m.code}: no service`
          : `${m.code} ← «${m.title}» ${m.offered} (${MATCH_KIND_NAMES[m.kind][lang]})`,
      )
      .join('; ');
  let outcome: CheckOutcome = 'pass';
  if (weakest.score < rules.cpvMatch.candidateScore) outcome = 'fail';
  else if (weakest.score < rules.cpvMatch.passScore) outcome = 'warning';
  const lead = {
    pass: { el: 'Οι υπηρεσίες καλύπτουν την ανάγκη', en: 'Its services meet the need' },
    warning: { el: 'Μερική αντιστοίχιση CPV, ελέγξτε', en: 'Partial CPV match, check it' },
    fail: { el: 'Δεν καλύπτεται κάθε κωδικός CPV', en: 'Not every CPV code is met' },
    unknown: { el: '', en: '' },
  }[outcome];
  return {
    score,
    kind: weakest.kind,
    services: [...matching],
    check: check('service_match', outcome, reference, `${lead.el}: ${describe('el')}.`, `${lead.en}: ${describe('en')}.`),
  };
}

function placeCheck(need: Need, services: EnterpriseFacts['services'], rules: Rules): EligibilityCheck | null {
  if (!need.place) return null;
  const reference = rules.placeOfPerformance.reference;
  const place = need.place;
  const covering = new Set(place.coveringIds);
  const areas = new Map<string, AreaRef>();
  for (const service of services) for (const area of service.areas) areas.set(area.id, area);
  const served = [...areas.values()].find((a) => covering.has(a.id));
  if (served)
    return check('place_of_performance', 'pass', reference, `Εξυπηρετεί: ${served.nameEl} (καλύπτει ${place.nameEl}).`, `Serves ${served.nameEn} (covers ${place.nameEn}).`);
  if (areas.size === 0)
    return check('place_of_performance', 'unknown', reference, `Δεν έχει δηλώσει περιοχές εξυπηρέτησης.`, `No service areas declared.`);
  const list = (lang: 'el' | 'en') => [...areas.values()].map((a) => (lang === 'el' ? a.nameEl : a.nameEn)).join(', ');
  return check(
    'place_of_performance',
    'fail',
    reference,
    `Δεν εξυπηρετεί ${place.nameEl}· εξυπηρετεί μόνο: ${list('el')}.`,
    `Does not serve ${place.nameEn}; serves only: ${list('en')}.`,
  );
}

/** Need-level rules of the direct-award route: the same answer for every enterprise. */
export function directAwardChecks(need: Need, authority: AuthorityFacts, rules: Rules = AWARD_RULES): EligibilityCheck[] {
  const config = rules.directAward;
  const reference = config.reference;
  const max = config.maxNetCents;
  const money = (cents: number) => ({ el: formatMoney(cents, 'el'), en: formatMoney(cents, 'en') });
  const limit = money(max);
  const types = new Set(need.cpvCodes.map((c) => contractTypeOf(c.code)));
  const unconfigured = [...types].filter((t) => !config.contractTypes.includes(t));
  if (need.valueNetCents === null) {
    const text = { el: 'Δεν δόθηκε εκτιμώμενη αξία χωρίς ΦΠΑ.', en: 'No estimated value net of VAT was given.' };
    return [check('direct_award_value', 'unknown', reference, text.el, text.en), check('direct_award_splitting', 'unknown', reference, text.el, text.en)];
  }
  const value = money(need.valueNetCents);
  const checks: EligibilityCheck[] = [];
  if (unconfigured.length > 0)
    checks.push(check('direct_award_value', 'unknown', reference, `Το όριο δεν έχει οριστεί για έργα: ελέγξτε το ισχύον όριο.`, `No threshold is configured for works: check the applicable one.`));
  else if (need.valueNetCents > max)
    checks.push(check('direct_award_value', 'fail', reference, `Η αξία ${value.el} υπερβαίνει το όριο απευθείας ανάθεσης (${limit.el} χωρίς ΦΠΑ).`, `The value ${value.en} is above the direct-award limit (${limit.en} net of VAT).`));
  else
    checks.push(check('direct_award_value', 'pass', reference, `Η αξία ${value.el} δεν υπερβαίνει το όριο (${limit.el} χωρίς ΦΠΑ).`, `The value ${value.en} is within the limit (${limit.en} net of VAT).`));

  if (need.cpvCodes.length === 0) {
    checks.push(check('direct_award_splitting', 'unknown', reference, 'Χωρίς κωδικό CPV δεν ελέγχεται η κατάτμηση.', 'Splitting cannot be checked without a CPV code.'));
    return checks;
  }
  const year = need.startDate.slice(0, 4);
  const digits = config.splittingCpvDigits;
  const classes = [...new Set(need.cpvCodes.map((c) => c.code.slice(0, digits)))];
  for (const cpvClass of classes) {
    const earlier = authority.directAwards.filter((a) => a.awardedOn.startsWith(year) && a.cpvCode.startsWith(cpvClass));
    const earlierCents = earlier.reduce((sum, a) => sum + a.valueNetCents, 0);
    const departments = new Set(earlier.map((a) => a.department)).size;
    const total = money(earlierCents + need.valueNetCents);
    const prior = money(earlierCents);
    const figures = {
      el: `Απευθείας αναθέσεις ${year} στην τάξη CPV ${cpvClass} (όλες οι υπηρεσίες): ${earlier.length} συμβάσεις από ${departments} υπηρεσίες, ${prior.el}· μαζί με την παρούσα (${value.el}) ${total.el}`,
      en: `Direct awards in ${year} in CPV class ${cpvClass} (all departments): ${earlier.length} contracts from ${departments} departments, ${prior.en}; with this one (${value.en}) ${total.en}`,
    };
    if (earlierCents + need.valueNetCents > max)
      checks.push(check('direct_award_splitting', 'fail', reference, `${figures.el}, πάνω από το όριο ${limit.el}: η κατάτμηση απαγορεύεται.`, `${figures.en}, above the ${limit.en} limit: splitting is forbidden.`));
    else checks.push(check('direct_award_splitting', 'pass', reference, `${figures.el}, εντός του ορίου ${limit.el}.`, `${figures.en}, within the ${limit.en} limit.`));
  }
  return checks;
}

/** Directive 2014/24 art. 77: listed CPV codes, at most 3 years, no award to the same operator under it in 3 years. */
function socialServicesChecks(need: Need, facts: EnterpriseFacts, rules: Rules): EligibilityCheck[] {
  const config = rules.socialServices;
  const reference = config.reference;
  const checks: EligibilityCheck[] = [];
  if (need.cpvCodes.length === 0)
    checks.push(check('social_services_cpv', 'unknown', reference, 'Δεν δόθηκε κωδικός CPV.', 'No CPV code was given.'));
  else {
    const outside = need.cpvCodes.filter((c) => !c.socialServices).map((c) => c.code);
    checks.push(
      outside.length === 0
        ? check('social_services_cpv', 'pass', reference, 'Όλοι οι κωδικοί CPV είναι κοινωνικές υπηρεσίες του καταλόγου.', 'Every CPV code is a listed social service.')
        : check('social_services_cpv', 'fail', reference, `Εκτός καταλόγου κοινωνικών υπηρεσιών: ${outside.join(', ')}.`, `Not listed social services: ${outside.join(', ')}.`),
    );
  }
  const max = config.maxDurationMonths;
  if (need.durationMonths === null)
    checks.push(check('social_services_duration', 'unknown', reference, 'Δεν δόθηκε διάρκεια.', 'No duration was given.'));
  else if (need.durationMonths > max)
    checks.push(check('social_services_duration', 'fail', reference, `Διάρκεια ${need.durationMonths} μήνες: μέγιστη ${max}.`, `Duration ${need.durationMonths} months: at most ${max}.`));
  else checks.push(check('social_services_duration', 'pass', reference, `Διάρκεια ${need.durationMonths} μήνες (έως ${max}).`, `Duration ${need.durationMonths} months (at most ${max}).`));

  const lookback = config.previousAwardLookbackMonths;
  const since = addMonths(need.startDate, -lookback);
  const previous = facts.contracts
    .filter((c) => c.awardRoute === 'reserved_social_services' && c.awardedOn >= since)
    .sort((a, b) => b.awardedOn.localeCompare(a.awardedOn))[0];
  checks.push(
    previous
      ? check(
          'social_services_previous_award',
          'fail',
          reference,
          `Ανατέθηκε «${previous.title}» με αυτή τη διαδικασία στις ${formatDate(previous.awardedOn, 'el')}, εντός ${lookback} μηνών.`,
          `Awarded "${previous.title}" under this route on ${previous.awardedOn}, within ${lookback} months.`,
        )
      : check('social_services_previous_award', 'pass', reference, `Καμία ανάθεση με αυτή τη διαδικασία από ${formatDate(since, 'el')}.`, `No award under this route since ${since}.`),
  );
  return checks;
}

export function rotationOf(facts: EnterpriseFacts, startDate: string, rules: Rules = AWARD_RULES): RotationInfo {
  const since = addMonths(startDate, -rules.rotation.windowMonths);
  let lastAwardedOn: string | null = null;
  let cents = 0;
  let count = 0;
  for (const contract of facts.contracts) {
    if (!lastAwardedOn || contract.awardedOn > lastAwardedOn) lastAwardedOn = contract.awardedOn;
    if (contract.awardedOn >= since && contract.awardedOn <= startDate) {
      cents += contract.valueNetCents;
      count++;
    }
  }
  return { lastAwardedOn, awardedNetCentsInWindow: cents, contractsInWindow: count, windowMonths: rules.rotation.windowMonths };
}

export function groupOf(checks: EligibilityCheck[]): EligibilityGroup {
  if (checks.some((c) => c.outcome === 'fail')) return 'ineligible';
  if (checks.some((c) => c.outcome === 'warning' || c.outcome === 'unknown')) return 'conditional';
  return 'eligible';
}

export function evaluateEnterprise(
  need: Need,
  facts: EnterpriseFacts,
  authority: AuthorityFacts,
  today: string,
  rules: Rules = AWARD_RULES,
): EnterpriseEligibility {
  const match = serviceMatch(need, facts, rules);
  const checks: EligibilityCheck[] = [legalFormCheck(need, facts, rules), ...gemkaloChecks(need, facts, today, rules)];
  checks.push(certificateCheck('tax_clearance', 'tax_clearance', latestValidUntil(facts, 'tax_clearance'), need, today, rules.clearances.taxReference, rules));
  checks.push(
    certificateCheck(
      'social_security_clearance',
      'social_security_clearance',
      latestValidUntil(facts, 'social_security_clearance'),
      need,
      today,
      rules.clearances.socialSecurityReference,
      rules,
    ),
  );
  checks.push(match.check);
  const place = placeCheck(need, match.services, rules);
  if (place) checks.push(place);
  if (need.route === 'direct_award') checks.push(...directAwardChecks(need, authority, rules));
  if (need.route === 'reserved_social_services') checks.push(...socialServicesChecks(need, facts, rules));
  const documents: EnterpriseEligibility['documents'] = {};
  for (const document of facts.documents) {
    const current = documents[document.kind];
    if (!current || document.validUntil > current) documents[document.kind] = document.validUntil;
  }
  return {
    enterprise: { id: facts.id, slug: facts.slug, name: facts.name },
    group: groupOf(checks),
    matchQuality: match.score,
    matchKind: match.kind,
    checks,
    rotation: rotationOf(facts, need.startDate, rules),
    documents,
  };
}

const collator = new Intl.Collator('el');

/**
 * Ranks within each group: better CPV match first; on a tie, the enterprise that has been
 * awarded less in the rotation window, then the one awarded longest ago, to spread work.
 */
export function compareForRanking(a: EnterpriseEligibility, b: EnterpriseEligibility): number {
  return (
    b.matchQuality - a.matchQuality ||
    a.rotation.awardedNetCentsInWindow - b.rotation.awardedNetCentsInWindow ||
    (a.rotation.lastAwardedOn ?? '').localeCompare(b.rotation.lastAwardedOn ?? '') ||
    collator.compare(a.enterprise.name, b.enterprise.name)
  );
}

export function evaluateEligibility(
  need: Need,
  enterprises: EnterpriseFacts[],
  authority: AuthorityFacts,
  today: string,
  rules: Rules = AWARD_RULES,
): EligibilityResult {
  const result: EligibilityResult = { eligible: [], conditional: [], ineligible: [] };
  for (const facts of enterprises) {
    const evaluation = evaluateEnterprise(need, facts, authority, today, rules);
    result[evaluation.group].push(evaluation);
  }
  for (const group of Object.values(result)) group.sort(compareForRanking);
  return result;
}
