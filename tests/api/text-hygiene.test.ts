import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';

/** Issue 15, item 8, through the real API: invisible characters are refused, texts stored in NFC. */

let ctx: TestContext;
let member: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  member = await signIn(ctx.app, DEMO_USERS.member1);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
});
afterAll(async () => ctx?.close());

async function patchMyEnterprise(payload: Record<string, unknown>) {
  const etag = (await ctx.app.inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers })).headers
    .etag as string;
  return ctx.app.inject({
    method: 'PATCH',
    url: '/api/v1/my/enterprise',
    headers: { ...member.headers, 'if-match': etag },
    payload,
  });
}

const pendingRequests = () =>
  ctx.handle.sqlite.prepare("select count(*) from change_requests where status = 'pending'").pluck().get() as number;

describe('text hygiene through the API', () => {
  it('refuses a trade name with a right-to-left override, naming the field, and stores nothing', async () => {
    const before = pendingRequests();
    const response = await patchMyEnterprise({ tradeName: 'ΚΑΘΑΡΟ \u202Eακίτρα' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().invalidParams).toEqual([expect.objectContaining({ name: 'tradeName', in: 'body' })]);
    expect(pendingRequests()).toBe(before);
  });

  it('refuses a NUL or a lone surrogate in any JSON body, naming the field', async () => {
    const enterpriseId = ctx.handle.sqlite
      .prepare("select id from enterprises where slug = 'katharo-chalandri'")
      .pluck()
      .get() as string;
    const contract = {
      enterpriseId,
      title: 'Καθαρισμός\u0000 σχολείων',
      cpvCode: '90919300-5',
      awardRoute: 'direct_award',
      valueNet: '1000.00',
      vat: '240.00',
      department: 'Διεύθυνση Παιδείας',
      awardedOn: '2026-03-01',
      startsOn: '2026-03-15',
    };
    const nul = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/contracts',
      headers: staff.headers,
      payload: contract,
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().invalidParams[0].name).toBe('title');
    const surrogate = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/contracts',
      headers: { ...staff.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ ...contract, title: 'x' }).replace('"title":"x"', '"title":"x\\ud800"'),
    });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json().invalidParams[0].name).toBe('title');

    // The same text typed with a combining accent is stored as one code point (NFC).
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/contracts',
      headers: staff.headers,
      payload: { ...contract, title: 'Καθαριο\u0301τητα σχολείων' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().title).toBe('Καθαριότητα σχολείων');
  });

  it('refuses a direction override in a search query, naming the parameter', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises?q=${encodeURIComponent('κήπος\u2066')}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0]).toMatchObject({ name: 'q', in: 'query' });
  });
});
