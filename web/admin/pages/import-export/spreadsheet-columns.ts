import { msg } from '@lit/localize';
import type { ExportColumn, ExportEntity } from '../../../../api/contract.ts';

/**
 * The names of the sheet columns, in the order offered for export; the key types keep them in
 * step with the API's whitelist (api/spreadsheets/export.ts).
 */
export const exportColumnNames = (): { [E in ExportEntity]: Record<ExportColumn<E>, string> } => ({
  enterprises: {
    afm: msg('ΑΦΜ', { id: 'column.enterprises.afm' }),
    legal_name: msg('Επωνυμία', { id: 'column.enterprises.legal_name' }),
    trade_name: msg('Διακριτικός τίτλος', { id: 'column.enterprises.trade_name' }),
    legal_form: msg('Νομική μορφή', { id: 'column.enterprises.legal_form' }),
    gemi_number: msg('Αριθμός ΓΕΜΗ', { id: 'column.enterprises.gemi_number' }),
    gemkalo_number: msg('Αριθμός ΓΕΜΚΑΛΟ', { id: 'column.enterprises.gemkalo_number' }),
    gemkalo_status: msg('Κατάσταση ΓΕΜΚΑΛΟ', { id: 'column.enterprises.gemkalo_status' }),
    municipality_id: msg('Δήμος (κωδικός)', { id: 'column.enterprises.municipality_id' }),
    street_address: msg('Διεύθυνση', { id: 'column.enterprises.street_address' }),
    postal_code: msg('Ταχ. κώδικας', { id: 'column.enterprises.postal_code' }),
    email: msg('Email', { id: 'column.enterprises.email' }),
    phone: msg('Τηλέφωνο', { id: 'column.enterprises.phone' }),
    website: msg('Ιστότοπος', { id: 'column.enterprises.website' }),
    employees_count: msg('Εργαζόμενοι', { id: 'column.enterprises.employees_count' }),
    disadvantaged_employees_count: msg('Εργαζόμενοι ευάλωτων ομάδων', {
      id: 'column.enterprises.disadvantaged_employees_count',
    }),
    status: msg('Κατάσταση', { id: 'column.enterprises.status' }),
    verified_at: msg('Επαληθεύτηκε', { id: 'column.enterprises.verified_at' }),
    updated_at: msg('Τελευταία αλλαγή', { id: 'column.enterprises.updated_at' }),
    description_el: msg('Περιγραφή (ελληνικά)', { id: 'column.enterprises.description_el' }),
    description_en: msg('Περιγραφή (αγγλικά)', { id: 'column.enterprises.description_en' }),
    slug: msg('Σύντομο όνομα (URL)', { id: 'column.enterprises.slug' }),
    id: msg('Αναγνωριστικό', { id: 'column.enterprises.id' }),
  },
  services: {
    afm: msg('ΑΦΜ φορέα', { id: 'column.services.afm' }),
    legal_name: msg('Επωνυμία φορέα', { id: 'column.services.legal_name' }),
    service_title_el: msg('Τίτλος υπηρεσίας (ελληνικά)', { id: 'column.services.service_title_el' }),
    service_title_en: msg('Τίτλος υπηρεσίας (αγγλικά)', { id: 'column.services.service_title_en' }),
    service_description_el: msg('Περιγραφή υπηρεσίας (ελληνικά)', { id: 'column.services.service_description_el' }),
    service_description_en: msg('Περιγραφή υπηρεσίας (αγγλικά)', { id: 'column.services.service_description_en' }),
    service_status: msg('Κατάσταση υπηρεσίας', { id: 'column.services.service_status' }),
    cpv_codes: msg('Κωδικοί CPV', { id: 'column.services.cpv_codes' }),
    categories: msg('Κατηγορίες', { id: 'column.services.categories' }),
    areas: msg('Περιοχές', { id: 'column.services.areas' }),
    updated_at: msg('Τελευταία αλλαγή', { id: 'column.services.updated_at' }),
    id: msg('Αναγνωριστικό', { id: 'column.services.id' }),
  },
});

/** The API's default columns (api/spreadsheets/export.ts defaultColumns), preselected. */
export const DEFAULT_EXPORT_COLUMNS: { [E in ExportEntity]: ExportColumn<E>[] } = {
  enterprises: [
    'afm',
    'legal_name',
    'trade_name',
    'legal_form',
    'gemkalo_number',
    'municipality_id',
    'email',
    'phone',
    'status',
    'verified_at',
  ],
  services: ['afm', 'legal_name', 'service_title_el', 'cpv_codes', 'categories', 'areas', 'service_status'],
};

/** The name of an import template's column, shown next to the column in the dry-run report. */
export function columnName(column: string): string {
  const { enterprises, services } = exportColumnNames();
  // The enterprise's ΑΦΜ and name read as such, not as "the enterprise's" of the services sheet.
  const names: Record<string, string> = {
    ...enterprises,
    ...services,
    afm: enterprises.afm,
    legal_name: enterprises.legal_name,
  };
  return names[column] ?? column;
}
