import type { AwardRoute } from './award-routes.ts';
import { ACTIVITY_RULES } from './activity-codes.ts';
import { AWARD_RULES, routeRules, type Bilingual, type LegalReference } from './award-rules-config.ts';
import type { EligibilityRule, Need } from './eligibility-types.ts';
import { PROCEDURE_THRESHOLDS } from './procedure-thresholds.ts';

/**
 * What each rule checks, in both languages, with its legal reference: the criteria sheet of
 * the shortlist, the rule names of the summary, and the list of rules a need is checked
 * against. One list (STYLE §11): pages and exports read it, never restate it.
 */

export interface RuleInfo {
  name: Bilingual;
  description: Bilingual;
  reference: (route: AwardRoute) => LegalReference;
}

const days = AWARD_RULES.clearances.expiryWarningDays;
const CERTIFICATE_DATES = {
  el: 'σε ισχύ την ημερομηνία της απόφασης ανάθεσης και την ημέρα έναρξης, ελεγμένη από την υπηρεσία',
  en: 'valid on the award decision date and on the start date, checked by staff',
};
const certificate = (el: string, en: string, reference: LegalReference): RuleInfo => ({
  name: { el, en },
  description: { el: `${el} ${CERTIFICATE_DATES.el}`, en: `${en} ${CERTIFICATE_DATES.en}` },
  reference: () => reference,
});
const clearanceWindow = {
  el: ` (προειδοποίηση αν λήγει εντός ${days} ημερών από την έναρξη)`,
  en: ` (warning if it expires within ${days} days of the start)`,
};

