import { beforeAll, describe, expect, it } from 'vitest';
import { athensDate } from '../../api/domain/consultations/athens-time.ts';
import { DAY, offerBody, schoolCleaningRequest, useConsultationScene } from '../helpers/consultation-scene.ts';

/**
 * The award re-runs eligibility on the consultations' clock (issue 13), not the calendar: the
 * first enterprise's tax clearance (demo data: valid for 9 more days) is valid today, but the
 * award is decided 10 days on, when it has expired — the award is refused with that reason,
 * whatever decision date is recorded, and nothing is written. The evaluation tells when it was
 * saved (the minutes exist from then on).
 */

const scene = useConsultationScene();
const { call } = scene;
let id: string;
let first: string;
let third: string;
let contractId: string;
const offerOf: Record<string, string> = {};

beforeAll(async () => {
  first = scene.manager1.user.enterprise!.id;
  third = scene.manager3.user.enterprise!.id;
  id = (await call('POST', '/api/v1/consultations', scene.staff, schoolCleaningRequest(scene, [first, third]))).json()
    .id;
  expect((await call('POST', `/api/v1/consultations/${id}/publish`, scene.staff)).statusCode).toBe(200);
  for (const [who, price] of [
    [scene.manager1, '15000.00'],
    [scene.manager3, '16000.00'],
  ] as const) {
    const put = await call('PUT', `/api/v1/my/consultations/${id}/offer`, who, offerBody(scene, price));
    expect(put.statusCode).toBe(201);
    offerOf[who.user.enterprise!.id] = put.json().id;
  }
});

describe('the award on the consultations’ clock', () => {
  it('finds the first enterprise eligible on the calendar’s today', async () => {
    const today = await call('POST', '/api/v1/eligibility/search', scene.staff, {
      cpv: ['90919300'],
      route: 'open_procedure',
      valueNet: '18000.00',
    });
    expect(today.statusCode).toBe(200);
    const ineligible = today.json().ineligible.map((e: { enterprise: { id: string } }) => e.enterprise.id);
    expect(ineligible).not.toContain(first);
  });

  it('says when the evaluation was saved: never for the draft comparison', async () => {
    scene.now = new Date(Date.now() + 10 * DAY);
    const draft = await call('GET', `/api/v1/consultations/${id}/comparison`, scene.staff);
    expect(draft.json()).toMatchObject({ evaluatedAt: null, winnerOfferId: offerOf[first] });
    const saved = await call('PUT', `/api/v1/consultations/${id}/evaluation`, scene.staff, {
      decisions: { [offerOf[first]!]: { accepted: true }, [offerOf[third]!]: { accepted: true } },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().evaluatedAt).toBe(scene.now.toISOString());
    const again = await call('GET', `/api/v1/consultations/${id}/comparison`, scene.staff);
    expect(again.json().evaluatedAt).toBe(scene.now.toISOString());
  });

  it('refuses the award when a certificate has expired by the clock’s today, with the reason, writing nothing', async () => {
    for (const decisionDate of [athensDate(scene.now), athensDate(scene.deadline)]) {
      const refused = await call(
        'POST',
        `/api/v1/consultations/${id}/award`,
        scene.staff,
        { offerId: offerOf[first], decisionNumber: '301/2026', decisionDate },
        { 'accept-language': 'en' },
      );
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'no_longer_eligible', field: 'offerId' });
      expect(refused.json().detail).toMatch(/Tax clearance expired on/);
    }
    const greek = await call('POST', `/api/v1/consultations/${id}/award`, scene.staff, {
      offerId: offerOf[first],
      decisionNumber: '301/2026',
      decisionDate: athensDate(scene.now),
    });
    expect(greek.json().detail).toMatch(/φορολογική ενημερότητα έληξε/);
    expect((await call('GET', `/api/v1/consultations/${id}`, scene.staff)).json()).toMatchObject({
      status: 'closed',
      award: null,
    });
    const contracts = await scene.ctx.app.db
      .selectFrom('contracts')
      .select('id')
      .where('consultation_id', '=', id)
      .execute();
    expect(contracts).toEqual([]);
  });

  it('awards the next offer once the first is rejected with a reason', async () => {
    await call('PUT', `/api/v1/consultations/${id}/evaluation`, scene.staff, {
      decisions: {
        [offerOf[first]!]: { accepted: false, reason: 'Η φορολογική ενημερότητα έληξε.' },
        [offerOf[third]!]: { accepted: true },
      },
    });
    const awarded = await call('POST', `/api/v1/consultations/${id}/award`, scene.staff, {
      offerId: offerOf[third],
      decisionNumber: '302/2026',
      decisionDate: athensDate(scene.now),
    });
    expect(awarded.statusCode).toBe(201);
    const contract = await call('GET', `/api/v1/contracts/${awarded.json().contractId}`, scene.staff);
    expect(contract.json()).toMatchObject({ enterprise: { id: third }, valueNet: '16000.00', consultationId: id });
    contractId = awarded.json().contractId;
  });

  it('takes the supplier’s social-value report without the optional total of workers (null stays null)', async () => {
    const day = athensDate(scene.now);
    const reported = await call('POST', `/api/v1/my/social-value/contracts/${contractId}/reports`, scene.manager3, {
      periodStart: day,
      periodEnd: day,
      vulnerableWorkers: 2,
      vulnerableHours: 12,
      totalWorkers: null,
      newHires: 0,
      text: 'Δύο εργαζόμενοι με αναπηρία την πρώτη ημέρα.',
    });
    expect(reported.statusCode).toBe(201);
    expect(reported.json()).toMatchObject({ vulnerableWorkers: 2, totalWorkers: null });
  });
});
