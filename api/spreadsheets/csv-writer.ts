/**
 * RFC 4180 CSV writing. Spreadsheet exports for people neutralise formula injection
 * (OWASP "CSV Injection"): a cell starting with = + - @ tab or CR is prefixed with an
 * apostrophe, which Excel and LibreOffice show as text. Machine-readable open data
 * (the HSDS datapackage) keeps values byte-exact instead.
 */

export type CellValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would treat the text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Makes a cell inert for spreadsheets: `=HYPERLINK(…)` → `'=HYPERLINK(…)`. Numbers stay numbers. */
export function neutraliseFormula(value: CellValue): CellValue {
  return typeof value === 'string' && looksLikeFormula(value) ? `'${value}` : value;
}

export interface CsvOptions {
  delimiter?: ',' | ';';
  /** UTF-8 byte-order mark, so Greek Excel opens the file as UTF-8. */
  bom?: boolean;
  neutraliseFormulas?: boolean;
}

function quote(value: CellValue, delimiter: string): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const lines: string[] = [header.map((h) => quote(h, delimiter)).join(delimiter)];
  for (const row of rows) {
    lines.push(row.map((v) => quote(options.neutraliseFormulas ? neutraliseFormula(v) : v, delimiter)).join(delimiter));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
