import type { Lang } from '../../api/procurement.ts';

/** Names shared by the procurement pages, in Greek (default) and English. */

export const ROUTE_NAMES: Record<string, Record<Lang, string>> = {
  reserved_art20: { el: 'Σύμβαση με επιφύλαξη (άρθ. 20)', en: 'Reserved contract (art. 20)' },
  reserved_social_services: { el: 'Επιφύλαξη για κοινωνικές υπηρεσίες', en: 'Reserved for social services' },
  direct_award: { el: 'Απευθείας ανάθεση', en: 'Direct award' },
  programmatic_agreement: { el: 'Προγραμματική σύμβαση', en: 'Programmatic agreement' },
  open_procedure: { el: 'Ανοικτή διαδικασία', en: 'Open procedure' },
};

export const ROUTES = Object.keys(ROUTE_NAMES);

export const RULE_NAMES: Record<string, Record<Lang, string>> = {
  legal_form: { el: 'Νομική μορφή / ποσοστό εργαζομένων', en: 'Legal form / workforce share' },
  gemkalo_registration: { el: 'Εγγραφή ΓΕΜΚΑΛΟ', en: 'ΓΕΜΚΑΛΟ registration' },
  gemkalo_certificate: { el: 'Βεβαίωση ΓΕΜΚΑΛΟ', en: 'ΓΕΜΚΑΛΟ certificate' },
  tax_clearance: { el: 'Φορολογική ενημερότητα', en: 'Tax clearance' },
  social_security_clearance: { el: 'Ασφαλιστική ενημερότητα', en: 'Social-security clearance' },
  service_match: { el: 'Αντιστοίχιση CPV', en: 'CPV match' },
  place_of_performance: { el: 'Τόπος εκτέλεσης', en: 'Place of performance' },
  direct_award_value: { el: 'Όριο απευθείας ανάθεσης', en: 'Direct-award limit' },
  direct_award_splitting: { el: 'Κατάτμηση', en: 'Splitting' },
  social_services_cpv: { el: 'Κατάλογος κοινωνικών υπηρεσιών', en: 'Social-services list' },
  social_services_duration: { el: 'Διάρκεια', en: 'Duration' },
  social_services_previous_award: { el: 'Προηγούμενη ανάθεση', en: 'Previous award' },
};

export const OUTCOME_NAMES: Record<string, Record<Lang, string>> = {
  pass: { el: 'Πληροί', en: 'Pass' },
  fail: { el: 'Δεν πληροί', en: 'Fail' },
  warning: { el: 'Προσοχή', en: 'Warning' },
  unknown: { el: 'Άγνωστο', en: 'Unknown' },
};

/** Text marks so that the outcome never relies on colour alone (WCAG 1.4.1). */
export const OUTCOME_MARKS: Record<string, string> = { pass: '✓', fail: '✗', warning: '!', unknown: '?' };

export function currentLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'el';
}
