import { msg } from '@lit/localize';
import type {
  ConsultationStatus,
  AwardRoute,
  ChangeRequestView,
  ComplianceDocumentView,
  DocumentKind,
  EligibilityResponse,
  EligibilityRule,
  EnterpriseStatus,
  GemkaloStatus,
  LegalForm,
} from '../../../api/contract.ts';

/**
 * The names of the lists the staff app shows, keyed by the ids the API uses and in the order
 * offered. The key types come from the API contract: an id the API adds fails `tsc` here until
 * it has a name. The texts are messages like any other (source language here, the others in
 * locales/), so no page keeps a list of its own.
 */

export const legalFormNames = (): Record<LegalForm, string> => ({
  koinsep_integration_vulnerable: msg('ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων', {
    id: 'legal-form.koinsep_integration_vulnerable',
  }),
  koinsep_integration_special: msg('ΚοινΣΕπ Ένταξης Ειδικών Ομάδων', { id: 'legal-form.koinsep_integration_special' }),
  koinsep_collective_benefit: msg('ΚοινΣΕπ Συλλογικού και Κοινωνικού Σκοπού', {
    id: 'legal-form.koinsep_collective_benefit',
  }),
  koispe: msg('ΚοιΣΠΕ', { id: 'legal-form.koispe' }),
  worker_coop: msg('Συνεταιρισμός Εργαζομένων', { id: 'legal-form.worker_coop' }),
  protected_workshop: msg('Προστατευόμενο εργαστήριο', { id: 'legal-form.protected_workshop' }),
  other_sse: msg('Άλλος φορέας ΚΑΛΟ', { id: 'legal-form.other_sse' }),
});

export const awardRouteNames = (): Record<AwardRoute, string> => ({
  reserved_art20: msg('Σύμβαση με επιφύλαξη (άρθ. 20)', { id: 'award-route.reserved_art20' }),
  reserved_social_services: msg('Επιφύλαξη για κοινωνικές υπηρεσίες', { id: 'award-route.reserved_social_services' }),
  direct_award: msg('Απευθείας ανάθεση', { id: 'award-route.direct_award' }),
  programmatic_agreement: msg('Προγραμματική σύμβαση', { id: 'award-route.programmatic_agreement' }),
  open_procedure: msg('Ανοικτή διαδικασία', { id: 'award-route.open_procedure' }),
});

/** Every award route, in the order of awardRouteNames(). */
export const awardRoutes = (): AwardRoute[] => Object.keys(awardRouteNames()) as AwardRoute[];

/** What happened to a change request; `applied` is a change saved without moderation. */
export const changeRequestStatusNames = (): Record<ChangeRequestView['status'] | 'applied', string> => ({
  pending: msg('Σε αναμονή έγκρισης', { id: 'change-status.pending' }),
  approved: msg('Εγκρίθηκε', { id: 'change-status.approved' }),
  rejected: msg('Απορρίφθηκε', { id: 'change-status.rejected' }),
  superseded: msg('Αντικαταστάθηκε από νεότερη', { id: 'change-status.superseded' }),
  applied: msg('Αποθηκεύτηκε', { id: 'change-status.applied' }),
});

export const documentKindNames = (): Record<DocumentKind, string> => ({
  tax_clearance: msg('Φορολογική ενημερότητα', { id: 'document-kind.tax_clearance' }),
  social_security_clearance: msg('Ασφαλιστική ενημερότητα (e-ΕΦΚΑ)', { id: 'document-kind.social_security_clearance' }),
  gemi_certificate: msg('Πιστοποιητικό ΓΕΜΗ', { id: 'document-kind.gemi_certificate' }),
  gemkalo_certificate: msg('Βεβαίωση μέλους ΓΕΜΚΑΛΟ', { id: 'document-kind.gemkalo_certificate' }),
  workforce_composition: msg('Βεβαίωση σύνθεσης προσωπικού', { id: 'document-kind.workforce_composition' }),
  statutes: msg('Καταστατικό', { id: 'document-kind.statutes' }),
  criminal_record: msg('Απόσπασμα ποινικού μητρώου', { id: 'document-kind.criminal_record' }),
});

