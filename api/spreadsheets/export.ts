import type SQLite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { neutraliseFormula, toCsv, type CellValue } from './csv-writer.ts';
import { IMPORT_COLUMNS } from './enterprise-import.ts';

/**
 * Staff exports of enterprises and services, to .xlsx or CSV (UTF-8 BOM; `;` for Greek
 * Excel), with the columns staff choose. Every text cell is neutralised against formula
 * injection (a leading = + - @ becomes text), because enterprises type some of these fields.
 */

export const EXPORT_COLUMNS = {
  enterprises: {
    id: 'e.id', slug: 'e.slug', afm: 'e.afm', legal_name: 'e.legal_name', trade_name: 'e.trade_name', legal_form: 'e.legal_form',
    gemi_number: 'e.gemi_number', gemkalo_number: 'e.gemkalo_number', gemkalo_status: 'e.gemkalo_status', municipality_id: 'e.municipality_id',
    street_address: 'e.street_address', postal_code: 'e.postal_code', email: 'e.email', phone: 'e.phone', website: 'e.website',
    employees_count: 'e.employees_count', disadvantaged_employees_count: 'e.disadvantaged_employees_count', status: 'e.status',
    verified_at: 'e.verified_at', updated_at: 'e.updated_at', description_el: 'e.description_el', description_en: 'e.description_en',
  },
  services: {
    id: 's.id', afm: 'e.afm', legal_name: 'e.legal_name', service_title_el: 's.title_el', service_title_en: 's.title_en',
    service_description_el: 's.description_el', service_description_en: 's.description_en', service_status: 's.status',
    cpv_codes: `(select group_concat(cpv_code, ' ') from service_cpv_codes where service_id = s.id)`,
    categories: `(select group_concat(category_id, ' ') from service_categories where service_id = s.id)`,
    areas: `(select group_concat(area_id, ' ') from service_areas where service_id = s.id)`,
    updated_at: 's.updated_at',
  },
} as const;

export type ExportEntity = keyof typeof EXPORT_COLUMNS;

export function defaultColumns(entity: ExportEntity): string[] {
  return entity === 'enterprises'
    ? ['afm', 'legal_name', 'trade_name', 'legal_form', 'gemkalo_number', 'municipality_id', 'email', 'phone', 'status', 'verified_at']
    : ['afm', 'legal_name', 'service_title_el', 'cpv_codes', 'categories', 'areas', 'service_status'];
}

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

export function exportCsv(columns: string[], rows: CellValue[][], delimiter: ',' | ';'): string {
  return toCsv(columns, rows, { delimiter, bom: true, neutraliseFormulas: true });
}

export async function exportXlsx(sheetName: string, columns: string[], rows: CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KoinSEp Directory';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => neutraliseFormula(v) ?? null));
  columns.forEach((_, i) => (sheet.getColumn(i + 1).width = 22));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The import template: the columns the importer reads, with one example row. */
export function templateRows(): { columns: string[]; example: string[] } {
  const example: Record<string, string> = {
    afm: '094259216', legal_name: 'Κοινωνική Συνεταιριστική Επιχείρηση «Παράδειγμα»', legal_form: 'koinsep_collective_benefit',
    trade_name: 'Παράδειγμα', municipality_id: 'mun-chalandri', email: 'info@paradeigma.example', phone: '+30 210 0000000',
    website: 'https://paradeigma.example', status: 'draft', service_title_el: 'Καθαρισμός σχολικών κτιρίων', service_title_en: 'School cleaning',
    cpv_codes: '90919300-5', categories: 'cleaning', areas: 'mun-chalandri EL30',
  };
  return { columns: [...IMPORT_COLUMNS], example: IMPORT_COLUMNS.map((c) => example[c] ?? '') };
}
