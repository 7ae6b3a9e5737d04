import type SQLite from 'better-sqlite3';
import type { CellValue } from '../../spreadsheets/csv-writer.ts';

/** The columns staff may export (name → SQL; SQLite-specific: group_concat), and the rows for a choice of them. */
export const EXPORT_COLUMNS = {
  enterprises: {
    id: 'e.id',
    slug: 'e.slug',
    afm: 'e.afm',
    legal_name: 'e.legal_name',
    trade_name: 'e.trade_name',
    legal_form: 'e.legal_form',
    gemi_number: 'e.gemi_number',
    gemkalo_number: 'e.gemkalo_number',
    gemkalo_status: 'e.gemkalo_status',
    municipality_id: 'e.municipality_id',
    street_address: 'e.street_address',
    postal_code: 'e.postal_code',
    email: 'e.email',
    phone: 'e.phone',
    website: 'e.website',
    employees_count: 'e.employees_count',
    disadvantaged_employees_count: 'e.disadvantaged_employees_count',
    status: 'e.status',
    verified_at: 'e.verified_at',
    updated_at: 'e.updated_at',
    description_el: 'e.description_el',
    description_en: 'e.description_en',
  },
  services: {
    id: 's.id',
    afm: 'e.afm',
    legal_name: 'e.legal_name',
    service_title_el: 's.title_el',
    service_title_en: 's.title_en',
    service_description_el: 's.description_el',
    service_description_en: 's.description_en',
    service_status: 's.status',
    cpv_codes: `(select group_concat(cpv_code, ' ') from service_cpv_codes where service_id = s.id)`,
    categories: `(select group_concat(category_id, ' ') from service_categories where service_id = s.id)`,
    areas: `(select group_concat(area_id, ' ') from service_areas where service_id = s.id)`,
    updated_at: 's.updated_at',
  },
} as const;

export type ExportEntity = keyof typeof EXPORT_COLUMNS;

/** Rows for the chosen columns; column names are checked against the whitelist before they reach SQL. */
export function exportRows(sqlite: SQLite.Database, entity: ExportEntity, columns: string[]): CellValue[][] {
  const available = EXPORT_COLUMNS[entity] as Record<string, string>;
  const select = columns.map((c) => `${available[c]} as "${c}"`).join(', ');
  const sql =
    entity === 'enterprises'
      ? `select ${select} from enterprises e order by e.legal_name, e.id`
      : `select ${select} from services s join enterprises e on e.id = s.enterprise_id order by e.legal_name, s.title_el, s.id`;
  return sqlite.prepare(sql).raw().all() as CellValue[][];
}
