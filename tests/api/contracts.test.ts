import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertContract, isolateFromDemoEnterprises } from '../helpers/contract-fixtures.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

let ctx: TestContext;
let staff: SignedIn;
let enterpriseId: string;
let otherId: string;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  await isolateFromDemoEnterprises(ctx.handle);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
  enterpriseId = await insertEnterprise(ctx.handle, { slug: 'test-katharotita', legal_name: 'Καθαρότητα ΚοινΣΕπ' });
  otherId = await insertEnterprise(ctx.handle, { slug: 'test-frontida', legal_name: 'Φροντίδα ΚοινΣΕπ' });
});

afterAll(async () => {
  await ctx?.close();
});

const valid = () => ({
  enterpriseId,
  title: 'Καθαρισμός 3ου Δημοτικού Σχολείου',
  cpvCode: '90919300-5',
  awardRoute: 'direct_award',
  valueNet: '12500.50',
  vat: '3000.12',
  department: 'Διεύθυνση Παιδείας',
  awardedOn: '2026-03-01',
  startsOn: '2026-03-15',
  endsOn: '2026-12-31',
  diavgeiaAda: '6ζκθ46μτλκ-ι9θ',
  kimdisAdam: '26symv012345678',
});

function post(payload: unknown, headers: Record<string, string> = staff.headers) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/contracts',
    headers,
    payload: payload as Record<string, unknown>,
  });
}

describe('contract register', () => {
  it('is for municipal staff only', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/contracts' })).statusCode).toBe(401);
    const member = await signIn(ctx.app, DEMO_USERS.member1);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/contracts', headers: member.headers })).statusCode,
    ).toBe(403);
    expect((await post(valid(), member.headers)).statusCode).toBe(403);
  });

  it('records a contract exactly, normalising references, and audits it', async () => {
    const response = await post(valid());
    expect(response.statusCode).toBe(201);
    const contract = response.json();
    expect(contract).toMatchObject({
      enterprise: { id: enterpriseId, slug: 'test-katharotita', name: 'Καθαρότητα ΚοινΣΕπ' },
      cpvCode: '90919300',
      valueNet: '12500.50',
      vat: '3000.12',
      diavgeiaAda: '6ΖΚΘ46ΜΤΛΚ-Ι9Θ',
      kimdisAdam: '26SYMV012345678',
      version: 1,
    });
    expect(response.headers.etag).toBe(`"contract-${contract.id}-v1"`);
    const row = await ctx.handle.db
      .selectFrom('contracts')
      .selectAll()
      .where('id', '=', contract.id)
      .executeTakeFirstOrThrow();
    expect(row.value_net_cents).toBe(1_250_050);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', contract.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['contract.create']);
    expect(audit[0]!.actor_email).toBe(DEMO_USERS.staff);
  });

  it('records a contract with no end date and no references yet (null), keeping them empty', async () => {
    const response = await post({ ...valid(), endsOn: null, diavgeiaAda: null, kimdisAdam: null });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ endsOn: null, diavgeiaAda: null, kimdisAdam: null });
  });

  it.each([
    [{ valueNet: '1.234' }, 'valueNet'],
    [{ vat: '-3' }, 'vat'],
    [{ cpvCode: '12345678' }, 'cpvCode'],
    [{ enterpriseId: 'nobody' }, 'enterpriseId'],
    [{ awardedOn: '2026-13-01' }, 'awardedOn'],
    [{ endsOn: '2026-03-14' }, 'endsOn'],
    [{ diavgeiaAda: 'ΑΒΓ-123' }, 'diavgeiaAda'],
    [{ kimdisAdam: '26XYZ012345678' }, 'kimdisAdam'],
    [{ awardRoute: 'friendly' }, 'awardRoute'],
    [{ title: '' }, 'title'],
    [{ secret: 1 }, 'secret'],
  ])('rejects %j naming the field, writing nothing', async (change, field) => {
    const before = await ctx.handle.db
      .selectFrom('contracts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await post({ ...valid(), ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe(field);
    const after = await ctx.handle.db
      .selectFrom('contracts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('needs the CSRF token for changes', async () => {
    const response = await post(valid(), { cookie: staff.cookie });
    expect(response.statusCode).toBe(403);
  });

  it('updates only with the current ETag (428 without, 412 when stale) and deletes the same way', async () => {
    const created = (await post(valid())).json();
    const url = `/api/v1/contracts/${created.id}`;
    const payload = { ...valid(), title: 'Καθαρισμός 3ου και 4ου Δημοτικού Σχολείου', valueNet: '13000' };
    expect((await ctx.app.inject({ method: 'PUT', url, headers: staff.headers, payload })).statusCode).toBe(428);
    const first = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: { ...staff.headers, 'if-match': `"contract-${created.id}-v1"` },
      payload,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, valueNet: '13000.00', title: payload.title });
    const stale = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: { ...staff.headers, 'if-match': `"contract-${created.id}-v1"` },
      payload: valid(),
    });
    expect(stale.statusCode).toBe(412);
    expect((await ctx.app.inject({ method: 'GET', url, headers: staff.headers })).json().title).toBe(payload.title);
    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url,
          headers: { ...staff.headers, 'if-match': `"contract-${created.id}-v1"` },
        })
      ).statusCode,
    ).toBe(412);
    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url,
          headers: { ...staff.headers, 'if-match': first.headers.etag as string },
        })
      ).statusCode,
    ).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url, headers: staff.headers })).statusCode).toBe(404);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['contract.create', 'contract.update', 'contract.delete']);
  });
});

