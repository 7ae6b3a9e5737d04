import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';

/**
 * Enterprise self-service and moderation (issue 5), through the real API on a fresh
 * database with the demo data: manager1 and member1 belong to "katharo-chalandri",
 * manager2 to "prasini-geitonia".
 */

let ctx: TestContext;
let uploadDir: string;
let member: SignedIn;
let otherManager: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  uploadDir = mkdtempSync(join(tmpdir(), 'koinsep-uploads-'));
  ctx = await createTestApp({ config: { uploadDir } });
  member = await signIn(ctx.app, DEMO_USERS.member1);
  otherManager = await signIn(ctx.app, DEMO_USERS.manager2);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
});

afterAll(async () => {
  await ctx?.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

const inject = (options: InjectOptions) => ctx.app.inject(options);

async function myEnterprise(who: SignedIn = member) {
  const response = await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: who.headers });
  expect(response.statusCode).toBe(200);
  return { body: response.json(), etag: response.headers.etag as string };
}

async function propose(payload: Record<string, unknown>, who: SignedIn = member) {
  const { etag } = await myEnterprise(who);
  return inject({
    method: 'PATCH',
    url: '/api/v1/my/enterprise',
    headers: { ...who.headers, 'if-match': etag },
    payload,
  });
}

async function publicProfile(slug: string) {
  const response = await inject({ method: 'GET', url: `/api/v1/enterprises/${slug}` });
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function outbox(kind: string) {
  return ctx.app.db.selectFrom('mail_outbox').selectAll().where('kind', '=', kind).orderBy('created_at').execute();
}

describe('my enterprise: reading and concurrency', () => {
  it('gives the member the full private view with a strong ETag', async () => {
    const { body, etag } = await myEnterprise();
    expect(etag).toMatch(/^"my-enterprise-v\d+-r\d+"$/);
    expect(body.etag).toBe(etag);
    expect(body.slug).toBe('katharo-chalandri');
    expect(body.profile.afm).toMatch(/^\d{9}$/);
    expect(body.moderation.descriptionEl).toBe('moderated');
    expect(body.moderation.phone).toBe('moderated_when_public');
    expect(body.moderation.status).toBe('staff_only');
  });

  it('is for enterprise users: 401 signed out, 403 for staff', async () => {
    expect((await inject({ method: 'GET', url: '/api/v1/my/enterprise' })).statusCode).toBe(401);
    expect((await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: staff.headers })).statusCode).toBe(
      403,
    );
  });

  it('428 without If-Match, 412 with a stale one (carrying the current version), nothing written', async () => {
    const before = await ctx.app.db.selectFrom('change_requests').select('id').execute();
    const none = await inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: member.headers,
      payload: { descriptionEl: 'Χωρίς If-Match' },
    });
    expect(none.statusCode).toBe(428);
    expect(none.headers['content-type']).toContain('application/problem+json');
    const { etag, body } = await myEnterprise();
    const stale = await inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: { ...member.headers, 'if-match': `"my-enterprise-v${body.version - 1}-r0"` },
      payload: { descriptionEl: 'Με παλιό ETag' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().currentEtag).toBe(etag);
    expect(stale.json().current.version).toBe(body.version);
    expect(stale.json().current.profile.descriptionEl).toBe(body.profile.descriptionEl);
    expect(await ctx.app.db.selectFrom('change_requests').select('id').execute()).toHaveLength(before.length);
  });

  it('the second of two tabs holding the same ETag gets 412', async () => {
    const { etag } = await myEnterprise();
    const first = await inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: { ...member.headers, 'if-match': etag },
      payload: { descriptionEn: 'First tab' },
    });
    expect(first.statusCode).toBe(202);
    const second = await inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: { ...member.headers, 'if-match': etag },
      payload: { descriptionEn: 'Second tab' },
    });
    expect(second.statusCode).toBe(412);
    expect(second.json().current.pendingChange.proposed.descriptionEn).toBe('First tab');
  });
});

