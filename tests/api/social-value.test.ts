import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { docxText, pdfText, readDocx } from '../helpers/document-readers.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

/**
 * Social value, the contract's second half (issue 13), role × object: the supplier's manager
 * and member report on their own contract (never another enterprise's), staff confirm or send
 * back, every step audited; only confirmed figures reach the dashboard's statistics and the
 * yearly council report (DOCX read back with mammoth, PDF with pdftotext).
 */

let ctx: TestContext;
const now = new Date('2026-03-02T10:00:00Z');
let staff: SignedIn;
let manager1: SignedIn;
let member1: SignedIn;
let manager2: SignedIn;
let contractId: string;
let otherContractId: string;

const call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  who: SignedIn | null,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  ctx.app.inject({
    method,
    url,
    headers: { ...(who?.headers ?? {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const contract = (enterpriseId: string, title: string) => ({
  enterpriseId,
  title,
  cpvCode: '90919300',
  awardRoute: 'reserved_art20',
  valueNet: '24000.00',
  vat: '5760.00',
  department: 'Διεύθυνση Παιδείας',
  awardedOn: '2025-01-10',
  startsOn: '2025-01-15',
  endsOn: '2025-12-31',
});

const report = (overrides: Record<string, unknown> = {}) => ({
  periodStart: '2025-01-15',
  periodEnd: '2025-12-31',
  vulnerableWorkers: 4,
  vulnerableHours: 5200,
  totalWorkers: 9,
  newHires: 2,
  text: 'Τέσσερα άτομα με αναπηρία εργάστηκαν όλο το σχολικό έτος· δύο προσλήφθηκαν για τη σύμβαση.',
  ...overrides,
});

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true, today: '2026-03-02', consultationClock: () => now });
  staff = await signIn(ctx.app, DEMO_USERS.staff);
  manager1 = await signIn(ctx.app, DEMO_USERS.manager1);
  member1 = await signIn(ctx.app, DEMO_USERS.member1);
  manager2 = await signIn(ctx.app, DEMO_USERS.manager2);
  const created = await call(
    'POST',
    '/api/v1/contracts',
    staff,
    contract(manager1.user.enterprise!.id, 'Καθαρισμός σχολείων 2025'),
  );
  expect(created.statusCode).toBe(201);
  contractId = created.json().id;
  otherContractId = (
    await call('POST', '/api/v1/contracts', staff, contract(manager2.user.enterprise!.id, 'Πράσινο 2025'))
  ).json().id;
});

afterAll(async () => {
  await ctx?.close();
});

describe('social value reports: who may report and review', () => {
  let reportId: string;
  let etag: string;

  it('keeps each side to its routes', async () => {
    expect((await call('GET', '/api/v1/my/social-value', null)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/my/social-value', staff)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/social-value/reports', manager1)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/social-value/reports', member1)).statusCode).toBe(403);
  });

  it('shows an enterprise only its own contracts', async () => {
    const mine = (await call('GET', '/api/v1/my/social-value', member1)).json().contracts;
    expect(mine.map((c: { id: string }) => c.id)).toContain(contractId);
    expect(mine.map((c: { id: string }) => c.id)).not.toContain(otherContractId);
  });

  it('refuses a report on another enterprise’s contract, and bad figures naming the field', async () => {
    const foreign = await call(
      'POST',
      `/api/v1/my/social-value/contracts/${otherContractId}/reports`,
      manager1,
      report(),
    );
    expect(foreign.statusCode).toBe(404);
    const future = await call(
      'POST',
      `/api/v1/my/social-value/contracts/${contractId}/reports`,
      manager1,
      report({ periodStart: '2026-01-01', periodEnd: '2026-12-31' }),
      { 'accept-language': 'en' },
    );
    expect(future.statusCode).toBe(400);
    expect(future.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(future.json().invalidParams.map((p: { name: string }) => p.name)).toContain('periodEnd');
    const hours = await call(
      'POST',
      `/api/v1/my/social-value/contracts/${contractId}/reports`,
      manager1,
      report({ vulnerableWorkers: 1, vulnerableHours: 999_999 }),
    );
    expect(hours.statusCode).toBe(400);
    expect(hours.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['vulnerableHours']);
    expect(await ctx.app.db.selectFrom('social_value_reports').select('id').execute()).toEqual([]);
  });

  it('takes the member’s report, which the other enterprise cannot see', async () => {
    const created = await call('POST', `/api/v1/my/social-value/contracts/${contractId}/reports`, member1, report());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'reported', vulnerableWorkers: 4, contract: { id: contractId } });
    reportId = created.json().id;
    etag = created.headers.etag as string;
    expect((await call('GET', `/api/v1/my/social-value/reports/${reportId}`, manager2)).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/my/social-value', manager2)).body).not.toContain(reportId);
    expect(
      (await call('PUT', `/api/v1/my/social-value/reports/${reportId}`, manager2, report(), { 'if-match': etag }))
        .statusCode,
    ).toBe(404);
    const overlapping = await call(
      'POST',
      `/api/v1/my/social-value/contracts/${contractId}/reports`,
      manager1,
      report({ periodStart: '2025-06-01' }),
    );
    expect(overlapping.statusCode).toBe(409);
  });

  it('lets staff send it back with a comment, and the enterprise correct it with If-Match', async () => {
    const noComment = await call('POST', `/api/v1/social-value/reports/${reportId}/return`, staff, { comment: ' ' });
    expect(noComment.statusCode).toBe(400);
    const returned = await call('POST', `/api/v1/social-value/reports/${reportId}/return`, staff, {
      comment: 'Οι ώρες φαίνονται πολλές για 4 άτομα· ελέγξτε.',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', staffComment: expect.stringContaining('ώρες') });
    expect((await call('POST', `/api/v1/social-value/reports/${reportId}/confirm`, staff)).statusCode).toBe(409);

    expect((await call('PUT', `/api/v1/my/social-value/reports/${reportId}`, manager1, report())).statusCode).toBe(428);
    expect(
      (await call('PUT', `/api/v1/my/social-value/reports/${reportId}`, manager1, report(), { 'if-match': etag }))
        .statusCode,
    ).toBe(412);
    const fresh = await call('GET', `/api/v1/my/social-value/reports/${reportId}`, manager1);
    const corrected = await call(
      'PUT',
      `/api/v1/my/social-value/reports/${reportId}`,
      manager1,
      report({ vulnerableHours: 4800 }),
      { 'if-match': fresh.headers.etag as string },
    );
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ status: 'reported', vulnerableHours: 4800 });
  });

  it('counts nothing until staff confirm, then the dashboard figures show it', async () => {
    const before = (await call('GET', '/api/v1/stats/social-procurement?year=2025', staff)).json();
    expect(before.socialValue.totals).toMatchObject({ vulnerableWorkers: 0, vulnerableHours: 0, pendingReports: 1 });
    const queue = (await call('GET', '/api/v1/social-value/reports?status=reported', staff)).json().items;
    expect(queue.map((r: { id: string }) => r.id)).toEqual([reportId]);
    const confirmed = await call('POST', `/api/v1/social-value/reports/${reportId}/confirm`, staff);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed' });
    const after = (await call('GET', '/api/v1/stats/social-procurement?year=2025', staff)).json();
    expect(after.socialValue.totals).toMatchObject({
      contractsReporting: 1,
      vulnerableWorkers: 4,
      vulnerableHours: 4800,
      newHires: 2,
      pendingReports: 0,
    });
    expect(after.socialValue.byEnterprise[0]).toMatchObject({ label: manager1.user.enterprise!.name });
    expect(Number(after.net)).toBeGreaterThanOrEqual(48000);
    // A confirmed report no longer changes.
    const locked = await call('PUT', `/api/v1/my/social-value/reports/${reportId}`, manager1, report(), {
      'if-match': confirmed.headers.etag as string,
    });
    expect(locked.statusCode).toBe(409);
  });

  it('audits every step', async () => {
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select(['action', 'actor_email'])
      .where('object_type', '=', 'social_value_report')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'social_value.report', actor_email: DEMO_USERS.member1 },
      { action: 'social_value.return', actor_email: DEMO_USERS.staff },
      { action: 'social_value.edit', actor_email: DEMO_USERS.manager1 },
      { action: 'social_value.confirm', actor_email: DEMO_USERS.staff },
    ]);
  });

  it('gives the council the yearly report as DOCX and PDF, with the tables and the enterprise’s words', async () => {
    expect((await call('GET', '/api/v1/stats/social-value-report.pdf?year=2025', manager1)).statusCode).toBe(403);
    const docx = await call('GET', '/api/v1/stats/social-value-report.docx?year=2025', staff);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toMatch(/filename="social-value-report-2025\.docx"/);
    const reading = await readDocx(docx.rawPayload);
    expect(reading.errors).toEqual([]);
    const text = docxText(reading);
    expect(text).toContain('2025');
    expect(text).toContain('Τέσσερα άτομα με αναπηρία');
    const byEnterprise = reading.tables.find((table) =>
      table.some((row) => row[0] === manager1.user.enterprise!.name),
    )!;
    expect(byEnterprise.find((row) => row[0] === manager1.user.enterprise!.name)).toEqual([
      manager1.user.enterprise!.name,
      '1',
      '4',
      '4.800',
      '2',
    ]);

    const pdf = await call('GET', '/api/v1/stats/social-value-report.pdf?year=2025&lang=en', staff);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const english = pdfText(pdf.rawPayload);
    expect(english).toContain('2025');
    expect(english).toContain('4,800');
    expect(english).toContain(manager1.user.enterprise!.name);
  });
});
