import { beforeAll, describe, expect, it } from 'vitest';
import { athensDate } from '../../api/domain/consultations/athens-time.ts';
import { DEMO_USERS, type SignedIn } from '../helpers/auth.ts';
import { HOUR, offerBody, schoolCleaningRequest, useConsultationScene } from '../helpers/consultation-scene.ts';
import type { TestContext } from '../helpers/test-app.ts';

/**
 * Requests for quotes (issue 13), role × object: members see only their enterprise's
 * invitations, no enterprise sees another's offer, and staff cannot read an offer before the
 * deadline — not through the offers, the detail, the list, the contract exports or the audit
 * log. The clock is injected and moved past the deadline.
 */

const scene = useConsultationScene();
const { call, deadline } = scene;
let ctx: TestContext;
let staff: SignedIn;
let manager1: SignedIn;
let member1: SignedIn;
let manager2: SignedIn;
let first: string;
let second: string;

beforeAll(() => {
  ({ ctx, staff, manager1, member1, manager2 } = scene);
  first = manager1.user.enterprise!.id;
  second = manager2.user.enterprise!.id;
});

const request = (overrides: Record<string, unknown> = {}) => schoolCleaningRequest(scene, [first, second], overrides);
const offer = (priceNet: string) => offerBody(scene, priceNet);

