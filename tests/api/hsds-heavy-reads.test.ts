import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { testConfig } from '../../api/config.ts';
import { DEMO_USERS, signIn } from '../helpers/auth.ts';

/**
 * Issue 15, item 3: the data package and HSDS searches are built once per data version,
 * answered with an ETag (304 when unchanged), and limited per client address.
 */

let ctx: TestContext;
const LIMIT = 3;

beforeAll(async () => {
  const operations = testConfig({ databasePath: ':memory:' }).operations;
  ctx = await createTestApp({ config: { operations: { ...operations, heavyRequestsPerIpPerMinute: LIMIT } } });
});
afterAll(async () => ctx?.close());

const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ url, remoteAddress, headers });

describe('heavy open-data reads', () => {
  it('the data package keeps its ETag until the data change, answers 304 to it, and changes with the data', async () => {
    const first = await get('/hsds/datapackage.zip', '192.0.2.1');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const same = await get('/hsds/datapackage.zip', '192.0.2.1', { 'if-none-match': etag });
    expect(same.statusCode).toBe(304);
    expect(same.rawPayload.length).toBe(0);

    // An approved change is new data: a new package and a new ETag.
    const member = await signIn(ctx.app, DEMO_USERS.member1);
    const staff = await signIn(ctx.app, DEMO_USERS.staff);
    const mine = await ctx.app.inject({ url: '/api/v1/my/enterprise', headers: member.headers });
    const proposal = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: { ...member.headers, 'if-match': mine.headers.etag as string },
      payload: { descriptionEl: 'Νέα περιγραφή για τα ανοικτά δεδομένα.' },
    });
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/change-requests/${proposal.json().changeRequestId}/approve`,
      headers: staff.headers,
      payload: {},
    });
    const changed = await get('/hsds/datapackage.zip', '192.0.2.2', { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it(`limits each client to ${LIMIT} packages or searches a minute (429 + Retry-After); others and plain paging are unaffected`, async () => {
    for (let i = 0; i < LIMIT; i++)
      expect((await get('/hsds/services?search=καθαρισμός', '198.51.100.9')).statusCode).toBe(200);
    const limited = await get('/hsds/services?search=καθαρισμός', '198.51.100.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await get('/hsds/services?page=1', '198.51.100.9')).statusCode).toBe(200);
    expect((await get('/hsds/services?search=καθαρισμός', '198.51.100.10')).statusCode).toBe(200);

    for (let i = 0; i < LIMIT; i++) await get('/hsds/datapackage.zip', '198.51.100.20');
    expect((await get('/hsds/datapackage.zip', '198.51.100.20')).statusCode).toBe(429);
  });

  it('a repeated search is the same answer with the same ETag, and 304 to it', async () => {
    const first = await get('/hsds/services?search=κήποι&lang=en', '203.0.113.5');
    const again = await get('/hsds/services?search=κήποι&lang=en', '203.0.113.5');
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(
      (
        await get('/hsds/services?search=κήποι&lang=en', '203.0.113.5', {
          'if-none-match': first.headers.etag as string,
        })
      ).statusCode,
    ).toBe(304);
  });
});
