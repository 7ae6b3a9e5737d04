import type { ExportColumn, ExportEntity } from '../../api/spreadsheets.ts';

/** Texts of the import/export page, Greek (default) and English, and the names of the sheet columns. */

export type Lang = 'el' | 'en';

export const currentLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'el');

const el = {
  title: 'Εισαγωγή και εξαγωγή',
  intro: 'Εισάγετε φορείς και υπηρεσίες από λογιστικό φύλλο (.xlsx ή CSV σε UTF-8) ή εξάγετε το μητρώο.',
  importHeading: 'Εισαγωγή από λογιστικό φύλλο',
  steps: 'Κατεβάστε το υπόδειγμα, συμπληρώστε μία γραμμή ανά υπηρεσία (ίδιος ΑΦΜ = ίδιος φορέας) και ανεβάστε το. Πρώτα γίνεται δοκιμαστικός έλεγχος· τίποτα δεν αποθηκεύεται πριν πατήσετε «Καταχώριση».',
  templateXlsx: 'Υπόδειγμα (.xlsx)',
  templateCsv: 'Υπόδειγμα (CSV)',
  fileLabel: 'Αρχείο προς εισαγωγή (.xlsx ή .csv, έως 20 MB)',
  dropHint: 'ή σύρετε και αφήστε το αρχείο εδώ',
  dropActive: 'Αφήστε το αρχείο για έλεγχο',
  check: 'Έλεγχος αρχείου',
  chooseFirst: 'Επιλέξτε πρώτα αρχείο.',
  wrongType: 'Δεκτά είναι μόνο αρχεία .xlsx και .csv.',
  uploading: (name: string) => `Αποστολή του «${name}»…`,
  reading: (name: string) => `Ανάγνωση του «${name}»…`,
  validating: (done: number, total: number) => `Έλεγχος γραμμών: ${done} από ${total}…`,
  dryRunProgress: 'Πρόοδος ελέγχου',
  commitProgress: 'Πρόοδος καταχώρισης',
  failed: 'Το αρχείο δεν διαβάστηκε',
  reportHeading: (name: string) => `Αποτέλεσμα ελέγχου: ${name}`,
  rows: 'Γραμμές',
  toCreateEnterprises: 'Φορείς προς δημιουργία',
  toCreateServices: 'Υπηρεσίες προς δημιουργία',
  rowsWithErrors: 'Γραμμές με σφάλματα',
  duplicates: 'Διπλοεγγραφές',
  valid: 'Δεν βρέθηκαν σφάλματα. Μπορείτε να καταχωρίσετε όλες τις γραμμές.',
  invalid: (n: number) => `Βρέθηκαν ${n} προβλήματα. Διορθώστε τα στο αρχείο και ανεβάστε το ξανά· δεν καταχωρίζεται τίποτα όσο υπάρχουν σφάλματα.`,
  missingColumns: 'Λείπουν υποχρεωτικές στήλες:',
  unknownColumns: 'Στήλες που αγνοούνται (άγνωστες):',
  problemsCaption: 'Προβλήματα ανά γραμμή',
  line: 'Γραμμή',
  afm: 'ΑΦΜ',
  column: 'Στήλη',
  problem: 'Πρόβλημα',
  truncated: (n: number) => `Εμφανίζονται τα πρώτα ${n} προβλήματα.`,
  commit: 'Καταχώριση όλων των γραμμών',
  commitDisabled: 'Η καταχώριση ενεργοποιείται όταν δεν υπάρχουν σφάλματα.',
  committing: (n: number) => `Καταχώριση ${n} φορέων… Όλες οι γραμμές ή καμία.`,
  committed: (e: number, s: number) => `Καταχωρίστηκαν ${e} φορείς και ${s} υπηρεσίες.`,
  commitFailed: 'Δεν καταχωρίστηκε τίποτα',
  createdHeading: 'Νέοι φορείς',
  createdMore: (n: number) => `και ${n} ακόμη (δείτε την εξαγωγή).`,
  draft: 'πρόχειρο, δεν εμφανίζεται δημόσια ακόμη',
  published: 'δημοσιευμένο',
  publicPage: 'δημόσια σελίδα',
  another: 'Νέα εισαγωγή',
  exportHeading: 'Εξαγωγή',
  what: 'Τι θα εξαχθεί',
  entities: { enterprises: 'Φορείς', services: 'Υπηρεσίες' } satisfies Record<ExportEntity, string>,
  format: 'Μορφή αρχείου',
  formats: { xlsx: 'Excel (.xlsx)', 'csv-semicolon': 'CSV με «;» (ελληνικό Excel)', 'csv-comma': 'CSV με «,»' },
  columns: 'Στήλες',
  selectAll: 'Όλες οι στήλες',
  chosen: (n: number, of: number) => `${n} από ${of} στήλες`,
  noColumns: 'Επιλέξτε τουλάχιστον μία στήλη.',
  download: 'Λήψη αρχείου',
};

