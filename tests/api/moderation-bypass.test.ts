import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';

/**
 * Issue 15, items 5 and 7, replayed: contact data slipped past the reviewer while its
 * publication was pending, and staff corrections of the wrong JSON type gave 500s or were
 * stored as something else. manager1 and member1 belong to "katharo-chalandri".
 */

let ctx: TestContext;
let member: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  member = await signIn(ctx.app, DEMO_USERS.member1);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
});

afterAll(async () => {
  await ctx?.close();
});

const inject = (options: InjectOptions) => ctx.app.inject(options);

async function propose(payload: Record<string, unknown>) {
  const mine = await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers });
  return inject({
    method: 'PATCH',
    url: '/api/v1/my/enterprise',
    headers: { ...member.headers, 'if-match': mine.headers.etag as string },
    payload,
  });
}

async function publicEmail(): Promise<unknown> {
  return (await inject({ method: 'GET', url: '/api/v1/enterprises/katharo-chalandri' })).json().email ?? null;
}

async function pendingDiff(id: string): Promise<Array<{ field: string; proposed: unknown }>> {
  const detail = await inject({ method: 'GET', url: `/api/v1/change-requests/${id}`, headers: staff.headers });
  expect(detail.statusCode).toBe(200);
  return detail.json().diff;
}

describe('a field whose publication is pending is moderated (item 5)', () => {
  it('«show my e-mail» pending, then a new address: the address waits and the reviewer sees it', async () => {
    expect((await propose({ emailPublic: false, email: 'grafeio@katharo.example' })).json().status).toBe('applied');
    const flag = await propose({ emailPublic: true });
    expect(flag.json()).toMatchObject({ status: 'pending', pendingFields: ['emailPublic'] });
    // The reviewer sees which address «show my e-mail» would publish.
    expect(await pendingDiff(flag.json().changeRequestId)).toContainEqual(
      expect.objectContaining({ field: 'email', proposed: 'grafeio@katharo.example' }),
    );

    const swap = await propose({ email: 'pay-here@evil-phish.example' });
    expect(swap.statusCode).toBe(202);
    expect(swap.json().status).toBe('pending');
    expect(swap.json().appliedFields).toEqual([]);
    expect(swap.json().pendingFields).toEqual(expect.arrayContaining(['emailPublic', 'email']));
    // Not applied behind the reviewer's back: the stored address is still the old one.
    const mine = await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers });
    expect(mine.json().profile.email).toBe('grafeio@katharo.example');
    expect(await pendingDiff(swap.json().changeRequestId)).toContainEqual(
      expect.objectContaining({ field: 'email', proposed: 'pay-here@evil-phish.example' }),
    );

    const rejected = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${swap.json().changeRequestId}/reject`,
      headers: staff.headers,
      payload: { comment: 'Όχι αυτή η διεύθυνση' },
    });
    expect(rejected.statusCode).toBe(200);
    expect(await publicEmail()).toBeNull();
    expect(
      (await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers })).json().profile.email,
    ).toBe('grafeio@katharo.example');
  });

  it('the same for the address and map position while «show my address» is pending', async () => {
    expect((await propose({ addressPublic: false })).json().status).toMatch(/applied|unchanged/);
    expect((await propose({ addressPublic: true })).json().status).toBe('pending');
    const moved = await propose({ streetAddress: 'Οδός Απάτης 1', lat: 38.01, lon: 23.8 });
    expect(moved.json()).toMatchObject({ status: 'pending', appliedFields: [] });
    expect(moved.json().pendingFields).toEqual(
      expect.arrayContaining(['addressPublic', 'streetAddress', 'lat', 'lon']),
    );
  });

  it('with nothing pending, a hidden e-mail still changes at once (private data)', async () => {
    const withdrawn = await propose({ addressPublic: false, emailPublic: false });
    expect(withdrawn.statusCode).toBeLessThan(300);
    expect((await propose({ email: 'idiotiko@katharo.example' })).json().appliedFields).toEqual(['email']);
    expect(
      (await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers })).json().profile.email,
    ).toBe('idiotiko@katharo.example');
  });
});

describe('staff corrections are checked like proposals (item 7)', () => {
  it.each([
    [{ tradeName: 5 }, 'tradeName'],
    [{ gemiNumber: false }, 'gemiNumber'],
    [{ descriptionEn: true }, 'descriptionEn'],
    [{ legalName: null }, 'legalName'],
    [{ status: 'bogus' }, 'status'],
    [{ gemiNumber: '=cmd|"/c calc"!A1' }, 'gemiNumber'],
  ])('profile correction %j → 400 naming %s, nothing applied', async (corrections, field) => {
    const proposal = await propose({ descriptionEn: `Proposal for ${field} ${JSON.stringify(corrections)}` });
    const id = proposal.json().changeRequestId as string;
    const response = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${id}/approve`,
      headers: staff.headers,
      payload: { corrections },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    const still = await inject({ method: 'GET', url: `/api/v1/change-requests/${id}`, headers: staff.headers });
    expect(still.json().status).toBe('pending');
  });

  it.each([
    [{ cpvCodes: '90910000' }, 'cpvCodes'],
    [{ titleEl: null }, 'titleEl'],
    [{ status: 'bogus' }, 'status'],
    [{ descriptionEn: true }, 'descriptionEn'],
  ])('service correction %j → 400 naming %s', async (corrections, field) => {
    const services = (
      await inject({ method: 'GET', url: '/api/v1/my/enterprise/services', headers: member.headers })
    ).json();
    const service = services[0] ?? services.items[0];
    const etag = (
      await inject({ method: 'GET', url: `/api/v1/my/enterprise/services/${service.id}`, headers: member.headers })
    ).headers.etag as string;
    const proposal = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/services/${service.id}`,
      headers: { ...member.headers, 'if-match': etag },
      payload: { descriptionEl: `Νέα περιγραφή ${field}` },
    });
    expect(proposal.json().status).toBe('pending');
    const response = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${proposal.json().changeRequestId}/approve`,
      headers: staff.headers,
      payload: { corrections },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
  });

  it('a trade name corrected to the number 5 is not stored as "5.0"', async () => {
    const proposal = await propose({ tradeName: 'Καθαρό' });
    const response = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${proposal.json().changeRequestId}/approve`,
      headers: staff.headers,
      payload: { corrections: { tradeName: 5 } },
    });
    expect(response.statusCode).toBe(400);
    const row = await ctx.app.db
      .selectFrom('enterprises')
      .select('trade_name')
      .where('slug', '=', 'katharo-chalandri')
      .executeTakeFirstOrThrow();
    expect(row.trade_name).not.toBe('5.0');
    expect(row.trade_name).not.toBe('5');
  });
});