describe('listing, filters and exports', () => {
  beforeAll(async () => {
    await ctx.handle.db.deleteFrom('contracts').execute();
    await insertContract(ctx.handle, {
      enterpriseId,
      cpvCode: '90911200',
      awardRoute: 'direct_award',
      valueNetCents: 1_000_000,
      department: 'Διεύθυνση Παιδείας',
      awardedOn: '2026-02-01',
      title: '=HYPERLINK("http://evil")',
    });
    await insertContract(ctx.handle, {
      enterpriseId,
      cpvCode: '90919300',
      awardRoute: 'reserved_art20',
      valueNetCents: 5_000_000,
      department: 'Διεύθυνση Καθαριότητας',
      awardedOn: '2026-05-01',
      title: 'Καθαρισμός σχολείων',
    });
    await insertContract(ctx.handle, {
      enterpriseId: otherId,
      cpvCode: '85312000',
      awardRoute: 'reserved_social_services',
      valueNetCents: 2_500_000,
      department: 'Διεύθυνση Κοινωνικής Προστασίας',
      awardedOn: '2026-06-01',
      title: 'Κατ’ οίκον φροντίδα',
    });
    await insertContract(ctx.handle, {
      enterpriseId: otherId,
      cpvCode: '85312000',
      awardRoute: 'direct_award',
      valueNetCents: 700_000,
      department: 'Διεύθυνση Κοινωνικής Προστασίας',
      awardedOn: '2025-06-01',
      title: 'Παλαιά σύμβαση',
    });
  });

  it.each([
    ['year=2026', 3],
    ['year=2025', 1],
    ['route=direct_award', 2],
    ['department=' + encodeURIComponent('Διεύθυνση Παιδείας'), 1],
    ['cpv=9091', 2],
    [`enterpriseId=${'$OTHER'}`, 2],
    ['q=' + encodeURIComponent('σχολείων'), 1],
    ['q=%25', 0],
  ])('filters by %s', async (query, count) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/contracts?${query.replace('$OTHER', otherId)}`,
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(count);
    expect(response.json().items.length).toBe(count);
  });

  it('rejects a bad filter naming it', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/contracts?year=20266',
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe('year');
  });

  it('exports CSV with a BOM, Greek separators and formulas neutralised', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/contracts/export.csv?year=2026',
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const lines = response.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Φορέας;Τίτλος;CPV;Διαδικασία;Αξία χωρίς ΦΠΑ (€);ΦΠΑ (€);Υπηρεσία;Ανάθεση;Έναρξη;Λήξη;ΑΔΑ;ΑΔΑΜ',
    );
    expect(lines.length).toBe(4);
    expect(response.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(response.body).toContain(';10000,00;');
  });

  it('exports an .xlsx with numbers staff can sum', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/contracts/export.xlsx?route=direct_award&lang=en',
      headers: staff.headers,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Contracts')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Enterprise');
    const values = [2, 3].map((r) => sheet.getRow(r).getCell(5).value).sort();
    expect(values).toEqual([10000, 7000].sort());
    expect([2, 3].map((r) => sheet.getRow(r).getCell(2).value)).toContain(`'=HYPERLINK("http://evil")`);
  });
});

describe('social-procurement statistics', () => {
  it('sums the year by route, category and department, and the share once the total is entered', async () => {
    const url = '/api/v1/stats/social-procurement?year=2026&lang=en';
    const before = (await ctx.app.inject({ method: 'GET', url, headers: staff.headers })).json();
    expect(before).toMatchObject({
      year: 2026,
      net: '85000.00',
      contracts: 3,
      distinctEnterprises: 2,
      procurementTotal: null,
      socialShare: null,
    });
    expect(before.byRoute).toEqual([
      { key: 'reserved_art20', name: 'Reserved contract (art. 20)', net: '50000.00', contracts: 1 },
      { key: 'reserved_social_services', name: 'Reserved contract for social services', net: '25000.00', contracts: 1 },
      { key: 'direct_award', name: 'Direct award', net: '10000.00', contracts: 1 },
    ]);
    expect(before.byDepartment.map((d: { key: string }) => d.key)).toEqual([
      'Διεύθυνση Καθαριότητας',
      'Διεύθυνση Κοινωνικής Προστασίας',
      'Διεύθυνση Παιδείας',
    ]);
    expect(before.byCategory.find((c: { key: string }) => c.key === 'cleaning')).toMatchObject({
      net: '60000.00',
      contracts: 2,
    });

    const bad = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/stats/procurement-totals/2026',
      headers: staff.headers,
      payload: { totalNet: 'lots' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('totalNet');
    const set = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/stats/procurement-totals/2026',
      headers: staff.headers,
      payload: { totalNet: '1700000.00' },
    });
    expect(set.statusCode).toBe(200);
    const after = (await ctx.app.inject({ method: 'GET', url, headers: staff.headers })).json();
    expect(after.procurementTotal.net).toBe('1700000.00');
    expect(after.socialShare).toBe(0.05);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'procurement_total')
      .execute();
    expect(audit.length).toBe(1);
  });

  it('exports the figures as .xlsx', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/stats/social-procurement.xlsx?year=2026&lang=en',
      headers: staff.headers,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'By route', 'By category', 'By department']);
    expect(workbook.getWorksheet('Summary')!.getRow(2).getCell(2).value).toBe(85000);
  });

  it('requires a valid year', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/stats/social-procurement',
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe('year');
  });
});
