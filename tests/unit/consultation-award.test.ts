import { describe, expect, it } from 'vitest';
import { checkAward, contractFromAward, noLongerEligible } from '../../api/domain/consultations/award.ts';
import { evaluateOffers, type Evaluation, type OfferForEvaluation } from '../../api/domain/consultations/evaluation.ts';
import { compareForRotation, rotationFacts } from '../../api/domain/consultations/rotation.ts';

const DEADLINE = '2026-05-10T09:00:00.000Z';
const NOW = new Date('2026-05-20T10:00:00Z');

function offer(offerId: string, priceNetCents: number, validUntil = '2026-09-30'): OfferForEvaluation {
  return {
    offerId,
    enterpriseId: `e-${offerId}`,
    enterpriseName: `Επιχείρηση ${offerId.toUpperCase()}`,
    priceNetCents,
    vatRate: 24,
    vatCents: priceNetCents * 0.24,
    totalCents: priceNetCents * 1.24,
    validUntil,
    submittedAt: DEADLINE,
  };
}

function evaluation(offers: OfferForEvaluation[], lotOrder: string[] | null = null): Evaluation {
  const decisions = Object.fromEntries(
    offers.map((o) => [
      o.offerId,
      { accepted: o.offerId !== 'x', reason: o.offerId === 'x' ? 'Εκπρόθεσμα δικαιολογητικά' : null, qualityMarks: {} },
    ]),
  );
  const result = evaluateOffers({
    rule: { kind: 'lowest_price' },
    offers,
    decisions,
    lotOrder,
    evaluatedOn: '2026-05-11',
  });
  if (!result.ok) throw new Error('evaluation failed');
  return result.value;
}

const closed = { status: 'closed' as const, deadline: DEADLINE };
const valid = {
  offerId: 'a',
  decisionNumber: '  123/2026 ',
  decisionDate: '2026-05-15',
  diavgeiaAda: '6θ9υ46μτλ6-φψα',
};

describe('checkAward', () => {
  const ranked = evaluation([offer('a', 1_000_000), offer('b', 1_100_000), offer('x', 900_000)]);

  it('awards the first-ranked offer with the decision number, date and a normalised ΑΔΑ', () => {
    expect(checkAward(valid, { consultation: closed, evaluation: ranked, now: NOW })).toEqual({
      ok: true,
      value: { offerId: 'a', decisionNumber: '123/2026', decisionDate: '2026-05-15', diavgeiaAda: '6Θ9Υ46ΜΤΛ6-ΦΨΑ' },
    });
  });

  it.each([
    [
      'before the deadline',
      {
        consultation: { status: 'open' as const, deadline: DEADLINE },
        evaluation: ranked,
        now: new Date('2026-05-10T08:00:00Z'),
      },
      valid,
      '409 invalid_status',
    ],
    ['without an evaluation', { consultation: closed, evaluation: null, now: NOW }, valid, '409 not_evaluated'],
    [
      'to the second-ranked offer',
      { consultation: closed, evaluation: ranked, now: NOW },
      { ...valid, offerId: 'b' },
      '409 not_best_offer',
    ],
    [
      'to a rejected offer',
      { consultation: closed, evaluation: ranked, now: NOW },
      { ...valid, offerId: 'x' },
      '409 offer_rejected',
    ],
    [
      'to an unknown offer',
      { consultation: closed, evaluation: ranked, now: NOW },
      { ...valid, offerId: 'zz' },
      '400 invalid_parameter',
    ],
    [
      'dated before the deadline',
      { consultation: closed, evaluation: ranked, now: NOW },
      { ...valid, decisionDate: '2026-05-09' },
      '400 invalid_parameter',
    ],
    [
      'dated in the future',
      { consultation: closed, evaluation: ranked, now: NOW },
      { ...valid, decisionDate: '2026-05-21' },
      '400 invalid_parameter',
    ],
    [
      'without a decision number',
      { consultation: closed, evaluation: ranked, now: NOW },
      { ...valid, decisionNumber: ' ' },
      '400 invalid_parameter',
    ],
    [
      'with a malformed ΑΔΑ',
      { consultation: closed, evaluation: ranked, now: NOW },
      { ...valid, diavgeiaAda: 'not an ada' },
      '400 invalid_parameter',
    ],
    [
      'once already awarded',
      { consultation: { status: 'awarded' as const, deadline: DEADLINE }, evaluation: ranked, now: NOW },
      valid,
      '409 invalid_status',
    ],
  ])('refuses an award %s', (_case, facts, input, expected) => {
    const result = checkAward(input, facts);
    expect(!result.ok && `${result.problems[0]!.status} ${result.problems[0]!.code}`).toBe(expected);
  });

  it('refuses an award over an unsettled tie, naming the tied enterprises, and allows it after the lot', () => {
    const tied = evaluation([offer('a', 1_000_000), offer('b', 1_000_000)]);
    const refused = checkAward(valid, { consultation: closed, evaluation: tied, now: NOW });
    expect(!refused.ok && refused.problems[0]!.message.el).toContain('Επιχείρηση A, Επιχείρηση B');
    expect(
      checkAward(
        { ...valid, offerId: 'b' },
        {
          consultation: closed,
          evaluation: evaluation([offer('a', 1_000_000), offer('b', 1_000_000)], ['b', 'a']),
          now: NOW,
        },
      ).ok,
    ).toBe(true);
  });

  it('refuses an offer that expired before the decision date', () => {
    const result = checkAward(valid, {
      consultation: closed,
      evaluation: evaluation([offer('a', 1_000_000, '2026-05-12')]),
      now: NOW,
    });
    expect(!result.ok && result.problems[0]).toMatchObject({
      status: 409,
      code: 'offer_expired',
      field: 'decisionDate',
    });
  });

  it('words the eligibility refusal with its reasons', () => {
    const problem = noLongerEligible('Άλφα ΚοινΣΕπ', [
      { el: 'Η φορολογική ενημερότητα έληξε 12/05/2026', en: 'The tax clearance expired on 12/05/2026' },
    ]);
    expect(problem).toMatchObject({ status: 409, code: 'no_longer_eligible' });
    expect(problem.message.el).toBe(
      'Η επιχείρηση Άλφα ΚοινΣΕπ δεν είναι πλέον επιλέξιμη για αυτή την ανάθεση: Η φορολογική ενημερότητα έληξε 12/05/2026',
    );
  });
});