describe('requests for quotes: roles and sealed offers', () => {
  let id: string;
  let onlyFirst: string;

  it('keeps each side to its own routes', async () => {
    expect((await call('GET', '/api/v1/consultations', null)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/consultations', manager1)).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/consultations', member1, request())).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/my/consultations', staff)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/my/consultations', null)).statusCode).toBe(401);
  });

  it('names the field of a bad request as problem+json', async () => {
    const unknownCpv = await call('POST', '/api/v1/consultations', staff, request({ cpv: ['90919300', '12345678'] }));
    expect(unknownCpv.statusCode).toBe(400);
    expect(unknownCpv.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknownCpv.json().invalidParams.map((p: { name: string }) => p.name)).toContain('cpv[1]');
    const money = await call('POST', '/api/v1/consultations', staff, request({ valueNet: '18.000,00' }));
    expect(money.statusCode).toBe(400);
    expect(JSON.stringify(money.json().invalidParams)).toContain('valueNet');
    const enterprise = await call(
      'POST',
      '/api/v1/consultations',
      staff,
      request({ invitedEnterpriseIds: ['nobody'] }),
      { 'accept-language': 'en' },
    );
    expect(enterprise.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'invitedEnterpriseIds[0]', reason: 'no enterprise nobody in the register' }),
    ]);
    expect(await ctx.app.db.selectFrom('consultations').select('id').execute()).toEqual([]);
  });

  it('creates a draft that no enterprise sees, and refuses a deadline too close to publish', async () => {
    // The optional fields may come as null (the staff page sends them so): null stays null, never 0 or "".
    const created = await call(
      'POST',
      '/api/v1/consultations',
      staff,
      request({ durationMonths: null, startDate: null, placeText: null }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft' });
    id = created.json().id;
    expect((await call('GET', `/api/v1/consultations/${id}`, staff)).json()).toMatchObject({
      durationMonths: null,
      startDate: null,
      placeText: null,
    });
    expect((await call('GET', '/api/v1/my/consultations', member1)).json().items).toEqual([]);
    expect((await call('GET', `/api/v1/my/consultations/${id}`, manager1)).statusCode).toBe(404);

    const soon = (
      await call(
        'POST',
        '/api/v1/consultations',
        staff,
        request({ deadline: new Date(Date.now() + HOUR).toISOString(), invitedEnterpriseIds: [first] }),
      )
    ).json().id;
    const tooSoon = await call('POST', `/api/v1/consultations/${soon}/publish`, staff, undefined, {
      'accept-language': 'en',
    });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().field).toBe('deadline');
  });

  it('publishes and mails every invited person in their language', async () => {
    const published = await call('POST', `/api/v1/consultations/${id}/publish`, staff);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'open', invitedCount: 2, offersReceived: 0 });
    const mails = await ctx.app.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'subject'])
      .where('kind', '=', 'consultation_invitation')
      .execute();
    expect(mails.map((m) => m.to_address).sort()).toEqual(
      [DEMO_USERS.manager1, DEMO_USERS.manager2, DEMO_USERS.member1].sort(),
    );
    expect(mails[0]!.subject).toMatch(/^(Πρόσκληση υποβολής προσφοράς|Request for quotes): Καθαρισμός/);

    onlyFirst = (
      await call(
        'POST',
        '/api/v1/consultations',
        staff,
        request({ title: 'Καθαρισμός γραφείων', invitedEnterpriseIds: [first] }),
      )
    ).json().id;
    expect((await call('POST', `/api/v1/consultations/${onlyFirst}/publish`, staff)).statusCode).toBe(200);
  });

  it("shows members only their enterprise's invitations", async () => {
    const ofMember = (await call('GET', '/api/v1/my/consultations', member1))
      .json()
      .items.map((c: { id: string }) => c.id);
    expect(ofMember.sort()).toEqual([id, onlyFirst].sort());
    const ofSecond = (await call('GET', '/api/v1/my/consultations', manager2))
      .json()
      .items.map((c: { id: string }) => c.id);
    expect(ofSecond).toEqual([id]);
    expect((await call('GET', `/api/v1/my/consultations/${onlyFirst}`, manager2)).statusCode).toBe(404);
    expect(
      (await call('PUT', `/api/v1/my/consultations/${onlyFirst}/offer`, manager2, offer('100.00'))).statusCode,
    ).toBe(404);
  });

  it('takes offers, lets one be revised, and never shows an enterprise another one', async () => {
    const a = await call('PUT', `/api/v1/my/consultations/${id}/offer`, manager1, offer('16500.00'));
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ priceNet: '16500.00', vat: '3960.00', total: '20460.00', state: 'submitted' });
    const b = await call('PUT', `/api/v1/my/consultations/${id}/offer`, manager2, offer('15900.00'));
    expect(b.statusCode).toBe(201);
    const noIfMatch = await call('PUT', `/api/v1/my/consultations/${id}/offer`, manager2, offer('15800.00'));
    expect(noIfMatch.statusCode).toBe(428);
    const revised = await call('PUT', `/api/v1/my/consultations/${id}/offer`, manager2, offer('15800.00'), {
      'if-match': b.headers.etag as string,
    });
    expect(revised.statusCode).toBe(200);
    expect(revised.json()).toMatchObject({ priceNet: '15800.00', version: 2 });
    const stale = await call('PUT', `/api/v1/my/consultations/${id}/offer`, manager2, offer('15700.00'), {
      'if-match': b.headers.etag as string,
    });
    expect(stale.statusCode).toBe(412);

    // The member of the first enterprise sees its own offer, not the second's.
    const seenByMember = await call('GET', `/api/v1/my/consultations/${id}`, member1);
    expect(seenByMember.json().offer).toMatchObject({ priceNet: '16500.00' });
    expect(seenByMember.body).not.toContain('15800');
    const seenBySecond = await call('GET', `/api/v1/my/consultations/${id}`, manager2);
    expect(seenBySecond.body).not.toContain('16500');
    expect((await call('GET', '/api/v1/my/consultations', manager2)).body).not.toContain('16500');
  });

  it('gives staff only the count before the deadline: offers, detail, list, exports and the audit log', async () => {
    const offers = await call('GET', `/api/v1/consultations/${id}/offers`, staff);
    expect(offers.json()).toEqual({ sealed: true, count: 2 });
    const reads = [
      await call('GET', `/api/v1/consultations/${id}`, staff),
      await call('GET', '/api/v1/consultations', staff),
      await call('GET', '/api/v1/contracts/export.csv', staff),
    ];
    for (const read of reads) {
      expect(read.statusCode).toBe(200);
      for (const price of ['16500', '15800', '15900', '20460', 'Συνεργείο 3 ατόμων'])
        expect(read.body).not.toContain(price);
    }
    expect((await call('GET', `/api/v1/consultations/${id}/comparison`, staff)).statusCode).toBe(409);
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'consultation.offer.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'consultation.offer.change',
      'consultation.offer.submit',
      'consultation.offer.submit',
    ]);
    for (const row of audit) expect(row.details).not.toMatch(/1[56]\d{3}|Συνεργείο|vat|price/i);
  });

  it('refuses a late offer with 409 and the deadline', async () => {
    scene.now = new Date(deadline.getTime() + 60_000);
    const late = await call('PUT', `/api/v1/my/consultations/${id}/offer`, manager1, offer('10000.00'), {
      'accept-language': 'en',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/deadline/i);
    expect((await call('GET', `/api/v1/consultations/${id}`, staff)).json().status).toBe('closed');
  });

  it('opens the offers after the deadline (audited), refuses an enterprise no longer eligible, and awards', async () => {
    const opened = await call('GET', `/api/v1/consultations/${id}/offers`, staff);
    expect(opened.json().sealed).toBe(false);
    expect(opened.json().offers.map((o: { priceNet: string }) => o.priceNet)).toEqual(['15800.00', '16500.00']);
    expect(
      await ctx.app.db
        .selectFrom('audit_log')
        .select('actor_email')
        .where('action', '=', 'consultation.offers.open')
        .execute(),
    ).toEqual([{ actor_email: DEMO_USERS.staff }]);
    const offerOf = (enterpriseId: string) =>
      opened.json().offers.find((o: { enterprise: { id: string } }) => o.enterprise.id === enterpriseId).id as string;
    const decisionDate = athensDate(scene.now);

    expect(
      (
        await call('POST', `/api/v1/consultations/${id}/award`, staff, {
          offerId: offerOf(first),
          decisionNumber: '123/2026',
          decisionDate,
        })
      ).json().code,
    ).toBe('not_evaluated');
    const allAccepted = await call('PUT', `/api/v1/consultations/${id}/evaluation`, staff, {
      decisions: { [offerOf(first)]: { accepted: true }, [offerOf(second)]: { accepted: true } },
    });
    expect(allAccepted.json().winnerOfferId).toBe(offerOf(second));
    // The cheaper offer is from a green-spaces enterprise: re-run eligibility for cleaning refuses it, with the reasons.
    const refused = await call(
      'POST',
      `/api/v1/consultations/${id}/award`,
      staff,
      { offerId: offerOf(second), decisionNumber: '123/2026', decisionDate },
      { 'accept-language': 'en' },
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'no_longer_eligible', field: 'offerId' });

    await call('PUT', `/api/v1/consultations/${id}/evaluation`, staff, {
      decisions: {
        [offerOf(first)]: { accepted: true },
        [offerOf(second)]: { accepted: false, reason: 'Δεν καλύπτει καθαρισμό σχολείων.' },
      },
    });
    const awarded = await call('POST', `/api/v1/consultations/${id}/award`, staff, {
      offerId: offerOf(first),
      decisionNumber: '124/2026',
      decisionDate,
    });
    expect(awarded.statusCode).toBe(201);
    const contractId = awarded.json().contractId as string;
    const contract = await call('GET', `/api/v1/contracts/${contractId}`, staff);
    expect(contract.json()).toMatchObject({
      enterprise: { id: first },
      valueNet: '16500.00',
      vat: '3960.00',
      cpvCode: '90919300',
      awardRoute: 'open_procedure',
    });
    expect((await call('GET', `/api/v1/consultations/${id}`, staff)).json()).toMatchObject({
      status: 'awarded',
      award: { contractId, decisionNumber: '124/2026' },
    });
    const remove = await call('DELETE', `/api/v1/contracts/${contractId}`, staff, undefined, {
      'if-match': contract.headers.etag as string,
    });
    expect(remove.statusCode).toBe(409);
    const outcome = await ctx.app.db
      .selectFrom('mail_outbox')
      .select('to_address')
      .where('kind', '=', 'consultation_outcome')
      .execute();
    expect(outcome.map((m) => m.to_address).sort()).toEqual(
      [DEMO_USERS.manager1, DEMO_USERS.manager2, DEMO_USERS.member1].sort(),
    );
  });
});
