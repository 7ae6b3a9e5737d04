import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readSpreadsheet, SPREADSHEET_LIMITS } from '../../api/spreadsheets/read-table.ts';

/**
 * Issue 15, item 1: hostile spreadsheets are refused with a message, never allocated.
 * Each case replays an attack from the review.
 */

const HEADER = 'afm;legal_name;legal_form';

async function workbook(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('import');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Rewrites the first worksheet's XML (the review edited the file by hand the same way). */
function editSheet(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const name = Object.keys(files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  files[name] = strToU8(edit(strFromU8(files[name]!)));
  return zipSync(files);
}

const turnsDuring = async (work: () => Promise<unknown>) => {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const outcome = await work().catch((e: unknown) => e);
  running = false;
  return { turns, outcome };
};

describe('spreadsheet limits', () => {
  it('refuses an .xlsx whose sheet declares row 2,000,000,000 without allocating it', async () => {
    const bytes = editSheet(await workbook([HEADER.split(';'), ['094259216', 'Άλφα', 'koispe']]), (xml) =>
      xml.replace(/<row r="2"/, '<row r="2000000000"').replace(/r="([A-Z]+)2"/g, 'r="$12000000000"'),
    );
    expect(bytes.length).toBeLessThan(10_000);
    await expect(readSpreadsheet(bytes, 'attack.xlsx')).rejects.toMatchObject({ code: 'too_large' });
  });

  it('refuses rows listed out of order', async () => {
    const bytes = editSheet(
      await workbook([HEADER.split(';'), ['094259216', 'Άλφα', 'koispe'], ['094259216', 'Βήτα', 'koispe']]),
      (xml) => xml.replace(/<row r="3"/, '<row r="2"').replace(/r="([A-Z]+)3"/g, 'r="$12"'),
    );
    await expect(readSpreadsheet(bytes, 'attack.xlsx')).rejects.toMatchObject({ code: 'malformed' });
  });

  it('refuses an .xlsx whose parts would unpack to more than the limit (zip bomb), before inflating anything', async () => {
    const bytes = await workbook([HEADER.split(';'), ['094259216', 'Άλφα', 'koispe']]);
    // Declare a huge uncompressed size for every part in the zip's central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 46 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, SPREADSHEET_LIMITS.maxUncompressedBytes, true);
    }
    await expect(readSpreadsheet(bytes, 'bomb.xlsx')).rejects.toMatchObject({ code: 'too_large' });
  });

  it(`refuses more than ${SPREADSHEET_LIMITS.maxColumns} columns`, async () => {
    const wide = Array.from({ length: SPREADSHEET_LIMITS.maxColumns + 1 }, (_, i) => `c${i}`);
    await expect(readSpreadsheet(await workbook([wide, wide]), 'wide.xlsx')).rejects.toMatchObject({
      code: 'too_large',
    });
    await expect(readSpreadsheet(strToU8(`${wide.join(';')}\n${wide.join(';')}\n`), 'wide.csv')).rejects.toMatchObject({
      code: 'too_large',
    });
  });

  it('refuses an 18 MB CSV of 9 million one-character lines, reading it in turns that leave the event loop free', async () => {
    const bytes = strToU8(`${HEADER}\n${'x\n'.repeat(9_000_000)}`);
    expect(bytes.length).toBeGreaterThan(18_000_000);
    const { turns, outcome } = await turnsDuring(() => readSpreadsheet(bytes, 'attack.csv'));
    expect(outcome).toMatchObject({ code: 'too_large', messageEl: expect.stringContaining('50.000') });
    // The reader gave the event loop back many times instead of blocking it in one parse.
    expect(turns).toBeGreaterThan(100);
  });

  it(`accepts exactly ${SPREADSHEET_LIMITS.maxRows.toLocaleString('en')} data rows and refuses one more`, async () => {
    const row = '094259216;Άλφα;koispe\n';
    const atLimit = await readSpreadsheet(strToU8(`${HEADER}\n${row.repeat(SPREADSHEET_LIMITS.maxRows)}`), 'limit.csv');
    expect(atLimit.rows).toHaveLength(SPREADSHEET_LIMITS.maxRows);
    expect(atLimit.rows.at(-1)!.line).toBe(SPREADSHEET_LIMITS.maxRows + 1);
    await expect(
      readSpreadsheet(strToU8(`${HEADER}\n${row.repeat(SPREADSHEET_LIMITS.maxRows + 1)}`), 'over.csv'),
    ).rejects.toMatchObject({ code: 'too_large' });
  });
});