describe('contractFromAward', () => {
  const consultation = {
    id: 'c1',
    title: 'Καθαρισμός σχολείων',
    cpvCodes: ['90919300', '90910000'],
    route: 'reserved_art20' as const,
    department: 'Παιδείας',
    startDate: '2026-06-01',
    durationMonths: 12,
  };
  const decision = { offerId: 'a', decisionNumber: '123/2026', decisionDate: '2026-05-15', diavgeiaAda: null };

  it('makes the register’s contract from the request, the offer and the decision', () => {
    expect(
      contractFromAward(consultation, { enterpriseId: 'e1', priceNetCents: 2_400_000, vatCents: 576_000 }, decision),
    ).toEqual({
      consultationId: 'c1',
      enterpriseId: 'e1',
      title: 'Καθαρισμός σχολείων',
      cpvCode: '90919300',
      awardRoute: 'reserved_art20',
      valueNetCents: 2_400_000,
      vatCents: 576_000,
      department: 'Παιδείας',
      awardedOn: '2026-05-15',
      startsOn: '2026-06-01',
      endsOn: '2027-05-31',
      diavgeiaAda: null,
    });
  });

  it('starts on the decision date when the planned start has passed, and has no end without a duration', () => {
    const late = contractFromAward(
      { ...consultation, startDate: '2026-05-01', durationMonths: null },
      { enterpriseId: 'e1', priceNetCents: 1, vatCents: 0 },
      decision,
    );
    expect([late.startsOn, late.endsOn]).toEqual(['2026-05-15', null]);
  });
});

describe('rotation facts', () => {
  const history = {
    requests: [
      { enterpriseId: 'e1', consultationId: 'c1', askedAt: '2025-11-25T21:59:00Z' }, // 25/11/2025 23:59 Athens: outside
      { enterpriseId: 'e1', consultationId: 'c2', askedAt: '2025-11-25T22:00:00Z' }, // 26/11/2025 00:00 Athens: inside
      { enterpriseId: 'e1', consultationId: 'c3', askedAt: '2026-10-01T08:00:00Z' },
      { enterpriseId: 'e2', consultationId: 'c3', askedAt: '2026-10-01T08:00:00Z' },
    ],
    awards: [
      { enterpriseId: 'e1', awardedOn: '2025-11-25', valueNetCents: 999_999 },
      { enterpriseId: 'e1', awardedOn: '2026-03-02', valueNetCents: 1_500_000 },
      { enterpriseId: 'e2', awardedOn: '2026-11-25', valueNetCents: 2_000_000 },
      { enterpriseId: 'e2', awardedOn: '2026-11-26', valueNetCents: 5_000_000 },
    ],
  };

  it('counts requests and awards in the 12 months up to today, by the Athens calendar', () => {
    expect(rotationFacts(['e1', 'e2', 'e3'], history, '2026-11-25')).toEqual([
      {
        enterpriseId: 'e1',
        requests: 2,
        awards: 1,
        awardedNetCents: 1_500_000,
        lastAskedOn: '2026-10-01',
        lastAwardedOn: '2026-03-02',
      },
      {
        enterpriseId: 'e2',
        requests: 1,
        awards: 1,
        awardedNetCents: 2_000_000,
        lastAskedOn: '2026-10-01',
        lastAwardedOn: '2026-11-25',
      },
      { enterpriseId: 'e3', requests: 0, awards: 0, awardedNetCents: 0, lastAskedOn: null, lastAwardedOn: null },
    ]);
  });

  it('puts who had the least work first', () => {
    const facts = rotationFacts(['e1', 'e2', 'e3'], history, '2026-11-25').sort(compareForRotation);
    expect(facts.map((f) => f.enterpriseId)).toEqual(['e3', 'e1', 'e2']);
  });
});
