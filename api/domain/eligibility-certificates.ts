import type { ComplianceDocumentKind } from './compliance-documents.ts';
import type { GemkaloStatus } from './enterprise-status.ts';
import { AWARD_RULES, type AwardRulesConfig, type Bilingual, type LegalReference } from './award-rules-config.ts';
import { addDays, formatDate } from './eligibility-format.ts';
import { legalFormInfo } from './legal-forms.ts';
import {
  check,
  type CheckOutcome,
  type DocumentFact,
  type EligibilityCheck,
  type EligibilityRule,
  type EnterpriseFacts,
  type Need,
} from './eligibility-types.ts';

/**
 * Certificates before an award (Law 4412/2016 art. 73; DESIGN §2): valid on the award decision
 * date and on the start date, and counted only once staff have verified them.
 *
 * - None on file → `unknown`.
 * - The latest verified one decides: valid on both dates → `pass` (or `warning` if it expires
 *   within the configured window after the start); not valid on the decision date → `fail`,
 *   unless it is still valid today and the decision lies ahead (a renewal is routine) →
 *   `warning`; valid on the decision date but not on the start → `warning` (a renewed one is
 *   needed before the start). Each message names the date that fails.
 * - A newer certificate that staff have not verified yet → at most `warning` "to be checked"
 *   (`fail` if even it is not valid on the decision date).
 */

export const DOCUMENT_NAMES: Record<ComplianceDocumentKind, Bilingual> = {
  tax_clearance: { el: 'Η φορολογική ενημερότητα', en: 'Tax clearance' },
  social_security_clearance: { el: 'Η ασφαλιστική ενημερότητα', en: 'Social-security clearance' },
  gemi_certificate: { el: 'Το πιστοποιητικό ΓΕΜΗ', en: 'GEMI certificate' },
  gemkalo_certificate: { el: 'Η βεβαίωση μέλους ΓΕΜΚΑΛΟ', en: 'ΓΕΜΚΑΛΟ membership certificate' },
  workforce_composition: { el: 'Η βεβαίωση σύνθεσης προσωπικού', en: 'Workforce-composition certificate' },
  statutes: { el: 'Το καταστατικό', en: 'Statutes' },
  criminal_record: { el: 'Το απόσπασμα ποινικού μητρώου', en: 'Criminal-record certificate' },
};

type Rules = AwardRulesConfig;
type Dates = Pick<Need, 'startDate' | 'decisionDate'>;

function latest(
  documents: readonly DocumentFact[],
  kind: ComplianceDocumentKind,
  verifiedOnly: boolean,
): DocumentFact | null {
  let best: DocumentFact | null = null;
  for (const d of documents)
    if (d.kind === kind && (!verifiedOnly || d.verifiedAt) && (!best || d.validUntil > best.validUntil)) best = d;
  return best;
}

/** The outcome of one certificate's dates alone. */
function datesOutcome(
  name: Bilingual,
  validUntil: string,
  dates: Dates,
  today: string,
  rules: Rules,
): { outcome: CheckOutcome; el: string; en: string } {
  const v = formatDate(validUntil);
  const decision = formatDate(dates.decisionDate);
  const start = formatDate(dates.startDate);
  if (validUntil < dates.decisionDate) {
    if (validUntil < today)
      return {
        outcome: 'fail',
        el: `${name.el} έληξε στις ${v}: δεν ισχύει την ημερομηνία της απόφασης ανάθεσης (${decision}).`,
        en: `${name.en} expired on ${v}: not valid on the award decision date (${decision}).`,
      };
    return {
      outcome: 'warning',
      el: `${name.el} ισχύει σήμερα αλλά λήγει στις ${v}, πριν από την απόφαση ανάθεσης (${decision}): χρειάζεται νέα.`,
      en: `${name.en} is valid today but expires on ${v}, before the award decision date (${decision}): a renewed one is needed.`,
    };
  }
  if (validUntil < dates.startDate)
    return {
      outcome: 'warning',
      el: `${name.el} ισχύει την ημερομηνία της απόφασης (${decision}) αλλά λήγει στις ${v}, πριν από την έναρξη (${start}): χρειάζεται νέα πριν από την έναρξη.`,
      en: `${name.en} is valid on the award decision date (${decision}) but expires on ${v}, before the start date (${start}): a renewed one is needed before the start.`,
    };
  const days = rules.clearances.expiryWarningDays;
  if (validUntil < addDays(dates.startDate, days))
    return {
      outcome: 'warning',
      el: `${name.el} ισχύει έως ${v}, λιγότερο από ${days} ημέρες μετά την έναρξη (${start}).`,
      en: `${name.en} is valid until ${v}, less than ${days} days after the start date (${start}).`,
    };
  return {
    outcome: 'pass',
    el: `${name.el} ισχύει έως ${v} (απόφαση ${decision}, έναρξη ${start}).`,
    en: `${name.en} is valid until ${v} (decision ${decision}, start ${start}).`,
  };
}

