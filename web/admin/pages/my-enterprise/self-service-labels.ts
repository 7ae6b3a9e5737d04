/**
 * Greek and English texts of the self-service and moderation pages (issue 5). The pages
 * keep their own dictionary (web/admin/localization.ts: feature pages may) so that field
 * names read the same in the editor, the moderation diff and the history.
 */
export type Lang = 'el' | 'en';

export const FIELD_LABELS: Record<Lang, Record<string, string>> = {
  el: {
    legalName: 'Επωνυμία',
    tradeName: 'Διακριτικός τίτλος',
    legalForm: 'Νομική μορφή',
    afm: 'ΑΦΜ',
    gemiNumber: 'Αριθμός ΓΕΜΗ',
    gemkaloNumber: 'Αριθμός μητρώου ΓΕΜΚΑΛΟ',
    gemkaloStatus: 'Κατάσταση στο ΓΕΜΚΑΛΟ',
    foundedOn: 'Ημερομηνία ίδρυσης',
    descriptionEl: 'Περιγραφή (ελληνικά)',
    descriptionEn: 'Περιγραφή (αγγλικά)',
    website: 'Ιστότοπος',
    email: 'E-mail επικοινωνίας',
    emailPublic: 'Δημόσιο e-mail',
    phone: 'Τηλέφωνο',
    phonePublic: 'Δημόσιο τηλέφωνο',
    contactPerson: 'Υπεύθυνος επικοινωνίας',
    contactPersonPublic: 'Δημόσιος υπεύθυνος επικοινωνίας',
    streetAddress: 'Διεύθυνση',
    postalCode: 'Ταχυδρομικός κώδικας',
    lat: 'Γεωγραφικό πλάτος',
    lon: 'Γεωγραφικό μήκος',
    addressPublic: 'Δημόσια διεύθυνση και θέση στον χάρτη',
    municipalityId: 'Δήμος έδρας',
    membersCount: 'Αριθμός μελών',
    employeesCount: 'Αριθμός εργαζομένων',
    disadvantagedEmployeesCount: 'Εργαζόμενοι από ευάλωτες ομάδες ή με αναπηρία',
    logoId: 'Λογότυπο',
    status: 'Κατάσταση δημοσίευσης',
    titleEl: 'Τίτλος (ελληνικά)',
    titleEn: 'Τίτλος (αγγλικά)',
    cpvCodes: 'Κωδικοί CPV',
    categories: 'Κατηγορίες',
    areas: 'Περιοχές εξυπηρέτησης',
    verifiedAt: 'Επαλήθευση από τον Δήμο',
    kind: 'Είδος',
    issuedOn: 'Ημερομηνία έκδοσης',
    validUntil: 'Ισχύει έως',
    referenceNumber: 'Αριθμός πρωτοκόλλου',
    file: 'Αρχείο',
  },
  en: {
    legalName: 'Legal name',
    tradeName: 'Trade name',
    legalForm: 'Legal form',
    afm: 'Tax number (ΑΦΜ)',
    gemiNumber: 'GEMI number',
    gemkaloNumber: 'ΓΕΜΚΑΛΟ registry number',
    gemkaloStatus: 'ΓΕΜΚΑΛΟ status',
    foundedOn: 'Founded on',
    descriptionEl: 'Description (Greek)',
    descriptionEn: 'Description (English)',
    website: 'Website',
    email: 'Contact e-mail',
    emailPublic: 'Public e-mail',
    phone: 'Phone',
    phonePublic: 'Public phone',
    contactPerson: 'Contact person',
    contactPersonPublic: 'Public contact person',
    streetAddress: 'Street address',
    postalCode: 'Postal code',
    lat: 'Latitude',
    lon: 'Longitude',
    addressPublic: 'Public address and map position',
    municipalityId: 'Municipality of the seat',
    membersCount: 'Number of members',
    employeesCount: 'Number of employees',
    disadvantagedEmployeesCount: 'Employees from vulnerable groups or with disabilities',
    logoId: 'Logo',
    status: 'Publication status',
    titleEl: 'Title (Greek)',
    titleEn: 'Title (English)',
    cpvCodes: 'CPV codes',
    categories: 'Categories',
    areas: 'Areas served',
    verifiedAt: 'Verified by the municipality',
    kind: 'Kind',
    issuedOn: 'Issued on',
    validUntil: 'Valid until',
    referenceNumber: 'Reference number',
    file: 'File',
  },
};