/** A certificate counts as met in the eligibility search only once staff have checked it (issue 11). */
export const documentVerificationNames = () => ({
  checked: msg('Ελέγχθηκε από την υπηρεσία', { id: 'document-verification.checked' }),
  unchecked: msg('Προς έλεγχο από την υπηρεσία', { id: 'document-verification.unchecked' }),
});

/** A statutes fact as staff record it: the statutes say so, they do not, or not recorded (the search: unknown). */
export const statutesFactValueNames = () => ({
  yes: msg('Ναι, το προβλέπει', { id: 'statutes-value.yes' }),
  no: msg('Όχι', { id: 'statutes-value.no' }),
  unset: msg('Δεν έχει καταχωριστεί', { id: 'statutes-value.unset' }),
});

export const documentStateNames = (): Record<ComplianceDocumentView['state'], string> => ({
  valid: msg('Σε ισχύ', { id: 'document-state.valid' }),
  expiring: msg('Λήγει σύντομα', { id: 'document-state.expiring' }),
  expired: msg('Έληξε', { id: 'document-state.expired' }),
});

export const eligibilityRuleNames = (): Record<EligibilityRule, string> => ({
  legal_form: msg('Νομική μορφή', { id: 'rule.legal_form' }),
  art20_statutes_purpose: msg('Καταστατικός σκοπός ένταξης (άρθ. 20)', { id: 'rule.art20_statutes_purpose' }),
  art20_workforce_share: msg('Ποσοστό εργαζομένων (άρθ. 20)', { id: 'rule.art20_workforce_share' }),
  gemkalo_registration: msg('Εγγραφή ΓΕΜΚΑΛΟ', { id: 'rule.gemkalo_registration' }),
  gemkalo_certificate: msg('Βεβαίωση ΓΕΜΚΑΛΟ', { id: 'rule.gemkalo_certificate' }),
  tax_clearance: msg('Φορολογική ενημερότητα', { id: 'rule.tax_clearance' }),
  social_security_clearance: msg('Ασφαλιστική ενημερότητα', { id: 'rule.social_security_clearance' }),
  criminal_record: msg('Απόσπασμα ποινικού μητρώου', { id: 'rule.criminal_record' }),
  gemi_certificate: msg('Πιστοποιητικό ΓΕΜΗ', { id: 'rule.gemi_certificate' }),
  activity_codes: msg('ΚΑΔ', { id: 'rule.activity_codes' }),
  service_match: msg('Αντιστοίχιση CPV', { id: 'rule.service_match' }),
  place_of_performance: msg('Τόπος εκτέλεσης', { id: 'rule.place_of_performance' }),
  direct_award_value: msg('Όριο απευθείας ανάθεσης', { id: 'rule.direct_award_value' }),
  direct_award_splitting: msg('Κατάτμηση', { id: 'rule.direct_award_splitting' }),
  social_services_cpv: msg('Κατάλογος κοινωνικών υπηρεσιών', { id: 'rule.social_services_cpv' }),
  social_services_duration: msg('Διάρκεια', { id: 'rule.social_services_duration' }),
  social_services_previous_award: msg('Προηγούμενη ανάθεση', { id: 'rule.social_services_previous_award' }),
  social_services_statutes: msg('Όροι καταστατικού (άρθ. 77 §2)', { id: 'rule.social_services_statutes' }),
});

type Outcome = EligibilityResponse['eligible'][number]['checks'][number]['outcome'];

export const outcomeNames = (): Record<Outcome, string> => ({
  pass: msg('Πληροί', { id: 'outcome.pass' }),
  fail: msg('Δεν πληροί', { id: 'outcome.fail' }),
  warning: msg('Προσοχή', { id: 'outcome.warning' }),
  unknown: msg('Άγνωστο', { id: 'outcome.unknown' }),
});

/** Text marks so that an outcome never relies on colour alone (WCAG 1.4.1). */
export const OUTCOME_MARKS: Record<Outcome, string> = { pass: '✓', fail: '✗', warning: '!', unknown: '?' };

