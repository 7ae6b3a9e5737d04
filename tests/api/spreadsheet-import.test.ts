import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { readSpreadsheet, SpreadsheetFileError, detectDelimiter } from '../../api/spreadsheets/read-table.ts';
import { planImport } from '../../api/spreadsheets/enterprise-import.ts';
import { commitImport } from '../../api/services/enterprise-import.ts';
import { loadImportReference } from '../../api/repositories/sqlite/import-reference.ts';
import { slugify } from '../../api/domain/slugs.ts';
import { createSearchIndexer } from '../../api/repositories/sqlite/search/fts-index.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: false });
  await insertEnterprise(ctx.handle, { slug: 'yparxousa', legal_name: 'Υπάρχουσα ΚοινΣΕπ', afm: '094259216' });
});
afterAll(async () => ctx?.close());

const HEADER = 'afm;legal_name;legal_form;trade_name;municipality_id;service_title_el;cpv_codes;categories;areas';
const utf8 = (text: string, bom = false) =>
  new Uint8Array(Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]));
const count = (table: string) => ctx.handle.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

async function plan(text: string, name = 'import.csv') {
  const table = await readSpreadsheet(utf8(text), name);
  return planImport(table, loadImportReference(ctx.handle.sqlite));
}

const problemsOf = (result: Awaited<ReturnType<typeof plan>>) =>
  result.rows.flatMap((r) => r.problems.map((p) => `${r.line}:${p.column}:${p.code}`));

describe('reading spreadsheets', () => {
  it('reads UTF-8 CSV with a BOM and semicolons, and without BOM with commas', async () => {
    const semicolon = await readSpreadsheet(utf8(`${HEADER}\n812345671;Αλφα;koispe;;;;;;\n`, true), 'a.csv');
    expect(semicolon.header[0]).toBe('afm');
    expect(semicolon.rows[0]!.cells[1]).toBe('Αλφα');
    const comma = await readSpreadsheet(utf8(`${HEADER.replace(/;/g, ',')}\n812345671,"Άλφα, Βήτα",koispe\n`), 'a.csv');
    expect(comma.rows[0]!.cells[1]).toBe('Άλφα, Βήτα');
    expect(detectDelimiter('a;"b,c,d";e')).toBe(';');
  });

  it('names the encoding when Greek text arrives as Windows-1253 bytes', async () => {
    // «Καθαρισμός» in Windows-1253.
    const win1253 = new Uint8Array([
      ...Buffer.from(`${HEADER}\n812345671;`),
      0xca,
      0xe1,
      0xe8,
      0xe1,
      0xf1,
      0xe9,
      0xf3,
      0xec,
      0xfc,
      0xf2,
      ...Buffer.from(';koispe\n'),
    ]);
    const error = await readSpreadsheet(win1253, 'x.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpreadsheetFileError);
    expect((error as SpreadsheetFileError).code).toBe('encoding');
    expect((error as SpreadsheetFileError).messageEn).toContain('Windows-1253');
    expect((error as SpreadsheetFileError).messageEl).toContain('UTF-8');
  });

  it('rejects a malformed .xlsx, an empty file and other file types clearly', async () => {
    await expect(readSpreadsheet(utf8('not a zip'), 'x.xlsx')).rejects.toMatchObject({ code: 'malformed' });
    await expect(readSpreadsheet(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'x.xlsx')).rejects.toMatchObject({
      code: 'malformed',
    });
    await expect(readSpreadsheet(utf8(`${HEADER}\n`), 'x.csv')).rejects.toMatchObject({ code: 'empty' });
    await expect(readSpreadsheet(utf8('x'), 'x.pdf')).rejects.toMatchObject({ code: 'unsupported_type' });
    await expect(readSpreadsheet(utf8('a,"b\n1,2'), 'x.csv')).rejects.toMatchObject({ code: 'malformed' });
  });

  it('reads the first worksheet of a real .xlsx and flags formula cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Επιχειρήσεις');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow([
      '812345671',
      'Άλφα ΚοινΣΕπ',
      'koispe',
      '',
      'mun-chalandri',
      'Καθαρισμός',
      '90911200-8',
      'cleaning',
      'mun-chalandri',
    ]);
    sheet.addRow(['824691349', { formula: 'HYPERLINK("http://evil.example","Κλικ")', result: 'Κλικ' }, 'koispe']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readSpreadsheet(bytes, 'import.xlsx');
    expect(table.rows[0]!.cells.slice(0, 2)).toEqual(['812345671', 'Άλφα ΚοινΣΕπ']);
    const result = planImport(table, loadImportReference(ctx.handle.sqlite));
    expect(problemsOf(result)).toEqual(['3:legal_name:formula']);
  });
});