/** A certificate that must be valid on the award decision date and on the start date. */
export function certificateCheck(
  rule: EligibilityRule,
  kind: ComplianceDocumentKind,
  documents: readonly DocumentFact[],
  dates: Dates,
  today: string,
  reference: LegalReference,
  rules: Rules = AWARD_RULES,
): EligibilityCheck {
  const name = DOCUMENT_NAMES[kind];
  const newest = latest(documents, kind, false);
  if (!newest)
    return check(rule, 'unknown', reference, `${name.el}: δεν υπάρχει στο μητρώο.`, `${name.en}: none on file.`);
  const verified = latest(documents, kind, true);
  const verifiedResult = verified ? datesOutcome(name, verified.validUntil, dates, today, rules) : null;
  if (verifiedResult && verifiedResult.outcome !== 'fail')
    return check(rule, verifiedResult.outcome, reference, verifiedResult.el, verifiedResult.en);
  if (newest !== verified && newest.verifiedAt === null) {
    const unverified = datesOutcome(name, newest.validUntil, dates, today, rules);
    if (unverified.outcome === 'fail') return check(rule, 'fail', reference, unverified.el, unverified.en);
    return check(
      rule,
      'warning',
      reference,
      `${unverified.el} Δεν έχει ελεγχθεί ακόμη από την υπηρεσία: προς έλεγχο.`,
      `${unverified.en} Not yet checked by staff: to be checked.`,
    );
  }
  return check(rule, 'fail', reference, verifiedResult!.el, verifiedResult!.en);
}

const GEMKALO_STATUS: Record<GemkaloStatus, { outcome: CheckOutcome; el: string; en: string }> = {
  active: { outcome: 'pass', el: 'ενεργή', en: 'active' },
  pending: { outcome: 'warning', el: 'σε εκκρεμότητα (ετήσια επανυποβολή)', en: 'pending (yearly re-submission)' },
  suspended: { outcome: 'fail', el: 'σε αναστολή', en: 'suspended' },
  removed: { outcome: 'fail', el: 'διαγραμμένη', en: 'removed' },
  unknown: { outcome: 'unknown', el: 'άγνωστη (δεν έχει ελεγχθεί)', en: 'unknown (not checked)' },
};

export function gemkaloChecks(need: Need, facts: EnterpriseFacts, today: string, rules: Rules): EligibilityCheck[] {
  const reference = rules.gemkalo.reference;
  if (rules.gemkalo.exemptLegalForms.includes(facts.legalForm)) {
    const form = legalFormInfo(facts.legalForm);
    return [
      check(
        'gemkalo_registration',
        'pass',
        reference,
        `Το ΓΕΜΚΑΛΟ δεν αφορά τη μορφή «${form.nameEl}».`,
        `ΓΕΜΚΑΛΟ does not apply to the form "${form.nameEn}".`,
      ),
    ];
  }
  const status = GEMKALO_STATUS[facts.gemkaloStatus];
  const checks = [
    check(
      'gemkalo_registration',
      status.outcome,
      reference,
      `Εγγραφή στο ΓΕΜΚΑΛΟ: ${status.el}.`,
      `ΓΕΜΚΑΛΟ registration: ${status.en}.`,
    ),
    certificateCheck('gemkalo_certificate', 'gemkalo_certificate', facts.documents, need, today, reference, rules),
  ];
  if (rules.routes[need.route].gemkalo === 'required') return checks;
  // Advisory for this route: a lapse is worth knowing, not disqualifying.
  return checks.map((c) =>
    c.outcome === 'fail'
      ? {
          ...c,
          outcome: 'warning' as const,
          message: {
            el: `${c.message.el} (Δεν αποκλείει σε αυτή τη διαδικασία.)`,
            en: `${c.message.en} (Not disqualifying for this route.)`,
          },
        }
      : c,
  );
}

/** Art. 73: tax and social-security clearances, criminal record, ΓΕΜΗ certificate. */
export function art73Checks(need: Need, facts: EnterpriseFacts, today: string, rules: Rules): EligibilityCheck[] {
  const c = rules.clearances;
  return [
    certificateCheck('tax_clearance', 'tax_clearance', facts.documents, need, today, c.taxReference, rules),
    certificateCheck(
      'social_security_clearance',
      'social_security_clearance',
      facts.documents,
      need,
      today,
      c.socialSecurityReference,
      rules,
    ),
    certificateCheck(
      'criminal_record',
      'criminal_record',
      facts.documents,
      need,
      today,
      c.criminalRecordReference,
      rules,
    ),
    certificateCheck('gemi_certificate', 'gemi_certificate', facts.documents, need, today, c.gemiReference, rules),
  ];
}