describe('validation names the field and writes nothing', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['afm', { afm: '123456781' }],
    ['afm', { afm: '12345' }],
    ['website', { website: 'ftp://example.gr' }],
    ['email', { email: 'not-an-address' }],
    ['lat', { lat: 95, lon: 23 }],
    ['lon', { lat: 38, lon: 200 }],
    ['lon', { lat: 38, lon: null }],
    ['postalCode', { postalCode: '1523' }],
    ['disadvantagedEmployeesCount', { employeesCount: 5, disadvantagedEmployeesCount: 6 }],
    ['municipalityId', { municipalityId: 'mun-atlantis' }],
    ['status', { status: 'published' }],
    ['gemkaloStatus', { gemkaloStatus: 'active' }],
    ['foundedOn', { foundedOn: '2031-01-01' }],
    ['colour', { colour: 'blue' }],
  ];
  it.each(cases)('400 naming %s', async (field, payload) => {
    const count = async () => (await ctx.app.db.selectFrom('change_requests').select('id').execute()).length;
    const before = await count();
    const response = await propose(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('accepts an ΑΦΜ with the EL prefix and stores the 9 digits', async () => {
    const response = await propose({ afm: 'EL 094259216' });
    expect(response.statusCode).toBe(202);
    const cr = await inject({
      method: 'GET',
      url: `/api/v1/change-requests/${response.json().changeRequestId}`,
      headers: member.headers,
    });
    expect(cr.json().proposed.afm).toBe('094259216');
  });
});

describe('moderation', () => {
  it('public text waits; staff see the diff, approve; the public API shows it; history, audit and e-mail follow', async () => {
    const slug = 'katharo-chalandri';
    const oldText = (await publicProfile(slug)).description;
    const response = await propose({ descriptionEl: 'Καθαρίζουμε σχολεία με οικολογικά υλικά — νέο κείμενο.' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({
      status: 'pending',
      pendingFields: expect.arrayContaining(['descriptionEl']),
    });
    const id = response.json().changeRequestId as string;
    expect((await publicProfile(slug)).description).toBe(oldText);

    const queue = await inject({
      method: 'GET',
      url: '/api/v1/change-requests?status=pending',
      headers: staff.headers,
    });
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(id);
    const detail = await inject({ method: 'GET', url: `/api/v1/change-requests/${id}`, headers: staff.headers });
    const diff = detail.json().diff.find((d: { field: string }) => d.field === 'descriptionEl');
    expect(diff).toMatchObject({
      before: oldText,
      current: oldText,
      proposed: 'Καθαρίζουμε σχολεία με οικολογικά υλικά — νέο κείμενο.',
      changedSinceProposal: false,
    });

    const versionBefore = (
      await ctx.app.db.selectFrom('enterprises').select('version').where('slug', '=', slug).executeTakeFirstOrThrow()
    ).version;
    const approved = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${id}/approve`,
      headers: staff.headers,
      payload: { comment: 'Ευχαριστούμε' },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect((await publicProfile(slug)).description).toBe('Καθαρίζουμε σχολεία με οικολογικά υλικά — νέο κείμενο.');
    const after = await ctx.app.db
      .selectFrom('enterprises')
      .select(['id', 'version'])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    expect(after.version).toBe(versionBefore + 1);
    // Search sees the new words.
    const search = await inject({ method: 'GET', url: '/api/v1/enterprises?q=oikologika' });
    expect(search.json().items.map((i: { slug: string }) => i.slug)).toContain(slug);

    const history = await inject({ method: 'GET', url: `/api/v1/enterprises/${slug}/history`, headers: staff.headers });
    expect(history.statusCode).toBe(200);
    const entry = history
      .json()
      .items.find(
        (h: { field_name: string; change_request_id: string }) =>
          h.field_name === 'descriptionEl' && h.change_request_id === id,
      );
    expect(entry).toMatchObject({
      resource_type: 'enterprise',
      resource_id: after.id,
      previous_value: oldText,
      last_action_type: 'approve',
      updated_by_name: 'Στέλιος Προμηθειών',
    });
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'change_request.approve')
      .where('object_id', '=', id)
      .execute();
    expect(audit).toHaveLength(1);
    const mails = await outbox('change_request_approved');
    expect(
      mails.some(
        (m) =>
          m.to_address === DEMO_USERS.member1 && /εγκρίθηκαν/.test(m.subject) && /Ευχαριστούμε/.test(m.body_text ?? ''),
      ),
    ).toBe(true);
    // The enterprise sees status and comment.
    const mine = await inject({ method: 'GET', url: `/api/v1/change-requests/${id}`, headers: member.headers });
    expect(mine.json()).toMatchObject({ status: 'approved', reviewComment: 'Ευχαριστούμε' });
  });

  it('a new proposal absorbs the pending one, which becomes superseded', async () => {
    const first = await propose({ website: 'https://katharo.example.gr' });
    const second = await propose({ tradeName: 'Καθαρό Χαλάνδρι ΚοινΣΕπ' });
    expect(second.json().pendingFields.sort()).toEqual(expect.arrayContaining(['tradeName', 'website']));
    const old = await inject({
      method: 'GET',
      url: `/api/v1/change-requests/${first.json().changeRequestId}`,
      headers: staff.headers,
    });
    expect(old.json().status).toBe('superseded');
    const pending = await ctx.app.db
      .selectFrom('change_requests')
      .select('id')
      .where('status', '=', 'pending')
      .where('enterprise_id', '=', (await myEnterprise()).body.id)
      .where('kind', '=', 'profile')
      .execute();
    expect(pending).toHaveLength(1);
  });

  it('reject with a comment: nothing changes publicly, the enterprise reads why and gets an e-mail', async () => {
    const response = await propose({ tradeName: 'Όνομα που δεν εγκρίνεται' });
    const id = response.json().changeRequestId;
    const noComment = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${id}/reject`,
      headers: staff.headers,
      payload: {},
    });
    expect(noComment.statusCode).toBe(400);
    const rejected = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${id}/reject`,
      headers: staff.headers,
      payload: { comment: 'Η επωνυμία πρέπει να ταιριάζει με το ΓΕΜΗ.' },
    });
    expect(rejected.statusCode).toBe(200);
    expect((await publicProfile('katharo-chalandri')).name).not.toBe('Όνομα που δεν εγκρίνεται');
    const mine = await inject({ method: 'GET', url: `/api/v1/change-requests/${id}`, headers: member.headers });
    expect(mine.json()).toMatchObject({
      status: 'rejected',
      reviewComment: 'Η επωνυμία πρέπει να ταιριάζει με το ΓΕΜΗ.',
    });
    expect((await outbox('change_request_rejected')).some((m) => m.to_address === DEMO_USERS.member1)).toBe(true);
    const again = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${id}/approve`,
      headers: staff.headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it('correct and approve applies the reviewer’s value', async () => {
    const response = await propose({ descriptionEn: 'We clean schols.' });
    const id = response.json().changeRequestId;
    const bad = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${id}/approve`,
      headers: staff.headers,
      payload: { corrections: { website: 'nope' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('website');
    const ok = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${id}/approve`,
      headers: staff.headers,
      payload: { corrections: { descriptionEn: 'We clean schools.' } },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().applied.descriptionEn).toBe('We clean schools.');
    const row = await ctx.app.db
      .selectFrom('enterprises')
      .select('description_en')
      .where('slug', '=', 'katharo-chalandri')
      .executeTakeFirstOrThrow();
    expect(row.description_en).toBe('We clean schools.');
  });

  it('private contact details apply at once; making them public waits', async () => {
    const hide = await propose({ phonePublic: false });
    expect(hide.json().appliedFields).toContain('phonePublic');
    const phone = await propose({ phone: '+30 210 555 0101' });
    expect(phone.json()).toMatchObject({ status: 'applied', appliedFields: ['phone'], changeRequestId: null });
    const row = await ctx.app.db
      .selectFrom('enterprises')
      .select(['phone', 'phone_public'])
      .where('slug', '=', 'katharo-chalandri')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ phone: '+30 210 555 0101', phone_public: 0 });
    const show = await propose({ phonePublic: true });
    expect(show.json().pendingFields).toContain('phonePublic');
    expect(
      (
        await ctx.app.db
          .selectFrom('enterprises')
          .select('phone_public')
          .where('slug', '=', 'katharo-chalandri')
          .executeTakeFirstOrThrow()
      ).phone_public,
    ).toBe(0);
  });
});