export const RULE_INFO: Record<EligibilityRule, RuleInfo> = {
  legal_form: {
    name: { el: 'Νομική μορφή', en: 'Legal form' },
    description: { el: 'Η νομική μορφή επιτρέπεται για τη διαδικασία', en: 'The legal form qualifies for the route' },
    reference: (route) => routeRules(route).reference,
  },
  art20_statutes_purpose: {
    name: { el: 'Καταστατικός σκοπός ένταξης (άρθ. 20)', en: 'Statutory integration purpose (art. 20)' },
    description: {
      el: 'Για φορείς που δεν εμπίπτουν στο άρθ. 20 λόγω μορφής: κύριος καταστατικός σκοπός η κοινωνική και επαγγελματική ένταξη, επαληθευμένος από την υπηρεσία',
      en: 'For operators that do not qualify by form: a main statutory purpose of social and professional integration, verified by staff',
    },
    reference: () => AWARD_RULES.art20.reference,
  },
  art20_workforce_share: {
    name: { el: 'Ποσοστό εργαζομένων (άρθ. 20)', en: 'Workforce share (art. 20)' },
    description: {
      el: `Για φορείς που δεν εμπίπτουν στο άρθ. 20 λόγω μορφής: άνω του ${AWARD_RULES.art20.minWorkforceSharePercentExclusive}% εργαζόμενοι με αναπηρία ή μειονεκτούντες, με ελεγμένη βεβαίωση`,
      en: `For operators that do not qualify by form: more than ${AWARD_RULES.art20.minWorkforceSharePercentExclusive}% disabled or disadvantaged workers, with a checked certificate`,
    },
    reference: () => AWARD_RULES.art20.reference,
  },
  gemkalo_registration: {
    name: { el: 'Εγγραφή ΓΕΜΚΑΛΟ', en: 'ΓΕΜΚΑΛΟ registration' },
    description: { el: 'Ενεργή εγγραφή στο ΓΕΜΚΑΛΟ', en: 'Active ΓΕΜΚΑΛΟ registration' },
    reference: () => AWARD_RULES.gemkalo.reference,
  },
  gemkalo_certificate: certificate(
    'Βεβαίωση μέλους ΓΕΜΚΑΛΟ',
    'ΓΕΜΚΑΛΟ membership certificate',
    AWARD_RULES.gemkalo.reference,
  ),
  tax_clearance: {
    ...certificate('Φορολογική ενημερότητα', 'Tax clearance', AWARD_RULES.clearances.taxReference),
    description: {
      el: `Φορολογική ενημερότητα ${CERTIFICATE_DATES.el}${clearanceWindow.el}`,
      en: `Tax clearance ${CERTIFICATE_DATES.en}${clearanceWindow.en}`,
    },
  },
  social_security_clearance: {
    ...certificate(
      'Ασφαλιστική ενημερότητα',
      'Social-security clearance',
      AWARD_RULES.clearances.socialSecurityReference,
    ),
    description: {
      el: `Ασφαλιστική ενημερότητα ${CERTIFICATE_DATES.el}${clearanceWindow.el}`,
      en: `Social-security clearance ${CERTIFICATE_DATES.en}${clearanceWindow.en}`,
    },
  },
  criminal_record: certificate(
    'Απόσπασμα ποινικού μητρώου',
    'Criminal-record certificate',
    AWARD_RULES.clearances.criminalRecordReference,
  ),
  gemi_certificate: certificate('Πιστοποιητικό ΓΕΜΗ', 'GEMI certificate', AWARD_RULES.clearances.gemiReference),
  activity_codes: {
    name: { el: 'ΚΑΔ', en: 'Activity codes (ΚΑΔ)' },
    description: {
      el: 'Οι ΚΑΔ της επιχείρησης (με την έκδοσή τους) καλύπτουν το αντικείμενο (ενδεικτική αντιστοίχιση με το CPV· αλλιώς επιβεβαίωση από την υπηρεσία)',
      en: "The enterprise's ΚΑΔ codes (with their version) cover the object (indicative correspondence with the CPV; otherwise staff confirm)",
    },
    reference: () => ACTIVITY_RULES.reference,
  },
  service_match: {
    name: { el: 'Αντιστοίχιση CPV', en: 'CPV match' },
    description: {
      el: 'Υπηρεσία με κωδικό CPV ίδιο ή ειδικότερο (μερική αντιστοίχιση: προειδοποίηση)',
      en: 'A service with the same or a narrower CPV code (partial match: warning)',
    },
    reference: () => AWARD_RULES.cpvMatch.reference,
  },
  place_of_performance: {
    name: { el: 'Τόπος εκτέλεσης', en: 'Place of performance' },
    description: {
      el: 'Εξυπηρετεί περιοχή που καλύπτει τον τόπο εκτέλεσης',
      en: 'Serves an area covering the place of performance',
    },
    reference: () => AWARD_RULES.placeOfPerformance.reference,
  },
  direct_award_value: {
    name: { el: 'Όριο απευθείας ανάθεσης', en: 'Direct-award limit' },
    description: {
      el: 'Αξία με δικαιώματα προαίρεσης και παρατάσεις έως το όριο (30.000 € υπηρεσίες και προμήθειες, 60.000 € έργα, χωρίς ΦΠΑ)',
      en: 'Value with options and extensions within the limit (€30,000 services and supplies, €60,000 works, net of VAT)',
    },
    reference: () => PROCEDURE_THRESHOLDS.directAward.reference,
  },
  direct_award_splitting: {
    name: { el: 'Κατάτμηση', en: 'Splitting' },
    description: {
      el: 'Απευθείας αναθέσεις του οικονομικού έτους της απόφασης, όλων των υπηρεσιών και αναδόχων, για συναφείς κωδικούς CPV (ο ένας περιέχει τον άλλο ή ίδια ομάδα), μαζί με την παρούσα, έως το όριο· συναφείς αναθέσεις κάτω από το όριο: η υπηρεσία κρίνει',
      en: "The decision year's direct awards, all departments and suppliers, for related CPV codes (one contains the other or the same group), plus this one, within the limit; related awards under it: staff judge",
    },
    reference: () => AWARD_RULES.directAward.reference,
  },
  social_services_cpv: {
    name: { el: 'Κοινωνικές υπηρεσίες (Παράρτημα XIV)', en: 'Social services (Annex XIV)' },
    description: { el: 'Όλοι οι κωδικοί CPV στο Παράρτημα XIV', en: 'Every CPV code in Annex XIV' },
    reference: () => AWARD_RULES.socialServices.reference,
  },
  social_services_duration: {
    name: { el: 'Διάρκεια (άρθ. 77)', en: 'Duration (art. 77)' },
    description: {
      el: `Διάρκεια με δικαιώματα προαίρεσης και παρατάσεις έως ${AWARD_RULES.socialServices.maxDurationMonths} μήνες`,
      en: `Duration with options and extensions at most ${AWARD_RULES.socialServices.maxDurationMonths} months`,
    },
    reference: () => AWARD_RULES.socialServices.reference,
  },
  social_services_previous_award: {
    name: { el: 'Προηγούμενη ανάθεση (άρθ. 77)', en: 'Previous award (art. 77)' },
    description: {
      el: `Καμία ανάθεση με αυτή τη διαδικασία στον ίδιο φορέα τους ${AWARD_RULES.socialServices.previousAwardLookbackMonths} μήνες πριν από την απόφαση ανάθεσης`,
      en: `No award under this route to the same operator in the ${AWARD_RULES.socialServices.previousAwardLookbackMonths} months before the award decision`,
    },
    reference: () => AWARD_RULES.socialServices.reference,
  },
  social_services_statutes: {
    name: { el: 'Όροι καταστατικού (άρθ. 77 §2)', en: 'Statutes conditions (art. 77(2))' },
    description: {
      el: 'Το καταστατικό προβλέπει αποστολή δημόσιας υπηρεσίας, επανεπένδυση κερδών και συμμετοχική ιδιοκτησία ή διοίκηση, επαληθευμένα από την υπηρεσία',
      en: 'The statutes provide a public-service mission, reinvested profits and participatory ownership or management, verified by staff',
    },
    reference: () => AWARD_RULES.socialServices.reference,
  },
};

