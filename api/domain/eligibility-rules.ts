import { AWARD_RULES, routeRules, type LegalReference } from './award-rules-config.ts';
import type { EligibilityRule, Need } from './eligibility.ts';
import { formatMoney } from './eligibility-format.ts';

/**
 * The rules of the eligibility engine (domain/eligibility.ts) as people read them: what
 * each checks and its legal basis, and which of them depend on the enterprise alone.
 */

/**
 * The rules that depend on the enterprise alone (not on a need): legal form for the route,
 * ΓΕΜΚΑΛΟ registration and certificate, tax and social-security clearances. "Ready to award
 * today" = none of them fails or is unknown on that date.
 */
export const READINESS_RULES: readonly EligibilityRule[] = ['legal_form', 'gemkalo_registration', 'gemkalo_certificate', 'tax_clearance', 'social_security_clearance'];

/** What each rule checks, for the criteria sheet of the shortlist. */
export const RULE_DESCRIPTIONS: Record<EligibilityRule, { el: string; en: string; reference: (route: Need['route']) => LegalReference }> = {
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