describe('per-object authorisation', () => {
  it('an enterprise member cannot moderate: 403 on their own enterprise’s request, 404 on another’s', async () => {
    const own = await propose({ descriptionEn: 'Own request' });
    const ownId = own.json().changeRequestId;
    const forbidden = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${ownId}/approve`,
      headers: member.headers,
      payload: {},
    });
    expect(forbidden.statusCode).toBe(403);
    const foreign = await propose({ descriptionEn: 'Other enterprise' }, otherManager);
    const foreignId = foreign.json().changeRequestId;
    for (const action of ['approve', 'reject']) {
      const response = await inject({
        method: 'POST',
        url: `/api/v1/change-requests/${foreignId}/${action}`,
        headers: member.headers,
        payload: action === 'reject' ? { comment: 'x' } : {},
      });
      expect(response.statusCode).toBe(404);
    }
    expect(
      (await inject({ method: 'GET', url: `/api/v1/change-requests/${foreignId}`, headers: member.headers }))
        .statusCode,
    ).toBe(404);
    const list = await inject({
      method: 'GET',
      url: `/api/v1/change-requests?enterpriseId=${foreign.json().changeRequestId}`,
      headers: member.headers,
    });
    expect(list.json().items.every((i: { enterpriseSlug: string }) => i.enterpriseSlug === 'katharo-chalandri')).toBe(
      true,
    );
    const still = await inject({ method: 'GET', url: `/api/v1/change-requests/${foreignId}`, headers: staff.headers });
    expect(still.json().status).toBe('pending');
  });

  it('an enterprise member cannot edit another enterprise (nor use the staff routes)', async () => {
    const staffView = await inject({
      method: 'GET',
      url: '/api/v1/staff/enterprises/prasini-geitonia',
      headers: staff.headers,
    });
    const attempt = await inject({
      method: 'PATCH',
      url: '/api/v1/enterprises/prasini-geitonia',
      headers: { ...member.headers, 'if-match': staffView.headers.etag as string },
      payload: { descriptionEl: 'Hijack' },
    });
    expect(attempt.statusCode).toBe(403);
    expect(
      (await inject({ method: 'GET', url: '/api/v1/staff/enterprises/prasini-geitonia', headers: member.headers }))
        .statusCode,
    ).toBe(403);
    expect(
      (await inject({ method: 'GET', url: '/api/v1/enterprises/prasini-geitonia/history', headers: member.headers }))
        .statusCode,
    ).toBe(403);
    expect(
      (await inject({ method: 'POST', url: '/api/v1/enterprises/prasini-geitonia/verify', headers: member.headers }))
        .statusCode,
    ).toBe(403);
    expect(
      (await inject({ method: 'GET', url: '/api/v1/compliance/overview', headers: member.headers })).statusCode,
    ).toBe(403);
    const row = await ctx.app.db
      .selectFrom('enterprises')
      .select('description_el')
      .where('slug', '=', 'prasini-geitonia')
      .executeTakeFirstOrThrow();
    expect(row.description_el).not.toBe('Hijack');
  });

  it('needs the CSRF token for cookie-authenticated writes', async () => {
    const { etag } = await myEnterprise();
    const response = await inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: { cookie: member.cookie, 'if-match': etag },
      payload: { descriptionEn: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_token_invalid');
  });
});

describe('staff edit, verify and history', () => {
  it('PATCH /enterprises/{slug}: 428, 412, then applied directly with history and audit', async () => {
    const read = await inject({
      method: 'GET',
      url: '/api/v1/staff/enterprises/prasini-geitonia',
      headers: staff.headers,
    });
    expect(read.statusCode).toBe(200);
    const etag = read.headers.etag as string;
    expect(etag).toMatch(/^"enterprise-v\d+"$/);
    expect(
      (
        await inject({
          method: 'PATCH',
          url: '/api/v1/enterprises/prasini-geitonia',
          headers: staff.headers,
          payload: { gemkaloStatus: 'pending' },
        })
      ).statusCode,
    ).toBe(428);
    const ok = await inject({
      method: 'PATCH',
      url: '/api/v1/enterprises/prasini-geitonia',
      headers: { ...staff.headers, 'if-match': etag },
      payload: { gemkaloStatus: 'pending', membersCount: 12 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().profile).toMatchObject({ gemkaloStatus: 'pending', membersCount: 12 });
    expect(ok.headers.etag).not.toBe(etag);
    const stale = await inject({
      method: 'PATCH',
      url: '/api/v1/enterprises/prasini-geitonia',
      headers: { ...staff.headers, 'if-match': etag },
      payload: { membersCount: 13 },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current.profile.membersCount).toBe(12);
    const history = await inject({
      method: 'GET',
      url: '/api/v1/enterprises/prasini-geitonia/history?resourceType=enterprise',
      headers: staff.headers,
    });
    expect(history.json().items.find((h: { field_name: string }) => h.field_name === 'gemkaloStatus')).toMatchObject({
      replacement_value: 'pending',
      last_action_type: 'update',
    });
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'enterprise.update')
      .where('object_id', '=', read.json().id)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('verification records the date (assured_date) and shows as fresh', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/enterprises/prasini-geitonia/verify',
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(200);
    const { verification } = response.json();
    expect(verification.stale).toBe(false);
    expect(verification.assuredDate).toBe(verification.verifiedAt.slice(0, 10));
    expect((await publicProfile('prasini-geitonia')).verifiedAt).toBe(verification.verifiedAt);
  });
});

describe('services through moderation', () => {
  it('a new service is published only after approval; invalid CPV is named', async () => {
    const bad = await inject({
      method: 'POST',
      url: '/api/v1/my/enterprise/services',
      headers: member.headers,
      payload: { titleEl: 'Απολύμανση', cpvCodes: ['99999999'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('cpvCodes');
    const created = await inject({
      method: 'POST',
      url: '/api/v1/my/enterprise/services',
      headers: member.headers,
      payload: { titleEl: 'Απολύμανση χώρων', cpvCodes: ['90910000-9'], areas: ['mun-chalandri'] },
    });
    expect(created.statusCode).toBe(202);
    const { serviceId, changeRequestId } = created.json();
    const titles = async () =>
      (await publicProfile('katharo-chalandri')).services.map((s: { title: string }) => s.title);
    expect(await titles()).not.toContain('Απολύμανση χώρων');
    const mine = await inject({ method: 'GET', url: '/api/v1/my/enterprise/services', headers: member.headers });
    expect(mine.json().items.find((s: { id: string }) => s.id === serviceId)).toMatchObject({
      published: false,
      values: { titleEl: 'Απολύμανση χώρων' },
    });
    const approved = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${changeRequestId}/approve`,
      headers: staff.headers,
      payload: {},
    });
    expect(approved.statusCode).toBe(200);
    expect(await titles()).toContain('Απολύμανση χώρων');

    const read = await inject({
      method: 'GET',
      url: `/api/v1/my/enterprise/services/${serviceId}`,
      headers: member.headers,
    });
    const etag = read.headers.etag as string;
    expect(
      (
        await inject({
          method: 'PATCH',
          url: `/api/v1/my/enterprise/services/${serviceId}`,
          headers: member.headers,
          payload: { status: 'inactive' },
        })
      ).statusCode,
    ).toBe(428);
    const withdraw = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/services/${serviceId}`,
      headers: { ...member.headers, 'if-match': etag },
      payload: { status: 'inactive' },
    });
    expect(withdraw.json()).toMatchObject({ status: 'applied', appliedFields: ['status'] });
    expect(await titles()).not.toContain('Απολύμανση χώρων');
    const stale = await inject({
      method: 'DELETE',
      url: `/api/v1/my/enterprise/services/${serviceId}`,
      headers: { ...member.headers, 'if-match': etag },
    });
    expect(stale.statusCode).toBe(412);
    const deleted = await inject({
      method: 'DELETE',
      url: `/api/v1/my/enterprise/services/${serviceId}`,
      headers: { ...member.headers, 'if-match': withdraw.json().etag },
    });
    expect(deleted.statusCode).toBe(204);
    const history = await inject({
      method: 'GET',
      url: `/api/v1/enterprises/katharo-chalandri/history?resourceType=service`,
      headers: staff.headers,
    });
    const actions = history
      .json()
      .items.filter((h: { resource_id: string }) => h.resource_id === serviceId)
      .map((h: { last_action_type: string }) => h.last_action_type);
    expect(new Set(actions)).toEqual(new Set(['create', 'update', 'delete']));
  });

  it('another enterprise’s service is a 404', async () => {
    const theirs = await inject({
      method: 'GET',
      url: '/api/v1/my/enterprise/services',
      headers: otherManager.headers,
    });
    const serviceId = theirs.json().items[0].id;
    expect(
      (await inject({ method: 'GET', url: `/api/v1/my/enterprise/services/${serviceId}`, headers: member.headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await inject({
          method: 'PATCH',
          url: `/api/v1/my/enterprise/services/${serviceId}`,
          headers: { ...member.headers, 'if-match': '"my-service-v1-r0"' },
          payload: { titleEl: 'x' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('compliance overview', () => {
  it('lists expiring and expired certificates and says who is ready to award, in the engine’s words', async () => {
    const response = await inject({
      method: 'GET',
      url: '/api/v1/compliance/overview?attention=true',
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.route).toBe('direct_award');
    expect(body.summary.enterprises).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(!item.ready || item.documents.some((d: { state: string }) => d.state !== 'valid')).toBe(true);
      if (!item.ready) expect(item.missing.length).toBeGreaterThan(0);
      for (const check of item.missing) expect(check.message.el.length).toBeGreaterThan(0);
    }
    const bad = await inject({
      method: 'GET',
      url: '/api/v1/compliance/overview?on=2026-02-30',
      headers: staff.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('on');
  });
});

describe('contract', () => {
  it('every self-service route is in the OpenAPI document, uploads as multipart/form-data', async () => {
    const spec = (await inject({ method: 'GET', url: '/openapi.json' })).json();
    const paths = Object.keys(spec.paths);
    for (const path of [
      '/api/v1/my/enterprise',
      '/api/v1/my/enterprise/services/{id}',
      '/api/v1/my/enterprise/documents',
      '/api/v1/my/enterprise/documents/{id}/files/{fileId}',
      '/api/v1/change-requests',
      '/api/v1/change-requests/{id}/approve',
      '/api/v1/change-requests/{id}/reject',
      '/api/v1/enterprises/{slug}/history',
      '/api/v1/enterprises/{slug}/verify',
      '/api/v1/staff/enterprises/{slug}',
      '/api/v1/compliance/overview',
    ])
      expect(paths).toContain(path);
    expect(spec.paths['/api/v1/enterprises/{slug}'].get).toBeDefined();
    expect(spec.paths['/api/v1/enterprises/{slug}'].patch).toBeDefined();
    expect(Object.keys(spec.paths['/api/v1/my/enterprise/documents'].post.requestBody?.content ?? {})).toContain(
      'multipart/form-data',
    );
    expect(Object.keys(spec.paths['/api/v1/my/enterprise'].patch.responses)).toEqual(
      expect.arrayContaining(['202', '400', '412', '428']),
    );
  });
});
