import { Readable } from 'node:stream';
import { parse as parseCsvSync } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * Reads an uploaded spreadsheet into a header and rows of trimmed strings.
 * CSV: UTF-8 with or without BOM, `,` or `;` detected from the header line.
 * XLSX: the first worksheet, read with exceljs's streaming reader. Anything else,
 * or a file we cannot decode, raises a SpreadsheetFileError with a message for people.
 */

export type FileProblemCode = 'encoding' | 'malformed' | 'empty' | 'unsupported_type' | 'formula';

export class SpreadsheetFileError extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly messageEl: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

export interface Table {
  header: string[];
  /** Rows after the header; `line` is the spreadsheet row number people see (header = 1). */
  rows: Array<{ line: number; cells: string[] }>;
  /** Cells that were formulas in the .xlsx (by line and column), refused by validation. */
  formulaCells: Array<{ line: number; column: number }>;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Greek in Windows-1253 / ISO-8859-7 puts most letters in 0xC1–0xFE; valid UTF-8 never has them alone. */
function looksLikeGreek8bit(bytes: Uint8Array): boolean {
  let greek = 0;
  for (const byte of bytes.subarray(0, 65536)) if (byte >= 0xc1 && byte <= 0xfe) greek++;
  return greek > 0;
}

export function decodeUtf8(bytes: Uint8Array): string {
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const greek8 = looksLikeGreek8bit(bytes);
    throw new SpreadsheetFileError(
      'encoding',
      greek8
        ? 'Το αρχείο δεν είναι σε κωδικοποίηση UTF-8 (μοιάζει με Windows-1253 / ISO-8859-7). Στο Excel επιλέξτε «Αποθήκευση ως» → «CSV UTF-8 (οριοθετημένο με κόμματα)» ή ανεβάστε το .xlsx.'
        : 'Το αρχείο δεν είναι σε κωδικοποίηση UTF-8. Αποθηκεύστε το ως «CSV UTF-8» ή ανεβάστε το .xlsx.',
      greek8
        ? 'The file is not UTF-8 encoded (it looks like Windows-1253 / ISO-8859-7 Greek). In Excel choose "Save as" → "CSV UTF-8 (Comma delimited)", or upload the .xlsx.'
        : 'The file is not UTF-8 encoded. Save it as "CSV UTF-8" or upload the .xlsx.',
    );
  }
}

/** `;` when the header line has more semicolons than commas outside quotes (Greek Excel's default). */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function toTable(records: string[][], formulaCells: Table['formulaCells'] = []): Table {
  const nonEmpty = records.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some(Boolean));
  const [header, ...rows] = nonEmpty;
  if (!header || rows.length === 0) {
    throw new SpreadsheetFileError('empty', 'Το αρχείο δεν έχει γραμμές δεδομένων κάτω από την επικεφαλίδα.', 'The file has no data rows under the header.');
  }
  return { header: header.cells.map((h) => h.toLowerCase()), rows, formulaCells };
}

export function readCsv(bytes: Uint8Array): Table {
  const text = decodeUtf8(bytes);
  if (text.includes('\u0000')) {
    throw new SpreadsheetFileError('malformed', 'Το αρχείο δεν είναι κείμενο CSV.', 'The file is not CSV text.');
  }
  try {
    const records = parseCsvSync(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    return toTable(records);
  } catch (error) {
    if (error instanceof SpreadsheetFileError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new SpreadsheetFileError('malformed', `Το CSV δεν διαβάζεται: ${detail}`, `The CSV cannot be read: ${detail}`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
    return '';
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    throw new SpreadsheetFileError('malformed', 'Το αρχείο δεν είναι έγκυρο .xlsx.', 'The file is not a valid .xlsx workbook.');
  }
  const records: string[][] = [];
  const formulaCells: Table['formulaCells'] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulaCells.push({ line: row.number, column: column - 1 });
          cells[column - 1] = cellText(cell.value);
        });
        records[row.number - 1] = Array.from(cells, (c) => c ?? '');
      }
      break; // the first worksheet only
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SpreadsheetFileError('malformed', `Το .xlsx δεν διαβάζεται: ${detail}`, `The .xlsx cannot be read: ${detail}`);
  }
  return toTable(Array.from(records, (r) => r ?? []), formulaCells);
}

export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<Table> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(bytes);
  throw new SpreadsheetFileError('unsupported_type', 'Ανεβάστε αρχείο .xlsx ή .csv.', 'Upload an .xlsx or .csv file.');
}
