import ExcelJS from 'exceljs';
import { neutraliseFormula, toCsv, type CellValue } from './csv-writer.ts';
import type { ExportEntity } from '../repositories/sqlite/enterprise-export.ts';
import { IMPORT_COLUMNS } from './enterprise-import.ts';

/**
 * Staff exports of enterprises and services, to .xlsx or CSV (UTF-8 BOM; `;` for Greek
 * Excel), with the columns staff choose (rows from repositories/sqlite/enterprise-export.ts).
 * Every text cell is neutralised against formula injection (a leading = + - @ becomes
 * text), because enterprises type some of these fields.
 */

export function defaultColumns(entity: ExportEntity): string[] {
  return entity === 'enterprises'
    ? [
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
      ]
    : ['afm', 'legal_name', 'service_title_el', 'cpv_codes', 'categories', 'areas', 'service_status'];
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
    afm: '094259216',
    legal_name: 'Κοινωνική Συνεταιριστική Επιχείρηση «Παράδειγμα»',
    legal_form: 'koinsep_collective_benefit',
    trade_name: 'Παράδειγμα',
    municipality_id: 'mun-chalandri',
    email: 'info@paradeigma.example',
    phone: '+30 210 0000000',
    website: 'https://paradeigma.example',
    status: 'draft',
    service_title_el: 'Καθαρισμός σχολικών κτιρίων',
    service_title_en: 'School cleaning',
    cpv_codes: '90919300-5',
    categories: 'cleaning',
    areas: 'mun-chalandri EL30',
  };
  return { columns: [...IMPORT_COLUMNS], example: IMPORT_COLUMNS.map((c) => example[c] ?? '') };
}