type Texts = typeof el;

const en: Texts = {
  title: 'Import and export',
  intro: 'Import enterprises and services from a spreadsheet (.xlsx or UTF-8 CSV), or export the registry.',
  importHeading: 'Import from a spreadsheet',
  steps: 'Download the template, fill in one row per service (same ΑΦΜ = same enterprise) and upload it. A dry run checks it first; nothing is saved until you press "Commit".',
  templateXlsx: 'Template (.xlsx)',
  templateCsv: 'Template (CSV)',
  fileLabel: 'File to import (.xlsx or .csv, up to 20 MB)',
  dropHint: 'or drag and drop the file here',
  dropActive: 'Drop the file to check it',
  check: 'Check file',
  chooseFirst: 'Choose a file first.',
  wrongType: 'Only .xlsx and .csv files are accepted.',
  uploading: (name) => `Uploading "${name}"…`,
  reading: (name) => `Reading "${name}"…`,
  validating: (done, total) => `Checking rows: ${done} of ${total}…`,
  dryRunProgress: 'Dry-run progress',
  commitProgress: 'Commit progress',
  failed: 'The file could not be read',
  reportHeading: (name) => `Dry-run report: ${name}`,
  rows: 'Rows',
  toCreateEnterprises: 'Enterprises to create',
  toCreateServices: 'Services to create',
  rowsWithErrors: 'Rows with errors',
  duplicates: 'Duplicates',
  valid: 'No errors found. You can commit all rows.',
  invalid: (n) => `${n} problems found. Correct them in the file and upload it again; nothing is committed while there are errors.`,
  missingColumns: 'Required columns missing:',
  unknownColumns: 'Columns ignored (unknown):',
  problemsCaption: 'Problems row by row',
  line: 'Row',
  afm: 'ΑΦΜ',
  column: 'Column',
  problem: 'Problem',
  truncated: (n) => `Showing the first ${n} problems.`,
  commit: 'Commit all rows',
  commitDisabled: 'Committing is possible once there are no errors.',
  committing: (n) => `Committing ${n} enterprises… All rows or none.`,
  committed: (e, s) => `${e} enterprises and ${s} services were created.`,
  commitFailed: 'Nothing was committed',
  createdHeading: 'New enterprises',
  createdMore: (n) => `and ${n} more (see the export).`,
  draft: 'draft, not public yet',
  published: 'published',
  publicPage: 'public page',
  another: 'New import',
  exportHeading: 'Export',
  what: 'What to export',
  entities: { enterprises: 'Enterprises', services: 'Services' },
  format: 'File format',
  formats: { xlsx: 'Excel (.xlsx)', 'csv-semicolon': 'CSV with ";" (Greek Excel)', 'csv-comma': 'CSV with ","' },
  columns: 'Columns',
  selectAll: 'All columns',
  chosen: (n, of) => `${n} of ${of} columns`,
  noColumns: 'Choose at least one column.',
  download: 'Download file',
};

export const TEXTS: Record<Lang, Texts> = { el, en };

type Label = Record<Lang, string>;