describe('dry run', () => {
  it('accepts valid rows, one enterprise per ΑΦΜ with its services', async () => {
    const result = await plan(
      `${HEADER}\n812345671;Άλφα ΚοινΣΕπ;ΚοινΣΕπ Συλλογικού και Κοινωνικού Σκοπού;Άλφα;mun-chalandri;Καθαρισμός σχολείων;90919300-5;cleaning;mun-chalandri\n` +
        `812345671;Άλφα ΚοινΣΕπ;;;;Απολύμανση;90921000;cleaning;EL30\n`,
    );
    expect(problemsOf(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.enterprises).toHaveLength(1);
    expect(result.enterprises[0]).toMatchObject({ legalForm: 'koinsep_collective_benefit', tradeName: 'Άλφα' });
    expect(result.enterprises[0]!.services.map((s) => s.cpvCodes)).toEqual([['90919300'], ['90921000']]);
  });

  it('reports each problem on its row and column', async () => {
    const result = await plan(
      `${HEADER}\n` +
        `123456781;Λάθος ΑΦΜ;koispe;;;;;;\n` + // 2: checksum
        `824691349;;koispe;;;Υπηρεσία;99999999-9;cleaning;\n` + // 3: missing name, unknown CPV
        `837037015;Γάμμα;koispe;;;Υπηρεσία;90919300-5;no-such-category;Atlantis\n` + // 4: unknown category, area
        `837037015;Γάμμα;koispe;;;Υπηρεσία;;;\n` + // 5: duplicate service within the file
        `094259216;Υπάρχουσα;koispe;;;;;;\n` + // 6: already registered
        `849382686;Δέλτα;=HYPERLINK("http://x","y");;;;;;\n` + // 7: formula, unknown legal form
        `861728350;Έψιλον;worker_coop;;;;;;\n` +
        `861728350;Έψιλον;koispe;;;;;;\n`, // 9: same ΑΦΜ again (no service), conflicting legal form
    );
    expect(result.valid).toBe(false);
    expect(problemsOf(result)).toEqual([
      '2:afm:afm_invalid',
      '3:legal_name:required',
      '3:cpv_codes:cpv_unknown',
      '4:categories:unknown_value',
      '4:areas:unknown_value',
      '5:service_title_el:duplicate_in_file',
      '6:afm:duplicate_in_registry',
      '7:legal_form:formula',
      '7:legal_form:unknown_value',
      '9:afm:duplicate_in_file',
      '9:legal_form:conflict',
    ]);
    const registry = result.rows.find((r) => r.line === 6)!.problems[0]!;
    expect(registry.messageEl).toContain('Υπάρχουσα ΚοινΣΕπ');
  });

  it('lets phone numbers start with + but refuses other formula starts', async () => {
    const result = await plan('afm,legal_name,legal_form,phone,email\n812345671,Άλφα,koispe,+30 210 1234567,@evil\n');
    expect(problemsOf(result)).toEqual(['2:email:formula', '2:email:invalid']);
  });

  it('reports missing required columns', async () => {
    const result = await plan('afm,trade_name\n812345671,x\n');
    expect(result.missingColumns).toEqual(['legal_name', 'legal_form']);
    expect(result.valid).toBe(false);
  });
});

describe('commit', () => {
  it('writes every enterprise and service in one go, searchable and audited', async () => {
    const before = count('enterprises');
    const result = await plan(
      `${HEADER}\n860000001;Ζήτα Καθαρισμοί ΚοινΣΕπ;koispe;;mun-chalandri;Καθαρισμός γραφείων;90919200-4;cleaning;mun-chalandri\n`.replace(
        '860000001',
        '872839386',
      ),
    );
    // A fresh valid ΑΦΜ for this test.
    expect(problemsOf(result)).toEqual(['2:afm:afm_invalid']);
    const ok = await plan(
      `${HEADER}\n972839383;Ζήτα Καθαρισμοί ΚοινΣΕπ;koispe;;mun-chalandri;Καθαρισμός γραφείων;90919200-4;cleaning;mun-chalandri\n`,
    );
    expect(ok.valid).toBe(true);
    const progress: number[] = [];
    const written = commitImport(
      ctx.handle.sqlite,
      createSearchIndexer(ctx.handle.sqlite),
      ok,
      { userId: null, email: 'staff@example', ip: null },
      (done) => progress.push(done),
    );
    expect(written).toEqual({ enterprises: 1, services: 1 });
    expect(progress.at(-1)).toBe(1);
    expect(count('enterprises')).toBe(before + 1);
    const row = ctx.handle.sqlite.prepare(`select slug, status from enterprises where afm = '972839383'`).get() as {
      slug: string;
      status: string;
    };
    expect(row).toEqual({ slug: 'zita-katharismoi-koinsep', status: 'draft' });
    const audit = ctx.handle.sqlite
      .prepare(`select action from audit_log where object_type = 'enterprise'`)
      .pluck()
      .all();
    expect(audit).toContain('enterprise.import');
    const indexed = ctx.handle.sqlite
      .prepare(
        `select count(*) from enterprise_search_keys k join enterprises e on e.id = k.enterprise_id where e.afm = '972839383'`,
      )
      .pluck()
      .get();
    expect(indexed).toBe(1);
  });

  it('writes nothing when any row fails or the ΑΦΜ appeared since the dry run', async () => {
    const before = [count('enterprises'), count('services')];
    const invalid = await plan(`${HEADER}\n985185058;Ήτα;koispe;;;;;;\n123456781;Θήτα;koispe;;;;;;\n`);
    expect(() =>
      commitImport(ctx.handle.sqlite, createSearchIndexer(ctx.handle.sqlite), invalid, {
        userId: null,
        email: null,
        ip: null,
      }),
    ).toThrow();
    const valid = await plan(`${HEADER}\n985185058;Ήτα;koispe;;;Υπηρεσία;;;\n911111036;Ιώτα;koispe;;;;;;\n`);
    expect(valid.valid).toBe(true);
    await insertEnterprise(ctx.handle, { slug: 'iota-allou', legal_name: 'Ιώτα αλλού', afm: '911111036' });
    const afterInsert = [count('enterprises'), count('services')];
    expect(() =>
      commitImport(ctx.handle.sqlite, createSearchIndexer(ctx.handle.sqlite), valid, {
        userId: null,
        email: null,
        ip: null,
      }),
    ).toThrow(/911111036/);
    expect([count('enterprises'), count('services')]).toEqual(afterInsert);
    expect(afterInsert[0]).toBe(before[0]! + 1);
  });

  it('transliterates Greek names into slugs', () => {
    expect(slugify('«Αστραπή» ΚοινΣΕπ Χαλανδρίου')).toBe('astrapi-koinsep-chalandriou');
  });
});