export const STATUS_LABELS: Record<Lang, Record<string, string>> = {
  el: { pending: 'Σε αναμονή έγκρισης', approved: 'Εγκρίθηκε', rejected: 'Απορρίφθηκε', superseded: 'Αντικαταστάθηκε από νεότερη', applied: 'Αποθηκεύτηκε' },
  en: { pending: 'Waiting for approval', approved: 'Approved', rejected: 'Rejected', superseded: 'Replaced by a newer one', applied: 'Saved' },
};

export const DOCUMENT_KINDS: Record<Lang, Record<string, string>> = {
  el: {
    tax_clearance: 'Φορολογική ενημερότητα',
    social_security_clearance: 'Ασφαλιστική ενημερότητα (e-ΕΦΚΑ)',
    gemi_certificate: 'Πιστοποιητικό ΓΕΜΗ',
    gemkalo_certificate: 'Βεβαίωση μέλους ΓΕΜΚΑΛΟ',
    workforce_composition: 'Βεβαίωση σύνθεσης προσωπικού',
  },
  en: {
    tax_clearance: 'Tax clearance',
    social_security_clearance: 'Social-security clearance (e-EFKA)',
    gemi_certificate: 'GEMI certificate',
    gemkalo_certificate: 'ΓΕΜΚΑΛΟ membership certificate',
    workforce_composition: 'Workforce-composition certificate',
  },
};

export const DOCUMENT_STATES: Record<Lang, Record<string, string>> = {
  el: { valid: 'Σε ισχύ', expiring: 'Λήγει σύντομα', expired: 'Έληξε' },
  en: { valid: 'Valid', expiring: 'Expiring soon', expired: 'Expired' },
};

export const LEGAL_FORM_NAMES: Record<Lang, Record<string, string>> = {
  el: {
    koinsep_integration_vulnerable: 'ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων',
    koinsep_integration_special: 'ΚοινΣΕπ Ένταξης Ειδικών Ομάδων',
    koinsep_collective_benefit: 'ΚοινΣΕπ Συλλογικού και Κοινωνικού Σκοπού',
    koispe: 'ΚοιΣΠΕ',
    worker_coop: 'Συνεταιρισμός Εργαζομένων',
    protected_workshop: 'Προστατευόμενο εργαστήριο',
    other_sse: 'Άλλος φορέας ΚΑΛΟ',
  },
  en: {
    koinsep_integration_vulnerable: 'Social cooperative for the integration of vulnerable groups',
    koinsep_integration_special: 'Social cooperative for the integration of special groups',
    koinsep_collective_benefit: 'Social cooperative of collective and social benefit',
    koispe: 'KoiSPE (mental-health social cooperative)',
    worker_coop: 'Worker cooperative',
    protected_workshop: 'Protected workshop',
    other_sse: 'Other social and solidarity economy body',
  },
};

/** A field value as a person reads it. */
export function showValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return lang === 'en' ? '(empty)' : '(κενό)';
  if (typeof value === 'boolean') return value ? (lang === 'en' ? 'yes' : 'ναι') : lang === 'en' ? 'no' : 'όχι';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export const fieldLabel = (field: string, lang: Lang) => FIELD_LABELS[lang][field] ?? field;

export function formatDateTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'el-GR', { timeZone: 'Europe/Athens', dateStyle: 'medium', timeStyle: 'short' });
}