/** Export columns in the order offered, with names; the types keep them in step with the API's whitelist. */
export const EXPORT_COLUMN_LABELS: { [E in ExportEntity]: Record<ExportColumn<E>, Label> } = {
  enterprises: {
    afm: { el: 'ΑΦΜ', en: 'ΑΦΜ (tax number)' },
    legal_name: { el: 'Επωνυμία', en: 'Legal name' },
    trade_name: { el: 'Διακριτικός τίτλος', en: 'Trade name' },
    legal_form: { el: 'Νομική μορφή', en: 'Legal form' },
    gemi_number: { el: 'Αριθμός ΓΕΜΗ', en: 'ΓΕΜΗ number' },
    gemkalo_number: { el: 'Αριθμός ΓΕΜΚΑΛΟ', en: 'ΓΕΜΚΑΛΟ number' },
    gemkalo_status: { el: 'Κατάσταση ΓΕΜΚΑΛΟ', en: 'ΓΕΜΚΑΛΟ status' },
    municipality_id: { el: 'Δήμος (κωδικός)', en: 'Municipality (id)' },
    street_address: { el: 'Διεύθυνση', en: 'Street address' },
    postal_code: { el: 'Ταχ. κώδικας', en: 'Postal code' },
    email: { el: 'Email', en: 'E-mail' },
    phone: { el: 'Τηλέφωνο', en: 'Phone' },
    website: { el: 'Ιστότοπος', en: 'Website' },
    employees_count: { el: 'Εργαζόμενοι', en: 'Employees' },
    disadvantaged_employees_count: { el: 'Εργαζόμενοι ευάλωτων ομάδων', en: 'Employees from vulnerable groups' },
    status: { el: 'Κατάσταση', en: 'Status' },
    verified_at: { el: 'Επαληθεύτηκε', en: 'Verified on' },
    updated_at: { el: 'Τελευταία αλλαγή', en: 'Last changed' },
    description_el: { el: 'Περιγραφή (ελληνικά)', en: 'Description (Greek)' },
    description_en: { el: 'Περιγραφή (αγγλικά)', en: 'Description (English)' },
    slug: { el: 'Σύντομο όνομα (URL)', en: 'Slug (URL)' },
    id: { el: 'Αναγνωριστικό', en: 'Identifier' },
  },
  services: {
    afm: { el: 'ΑΦΜ φορέα', en: 'Enterprise ΑΦΜ' },
    legal_name: { el: 'Επωνυμία φορέα', en: 'Enterprise legal name' },
    service_title_el: { el: 'Τίτλος υπηρεσίας (ελληνικά)', en: 'Service title (Greek)' },
    service_title_en: { el: 'Τίτλος υπηρεσίας (αγγλικά)', en: 'Service title (English)' },
    service_description_el: { el: 'Περιγραφή υπηρεσίας (ελληνικά)', en: 'Service description (Greek)' },
    service_description_en: { el: 'Περιγραφή υπηρεσίας (αγγλικά)', en: 'Service description (English)' },
    service_status: { el: 'Κατάσταση υπηρεσίας', en: 'Service status' },
    cpv_codes: { el: 'Κωδικοί CPV', en: 'CPV codes' },
    categories: { el: 'Κατηγορίες', en: 'Categories' },
    areas: { el: 'Περιοχές', en: 'Areas' },
    updated_at: { el: 'Τελευταία αλλαγή', en: 'Last changed' },
    id: { el: 'Αναγνωριστικό', en: 'Identifier' },
  },
};

/** The API's default columns (api/spreadsheets/export.ts defaultColumns), preselected. */
export const DEFAULT_EXPORT_COLUMNS: { [E in ExportEntity]: ExportColumn<E>[] } = {
  enterprises: ['afm', 'legal_name', 'trade_name', 'legal_form', 'gemkalo_number', 'municipality_id', 'email', 'phone', 'status', 'verified_at'],
  services: ['afm', 'legal_name', 'service_title_el', 'cpv_codes', 'categories', 'areas', 'service_status'],
};

/** Names for the import template's columns, shown next to the column name in the dry-run report. */
const IMPORT_COLUMN_LABELS: Record<string, Label> = {
  ...EXPORT_COLUMN_LABELS.enterprises,
  ...EXPORT_COLUMN_LABELS.services,
  afm: EXPORT_COLUMN_LABELS.enterprises.afm,
  legal_name: EXPORT_COLUMN_LABELS.enterprises.legal_name,
};

export function columnName(column: string, lang: Lang): string {
  return IMPORT_COLUMN_LABELS[column]?.[lang] ?? column;
}