/** The kinds of record in an enterprise's history. */
export const historyResourceNames = (): Record<string, string> => ({
  enterprise: msg('Προφίλ', { id: 'history-resource.enterprise' }),
  service: msg('Υπηρεσία', { id: 'history-resource.service' }),
  compliance_document: msg('Δικαιολογητικό', { id: 'history-resource.compliance_document' }),
  logo: msg('Λογότυπο', { id: 'history-resource.logo' }),
});

/** What was done to a record, as the history names it (api/repositories/enterprise-history.ts callers). */
export const historyActionNames = (): Record<string, string> => ({
  create: msg('δημιουργία', { id: 'history-action.create' }),
  update: msg('αλλαγή', { id: 'history-action.update' }),
  delete: msg('διαγραφή', { id: 'history-action.delete' }),
  approve: msg('έγκριση', { id: 'history-action.approve' }),
  verify: msg('επαλήθευση', { id: 'history-action.verify' }),
  upload: msg('ανέβασμα', { id: 'history-action.upload' }),
  replace_file: msg('αντικατάσταση αρχείου', { id: 'history-action.replace_file' }),
  publish: msg('δημοσίευση', { id: 'history-action.publish' }),
  hide: msg('απόκρυψη', { id: 'history-action.hide' }),
});

/** Where an enterprise stands in the register (api/domain/enterprise-status.ts). */
export const enterpriseStatusNames = (): Record<EnterpriseStatus, string> => ({
  draft: msg('πρόχειρη (δεν φαίνεται στο κοινό)', { id: 'enterprise-status.draft' }),
  published: msg('δημοσιευμένη', { id: 'enterprise-status.published' }),
  hidden: msg('κρυμμένη από το κοινό', { id: 'enterprise-status.hidden' }),
});

/** Registration in ΓΕΜΚΑΛΟ as staff last saw it (api/domain/enterprise-status.ts). */
export const gemkaloStatusNames = (): Record<GemkaloStatus, string> => ({
  active: msg('ενεργή', { id: 'gemkalo-status.active' }),
  pending: msg('σε εκκρεμότητα', { id: 'gemkalo-status.pending' }),
  suspended: msg('σε αναστολή', { id: 'gemkalo-status.suspended' }),
  removed: msg('διαγραμμένη', { id: 'gemkalo-status.removed' }),
  unknown: msg('άγνωστη', { id: 'gemkalo-status.unknown' }),
});

/** Where a message of the outbox stands. */
export const mailStatusNames = (): Record<'stored' | 'sending' | 'sent' | 'failed', string> => ({
  stored: msg('φυλάχτηκε (χωρίς SMTP)', { id: 'mail-status.stored' }),
  sending: msg('σε αποστολή', { id: 'mail-status.sending' }),
  sent: msg('στάλθηκε', { id: 'mail-status.sent' }),
  failed: msg('απέτυχε', { id: 'mail-status.failed' }),
});

/** The kinds of area (api/… areas: the country, NUTS 2 regions, NUTS 3 regional units, municipalities). */
export const areaKindNames = (): Record<string, string> => ({
  country: msg('Χώρα', { id: 'area-kind.country' }),
  region: msg('Περιφέρεια', { id: 'area-kind.region' }),
  regional_unit: msg('Περιφερειακή ενότητα', { id: 'area-kind.regional_unit' }),
  municipality: msg('Δήμος', { id: 'area-kind.municipality' }),
});

/** The statuses of a request for quotes (api/domain/consultations/consultation-status.ts). */
export const consultationStatusNames = (): Record<ConsultationStatus, string> => ({
  draft: msg('Πρόχειρο', { id: 'consultation-status.draft' }),
  open: msg('Ανοιχτό για προσφορές', { id: 'consultation-status.open' }),
  closed: msg('Έληξε η προθεσμία', { id: 'consultation-status.closed' }),
  awarded: msg('Ανατέθηκε', { id: 'consultation-status.awarded' }),
  cancelled: msg('Ακυρώθηκε', { id: 'consultation-status.cancelled' }),
});
