import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { multipartBody } from '../helpers/multipart.ts';

/**
 * Issue 15, item 1 (jobs): one import at a time per staff user, the server answers its
 * probes while a big file is being checked, and a dry run replaced by a new upload (or
 * committed) cannot be committed again.
 */

let ctx: TestContext;
let staff: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  staff = await signIn(ctx.app, DEMO_USERS.staff);
  admin = await signIn(ctx.app, DEMO_USERS.admin);
});
afterAll(async () => ctx?.close());

function upload(fileName: string, content: string, who: SignedIn = staff) {
  const form = multipartBody({}, { name: fileName, type: 'text/csv', content: Buffer.from(content) });
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/spreadsheets/imports',
    payload: form.payload,
    headers: { ...form.headers, ...who.headers },
  });
}

const job = async (id: string, who: SignedIn = staff) =>
  (await ctx.app.inject({ url: `/api/v1/spreadsheets/imports/${id}`, headers: who.headers })).json();

async function finished(id: string, who: SignedIn = staff) {
  for (;;) {
    const current = await job(id, who);
    if (!['reading', 'validating'].includes(current.status)) return current;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** 50,000 rows (the limit): ΑΦΜ with a wrong check digit, so every row is checked and reported. */
const bigCsv = `afm;legal_name;legal_form\n${'123456789;Άλφα;koispe\n'.repeat(50_000)}`;
const smallCsv = 'afm,legal_name,legal_form\n812345671,Νέα ΚοινΣΕπ,koispe\n';

describe('import jobs', () => {
  it('one import at a time per user (429 naming the running one); /healthz answers while it runs; others may import', async () => {
    const first = await upload('big.csv', bigCsv);
    expect(first.statusCode).toBe(202);
    const firstId = first.json().id as string;

    const health = await ctx.app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const second = await upload('small.csv', smallCsv);
    // Both answered while the big file was still being read or checked.
    expect(['reading', 'validating']).toContain((await job(firstId)).status);
    expect(second.statusCode).toBe(429);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.headers['retry-after']).toBeDefined();
    expect(second.json()).toMatchObject({ code: 'import_in_progress', importId: firstId });
    // Another staff user is not blocked by this one's import.
    const other = await upload('other.csv', smallCsv, admin);
    expect(other.statusCode).toBe(202);
    await finished(other.json().id, admin);

    const done = await finished(firstId);
    expect(done.status).toBe('invalid');
    expect(done.report.rows).toBe(50_000);
    expect((await upload('small.csv', smallCsv)).statusCode).toBe(202);
  });

  it('a clean dry run replaced by a new upload cannot be committed; a committed one keeps its report and cannot be committed twice', async () => {
    const older = await finished((await upload('a.csv', smallCsv)).json().id);
    expect(older.status).toBe('ready');
    const newer = await finished((await upload('b.csv', smallCsv)).json().id);
    expect(newer.status).toBe('ready');
    expect((await job(older.id)).status).toBe('superseded');
    const stale = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/spreadsheets/imports/${older.id}/commit`,
      headers: staff.headers,
    });
    expect(stale.statusCode).toBe(409);

    const committed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/spreadsheets/imports/${newer.id}/commit`,
      headers: staff.headers,
    });
    expect(committed.statusCode).toBe(200);
    expect(committed.json()).toMatchObject({ status: 'committed', report: { rows: 1, valid: true } });
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/spreadsheets/imports/${newer.id}/commit`,
      headers: staff.headers,
    });
    expect(again.statusCode).toBe(409);
    expect((await job(newer.id)).report).toMatchObject({ rows: 1, enterprises: 1 });
  });
});
