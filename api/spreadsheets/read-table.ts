import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

/**
 * Reads an uploaded spreadsheet into a header and rows of trimmed strings.
 * CSV: UTF-8 with or without BOM, `,` or `;` detected from the header line.
 * XLSX: the first worksheet, read with exceljs's streaming reader. Anything else,
 * or a file we cannot decode, raises a SpreadsheetFileError with a message for people.
 *
 * A hostile file must not take the server down (issue 15): both readers work row by row,
 * hand the event loop back every few hundred rows, and stop at the limits below — a sheet
 * declaring row 2,000,000,000 or 9 million one-character CSV lines is refused, not allocated.
 */

export type FileProblemCode = 'encoding' | 'malformed' | 'empty' | 'unsupported_type' | 'formula' | 'too_large';

/** What one import may hold (README "Spreadsheets"): rows under the header, and columns. */
export const SPREADSHEET_LIMITS = {
  maxRows: 50_000,
  maxColumns: 64,
  /** Lines in all, empty ones included: bounds the work on files of blank lines. */
  maxLines: 100_000,
  /** Uncompressed size of an .xlsx's parts, as its zip directory declares them (zip bombs). */
  maxUncompressedBytes: 200 * 1024 * 1024,
} as const;

/** Rows read between two turns given back to the event loop. */
const ROWS_PER_TURN = 250;

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

function tooLarge(): SpreadsheetFileError {
  const { maxRows, maxColumns } = SPREADSHEET_LIMITS;
  return new SpreadsheetFileError(
    'too_large',
    `Το αρχείο ξεπερνά τα όρια μιας εισαγωγής (${maxRows.toLocaleString('el-GR')} γραμμές, ${maxColumns} στήλες). Χωρίστε το σε μικρότερα αρχεία.`,
    `The file exceeds what one import may hold (${maxRows.toLocaleString('en-GB')} rows, ${maxColumns} columns). Split it into smaller files.`,
  );
}

/** Collects non-empty rows with their line numbers, enforcing the limits as it goes. */
class RowCollector {
  readonly rows: Array<{ line: number; cells: string[] }> = [];

  add(line: number, cells: string[]): void {
    if (line > SPREADSHEET_LIMITS.maxLines || cells.length > SPREADSHEET_LIMITS.maxColumns) throw tooLarge();
    const trimmed = cells.map((c) => c.trim());
    if (!trimmed.some(Boolean)) return;
    // The header plus maxRows data rows.
    if (this.rows.length > SPREADSHEET_LIMITS.maxRows) throw tooLarge();
    this.rows.push({ line, cells: trimmed });
  }
}

function toTable(collected: RowCollector, formulaCells: Table['formulaCells'] = []): Table {
  const [header, ...rows] = collected.rows;
  if (!header || rows.length === 0) {
    throw new SpreadsheetFileError(
      'empty',
      'Το αρχείο δεν έχει γραμμές δεδομένων κάτω από την επικεφαλίδα.',
      'The file has no data rows under the header.',
    );
  }
  return { header: header.cells.map((h) => h.toLowerCase()), rows, formulaCells };
}

/** Feeds the text to the parser in slices, so parsing interleaves with other requests. */
function* slices(text: string, size = 64 * 1024): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

export async function readCsv(bytes: Uint8Array): Promise<Table> {
  const text = decodeUtf8(bytes);
  if (text.includes('\u0000')) {
    throw new SpreadsheetFileError('malformed', 'Το αρχείο δεν είναι κείμενο CSV.', 'The file is not CSV text.');
  }
  const collected = new RowCollector();
  const parser = Readable.from(slices(text)).pipe(
    parseCsv({
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }),
  );
  try {
    let sinceTurn = 0;
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      collected.add(info.records, record);
      if (++sinceTurn === ROWS_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
    return toTable(collected);
  } catch (error) {
    parser.destroy();
    if (error instanceof SpreadsheetFileError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new SpreadsheetFileError(
      'malformed',
      `Το CSV δεν διαβάζεται: ${detail}`,
      `The CSV cannot be read: ${detail}`,
    );
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

/** Refuses workbooks whose parts would unpack to more than the limit (read from the zip directory, nothing inflated). */
function checkUncompressedSize(bytes: Uint8Array): void {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    throw new SpreadsheetFileError(
      'malformed',
      'Το αρχείο δεν είναι έγκυρο .xlsx.',
      'The file is not a valid .xlsx workbook.',
    );
  }
  if (total > SPREADSHEET_LIMITS.maxUncompressedBytes) throw tooLarge();
}

export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    throw new SpreadsheetFileError(
      'malformed',
      'Το αρχείο δεν είναι έγκυρο .xlsx.',
      'The file is not a valid .xlsx workbook.',
    );
  }
  checkUncompressedSize(bytes);
  const collected = new RowCollector();
  const formulaCells: Table['formulaCells'] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
    });
    let sinceTurn = 0;
    let lastLine = 0;
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        // Rows come in order; a row number far past the limit (r="2000000000") or going
        // backwards is refused before anything is sized by it.
        if (row.number > SPREADSHEET_LIMITS.maxLines) throw tooLarge();
        if (row.number <= lastLine)
          throw new SpreadsheetFileError(
            'malformed',
            'Οι γραμμές του φύλλου δεν είναι με τη σειρά.',
            'The sheet lists its rows out of order.',
          );
        lastLine = row.number;
        if (row.cellCount > SPREADSHEET_LIMITS.maxColumns) throw tooLarge();
        const cells: string[] = Array.from({ length: row.cellCount }, () => '');
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulaCells.push({ line: row.number, column: column - 1 });
          cells[column - 1] = cellText(cell.value);
        });
        collected.add(row.number, cells);
        if (++sinceTurn === ROWS_PER_TURN) {
          sinceTurn = 0;
          await nextTurn();
        }
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof SpreadsheetFileError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new SpreadsheetFileError(
      'malformed',
      `Το .xlsx δεν διαβάζεται: ${detail}`,
      `The .xlsx cannot be read: ${detail}`,
    );
  }
  return toTable(collected, formulaCells);
}

export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<Table> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(bytes);
  throw new SpreadsheetFileError('unsupported_type', 'Ανεβάστε αρχείο .xlsx ή .csv.', 'Upload an .xlsx or .csv file.');
}