/** The rules a need is checked against, in the order the engine reports them. */
export function rulesFor(need: Pick<Need, 'route' | 'place'>): EligibilityRule[] {
  const rules: EligibilityRule[] = [];
  if (need.route === 'reserved_social_services') rules.push('social_services_statutes');
  else if (need.route === 'reserved_art20') rules.push('legal_form', 'art20_statutes_purpose', 'art20_workforce_share');
  else rules.push('legal_form');
  rules.push(
    'gemkalo_registration',
    'gemkalo_certificate',
    'tax_clearance',
    'social_security_clearance',
    'criminal_record',
    'gemi_certificate',
    'service_match',
    'activity_codes',
  );
  if (need.place) rules.push('place_of_performance');
  if (need.route === 'direct_award') rules.push('direct_award_value', 'direct_award_splitting');
  if (need.route === 'reserved_social_services')
    rules.push('social_services_cpv', 'social_services_duration', 'social_services_previous_award');
  return rules;
}

/** Rules that judge the need (its codes, place, value, dates of earlier awards), not the enterprise alone. */
const NEED_RULES: ReadonlySet<EligibilityRule> = new Set([
  'service_match',
  'activity_codes',
  'place_of_performance',
  'direct_award_value',
  'direct_award_splitting',
  'social_services_cpv',
  'social_services_duration',
  'social_services_previous_award',
]);

/**
 * The rules that depend on the enterprise alone, for a route: legal form (or, for reserved
 * social services, the art. 77(2) statutes facts; for art. 20, the statutes purpose and the
 * workforce share), ΓΕΜΚΑΛΟ registration and certificate, tax and social-security clearances,
 * the criminal-record and ΓΕΜΗ certificates (art. 73). "Ready to award" on a date = none of
 * them fails or is unknown on it.
 */
export function readinessRules(route: AwardRoute): EligibilityRule[] {
  return rulesFor({ route, place: null }).filter((rule) => !NEED_RULES.has(rule));
}
