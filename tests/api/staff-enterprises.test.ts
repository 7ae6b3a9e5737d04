import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

/**
 * Staff manage enterprises in the app (issue 16): register one (ΑΦΜ checked), edit any field
 * (If-Match, history), publish and hide; and the staff home's counters in one call.
 */

let ctx: TestContext;
let staff: SignedIn;
let member: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  staff = await signIn(ctx.app, DEMO_USERS.staff);
  member = await signIn(ctx.app, DEMO_USERS.member1);
});

afterAll(async () => {
  await ctx?.close();
});

const inject = (options: InjectOptions) => ctx.app.inject(options);
const create = (payload: Record<string, unknown>, headers: Record<string, string> = staff.headers) =>
  inject({ method: 'POST', url: '/api/v1/staff/enterprises', headers, payload });
const overview = async () => {
  const response = await inject({ method: 'GET', url: '/api/v1/staff/overview', headers: staff.headers });
  expect(response.statusCode).toBe(200);
  return response.json();
};
const enterpriseCount = async () =>
  Number(
    (
      await ctx.app.db
        .selectFrom('enterprises')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /staff/enterprises', () => {
  it('registers a draft with a slug from its name, its fields in the history and the audit log', async () => {
    const response = await create({
      legalName: 'Ανθός Κήπων ΚοινΣΕπ',
      legalForm: 'koinsep_collective_benefit',
      afm: 'EL341672119',
      email: 'info@anthos.example.gr',
      postalCode: '15231',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.slug).toBe('anthos-kipon-koinsep');
    expect(response.headers.location).toBe('/api/v1/staff/enterprises/anthos-kipon-koinsep');
    expect(body.profile).toMatchObject({
      afm: '341672119',
      status: 'draft',
      postalCode: '152 31',
      email: 'info@anthos.example.gr',
    });
    expect(body.verification.verifiedAt).toBeNull();
    // A draft is not public.
    expect((await inject({ method: 'GET', url: '/api/v1/enterprises/anthos-kipon-koinsep' })).statusCode).toBe(404);
    const history = await inject({
      method: 'GET',
      url: '/api/v1/enterprises/anthos-kipon-koinsep/history',
      headers: staff.headers,
    });
    const fields = history
      .json()
      .items.map((h: { field_name: string; last_action_type: string }) => `${h.field_name}:${h.last_action_type}`);
    expect(fields).toEqual(expect.arrayContaining(['legalName:create', 'afm:create', 'email:create']));
    const audit = await ctx.app.db.selectFrom('audit_log').select('action').where('object_id', '=', body.id).execute();
    expect(audit.map((a) => a.action)).toContain('enterprise.create');
  });

  it('a second enterprise with the same name gets its own slug', async () => {
    const response = await create({
      legalName: 'Ανθός Κήπων ΚοινΣΕπ',
      legalForm: 'koinsep_collective_benefit',
      afm: '068403886',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().slug).toBe('anthos-kipon-koinsep-2');
  });

  it('a wrong or taken ΑΦΜ is a 400 naming the field, in Greek by default, and nothing is written', async () => {
    const before = await enterpriseCount();
    const checksum = await create({
      legalName: 'Λάθος ΑΦΜ',
      legalForm: 'koinsep_collective_benefit',
      afm: '123456781',
    });
    expect(checksum.statusCode).toBe(400);
    expect(checksum.headers['content-type']).toContain('application/problem+json');
    expect(checksum.json().invalidParams[0].name).toBe('afm');
    expect(checksum.json().detail).toMatch(/[α-ω]/);
    const taken = await create(
      { legalName: 'Διπλό ΑΦΜ', legalForm: 'koinsep_collective_benefit', afm: '341672119' },
      { ...staff.headers, 'accept-language': 'en' },
    );
    expect(taken.statusCode).toBe(400);
    expect(taken.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['afm']);
    expect(taken.json().detail).toMatch(/afm/i);
    const several = await create({
      legalName: 'Πολλά λάθη',
      legalForm: 'koinsep_collective_benefit',
      afm: '068403886',
      email: 'not-an-address',
      foundedOn: '2999-01-01',
    });
    expect(
      several
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['afm', 'email', 'foundedOn']);
    const missing = await create({ legalName: 'Χωρίς ΑΦΜ', legalForm: 'koinsep_collective_benefit' });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json().invalidParams)).toContain('afm');
    expect(await enterpriseCount()).toBe(before);
  });

  it('only staff register enterprises', async () => {
    expect(
      (await create({ legalName: 'Όχι', legalForm: 'koinsep_collective_benefit', afm: '542143042' }, member.headers))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await inject({
          method: 'POST',
          url: '/api/v1/staff/enterprises',
          payload: { legalName: 'Όχι', legalForm: 'koinsep_collective_benefit', afm: '542143042' },
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('PATCH /staff/enterprises/{slug}, publish and hide', () => {
  it('edits any field with If-Match (428 without, 412 when stale) and records the history', async () => {
    const read = await inject({
      method: 'GET',
      url: '/api/v1/staff/enterprises/anthos-kipon-koinsep',
      headers: staff.headers,
    });
    const etag = read.headers.etag as string;
    const url = '/api/v1/staff/enterprises/anthos-kipon-koinsep';
    expect(
      (await inject({ method: 'PATCH', url, headers: staff.headers, payload: { descriptionEl: 'Φροντίδα κήπων' } }))
        .statusCode,
    ).toBe(428);
    const ok = await inject({
      method: 'PATCH',
      url,
      headers: { ...staff.headers, 'if-match': etag },
      payload: {
        descriptionEl: 'Φροντίδα κήπων και πρασίνου',
        lat: 38.02,
        lon: 23.8,
        addressPublic: true,
        streetAddress: 'Ανδρέα Παπανδρέου 1',
        gemkaloStatus: 'active',
      },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().profile).toMatchObject({
      descriptionEl: 'Φροντίδα κήπων και πρασίνου',
      lat: 38.02,
      gemkaloStatus: 'active',
      addressPublic: true,
    });
    const stale = await inject({
      method: 'PATCH',
      url,
      headers: { ...staff.headers, 'if-match': etag },
      payload: { descriptionEl: 'x' },
    });
    expect(stale.statusCode).toBe(412);
    const bad = await inject({
      method: 'PATCH',
      url,
      headers: { ...staff.headers, 'if-match': ok.headers.etag as string },
      payload: { lat: 123 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('lat');
  });

  it('a hidden enterprise leaves the directory search, and returns when published again', async () => {
    const found = async () =>
      JSON.stringify((await inject({ method: 'GET', url: '/api/v1/enterprises?pageSize=100' })).json()).includes(
        '"prasini-geitonia"',
      );
    expect(await found()).toBe(true);
    await inject({ method: 'POST', url: '/api/v1/staff/enterprises/prasini-geitonia/hide', headers: staff.headers });
    expect(await found()).toBe(false);
    await inject({ method: 'POST', url: '/api/v1/staff/enterprises/prasini-geitonia/publish', headers: staff.headers });
    expect(await found()).toBe(true);
  });

  it('publishing puts the enterprise in the public directory; hiding takes it out; both in the history', async () => {
    const publish = await inject({
      method: 'POST',
      url: '/api/v1/staff/enterprises/anthos-kipon-koinsep/publish',
      headers: staff.headers,
    });
    expect(publish.statusCode).toBe(200);
    expect(publish.json().profile.status).toBe('published');
    expect((await inject({ method: 'GET', url: '/api/v1/enterprises/anthos-kipon-koinsep' })).statusCode).toBe(200);

    const hide = await inject({
      method: 'POST',
      url: '/api/v1/staff/enterprises/anthos-kipon-koinsep/hide',
      headers: staff.headers,
    });
    expect(hide.json().profile.status).toBe('hidden');
    expect((await inject({ method: 'GET', url: '/api/v1/enterprises/anthos-kipon-koinsep' })).statusCode).toBe(404);
    const history = await inject({
      method: 'GET',
      url: '/api/v1/enterprises/anthos-kipon-koinsep/history?resourceType=enterprise',
      headers: staff.headers,
    });
    const actions = history
      .json()
      .items.filter((h: { field_name: string }) => h.field_name === 'status')
      .map((h: { last_action_type: string }) => h.last_action_type);
    expect(actions).toEqual(expect.arrayContaining(['publish', 'hide']));
    expect(
      (
        await inject({
          method: 'POST',
          url: '/api/v1/staff/enterprises/anthos-kipon-koinsep/publish',
          headers: member.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await inject({ method: 'POST', url: '/api/v1/staff/enterprises/no-such-one/hide', headers: staff.headers }))
        .statusCode,
    ).toBe(404);
  });
});

describe('GET /staff/overview', () => {
  it('counts what the staff pages list', async () => {
    const counters = await overview();
    const pending = (
      await inject({ method: 'GET', url: '/api/v1/change-requests?status=pending', headers: staff.headers })
    ).json();
    const compliance = (
      await inject({ method: 'GET', url: '/api/v1/compliance/overview', headers: staff.headers })
    ).json();
    const stats = (
      await inject({
        method: 'GET',
        url: `/api/v1/stats/social-procurement?year=${counters.spend.year}`,
        headers: staff.headers,
      })
    ).json();
    const records = (await inject({ method: 'GET', url: '/api/v1/staff/enterprises', headers: staff.headers })).json()
      .items;
    expect(counters.pendingChanges).toBe(pending.total);
    expect(counters.documents).toEqual({
      expiring: compliance.summary.expiring,
      expired: compliance.summary.expired,
      windowDays: compliance.windowDays,
    });
    expect(counters.verification.never).toBe(
      records.filter((r: { verification: { verifiedAt: string | null } }) => !r.verification.verifiedAt).length,
    );
    expect(counters.verification.stale).toBe(
      records.filter((r: { verification: { stale: boolean } }) => r.verification.stale).length,
    );
    expect(counters.spend).toMatchObject({ net: stats.net, contracts: stats.contracts });
  });

  it('moves when the work changes: a new enterprise is never verified, a proposal awaits moderation', async () => {
    const before = await overview();
    await create({ legalName: 'Νέα Πνοή ΚοινΣΕπ', legalForm: 'koinsep_collective_benefit', afm: '542143042' });
    const my = await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers });
    const proposal = await inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: { ...member.headers, 'if-match': my.headers.etag as string },
      payload: { descriptionEl: `Νέα περιγραφή ${Date.now()}` },
    });
    expect(proposal.statusCode).toBe(202);
    const after = await overview();
    expect(after.verification.never).toBe(before.verification.never + 1);
    expect(after.pendingChanges).toBe(before.pendingChanges + 1);
  });

  it('is for staff only', async () => {
    expect((await inject({ method: 'GET', url: '/api/v1/staff/overview', headers: member.headers })).statusCode).toBe(
      403,
    );
    expect((await inject({ method: 'GET', url: '/api/v1/staff/overview' })).statusCode).toBe(401);
    expect(
      (await inject({ method: 'GET', url: '/api/v1/staff/overview?year=abc', headers: staff.headers })).statusCode,
    ).toBe(400);
  });

  it('is described in the OpenAPI document with the enterprise routes', async () => {
    const spec = (await inject({ method: 'GET', url: '/docs/json' })).json();
    expect(spec.paths['/api/v1/staff/overview'].get).toBeDefined();
    expect(spec.paths['/api/v1/staff/enterprises'].post).toBeDefined();
    expect(spec.paths['/api/v1/staff/enterprises/{slug}'].patch).toBeDefined();
    expect(spec.paths['/api/v1/staff/enterprises/{slug}/publish'].post).toBeDefined();
    expect(spec.paths['/api/v1/staff/enterprises/{slug}/hide'].post).toBeDefined();
  });
});
