import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';

let ctx: TestContext;
let staff: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  staff = await signIn(ctx.app, DEMO_USERS.staff);
});
afterAll(async () => ctx?.close());

function multipart(fileName: string, content: Buffer) {
  const boundary = '----koinsep-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(fileName: string, content: Buffer, who: SignedIn = staff) {
  const form = multipart(fileName, content);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/spreadsheets/imports',
    payload: form.payload,
    headers: { ...form.headers, ...who.headers },
  });
}

async function waitForDryRun(id: string) {
  for (;;) {
    const job = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/spreadsheets/imports/${id}`, headers: staff.headers })
    ).json();
    if (!['reading', 'validating'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const count = () => ctx.handle.sqlite.prepare('select count(*) from enterprises').pluck().get() as number;

describe('spreadsheet import routes', () => {
  it('is for staff only', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/spreadsheets/import-template' })).statusCode).toBe(401);
    const manager = await signIn(ctx.app, DEMO_USERS.manager1);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/spreadsheets/export', headers: manager.headers }))
        .statusCode,
    ).toBe(403);
    expect((await upload('x.csv', Buffer.from('afm\n1\n'), manager)).statusCode).toBe(403);
  });

  it('downloads a template the importer accepts', async () => {
    const template = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/spreadsheets/import-template?format=xlsx',
      headers: staff.headers,
    });
    expect(template.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('afm');
  });

  it('uploads, reports the dry run with progress, commits everything, and refuses a second commit', async () => {
    const before = count();
    const csv =
      '\uFEFFafm;legal_name;legal_form;service_title_el;cpv_codes;categories;areas\n' +
      '972839383;Νέα ΚοινΣΕπ Εισαγωγής;koispe;Καθαρισμός;90919200-4;cleaning;mun-chalandri\n';
    const created = await upload('nea.csv', Buffer.from(csv));
    expect(created.statusCode).toBe(202);
    const job = await waitForDryRun(created.json().id);
    expect(job.status).toBe('ready');
    expect(job.progress).toEqual({ processed: 1, total: 1 });
    expect(job.report).toMatchObject({ valid: true, enterprises: 1, services: 1, problems: [] });
    expect(count()).toBe(before);
    const committed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/spreadsheets/imports/${job.id}/commit`,
      headers: staff.headers,
    });
    expect(committed.statusCode).toBe(200);
    expect(committed.json()).toMatchObject({ status: 'committed', result: { enterprises: 1, services: 1 } });
    expect(count()).toBe(before + 1);
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/spreadsheets/imports/${job.id}/commit`,
      headers: staff.headers,
    });
    expect(again.statusCode).toBe(409);
  });

  it('reports problems row by row and refuses to commit them', async () => {
    const created = await upload(
      'bad.csv',
      Buffer.from('afm,legal_name,legal_form,cpv_codes,service_title_el\n123456781,Α,koispe,11111111-1,Υ\n'),
    );
    const job = await waitForDryRun(created.json().id);
    expect(job.status).toBe('invalid');
    expect(job.report.problems.map((p: { line: number; code: string }) => `${p.line}:${p.code}`)).toEqual([
      '2:afm_invalid',
      '2:cpv_unknown',
    ]);
    const commit = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/spreadsheets/imports/${job.id}/commit`,
      headers: staff.headers,
    });
    expect(commit.statusCode).toBe(409);
    expect(commit.headers['content-type']).toContain('application/problem+json');
  });

  it('explains a wrong encoding and a malformed file without changing anything', async () => {
    const before = count();
    const win1253 = Buffer.concat([
      Buffer.from('afm;legal_name;legal_form\n812345671;'),
      Buffer.from([0xca, 0xe1, 0xe8]),
      Buffer.from(';koispe\n'),
    ]);
    const encoding = await waitForDryRun((await upload('greek.csv', win1253)).json().id);
    expect(encoding).toMatchObject({ status: 'failed', error: { code: 'encoding' } });
    expect(encoding.error.messageEn).toContain('Windows-1253');
    const malformed = await waitForDryRun((await upload('broken.xlsx', Buffer.from('PK not really a zip'))).json().id);
    expect(malformed).toMatchObject({ status: 'failed', error: { code: 'malformed' } });
    expect(count()).toBe(before);
  });

  it('answers 413 with a clear message for a 50 MB file', async () => {
    const response = await upload('huge.csv', Buffer.alloc(50 * 1024 * 1024, 0x41));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'file_too_large' });
    expect(response.json().detail).toContain('20 MB');
  });

  it("does not show one staff member another one's import", async () => {
    const created = await upload('mine.csv', Buffer.from('afm,legal_name,legal_form\n812345671,Α,koispe\n'));
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const other = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/spreadsheets/imports/${created.json().id}`,
      headers: admin.headers,
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('spreadsheet export routes', () => {
  it('exports chosen columns as CSV with a BOM and ;, neutralising formulas', async () => {
    await insertEnterprise(ctx.handle, {
      slug: 'formula-test',
      legal_name: '=HYPERLINK("http://evil.example","Κλικ")',
      afm: '985185058',
    });
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/spreadsheets/export?format=csv&columns=afm,legal_name',
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = response.body.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('afm;legal_name');
    expect(text).toContain(
      `985185058;'=HYPERLINK("http://evil.example","Κλικ")`
        .replace(/"/g, '""')
        .replace(`985185058;'=`, `985185058;"'=`),
    );
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
  });

  it('exports services as .xlsx and rejects unknown columns naming them', async () => {
    const xlsx = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/spreadsheets/export?entity=services&format=xlsx',
      headers: staff.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBeGreaterThan(10);
    const bad = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/spreadsheets/export?columns=afm,password_hash',
      headers: staff.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('columns');
    expect(bad.json().detail).toContain('password_hash');
  });
});
