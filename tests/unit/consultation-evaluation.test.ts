import { describe, expect, it } from 'vitest';
import { parseEvaluationRule, type EvaluationRule } from '../../api/domain/consultations/evaluation-rule.ts';
import {
  evaluateOffers,
  parseMark,
  type OfferDecision,
  type OfferForEvaluation,
} from '../../api/domain/consultations/evaluation.ts';

function offer(
  offerId: string,
  enterpriseName: string,
  priceNetCents: number,
  validUntil = '2026-09-30',
): OfferForEvaluation {
  return {
    offerId,
    enterpriseId: `e-${offerId}`,
    enterpriseName,
    priceNetCents,
    vatRate: 24,
    vatCents: Math.floor((priceNetCents * 24 + 50) / 100),
    totalCents: priceNetCents + Math.floor((priceNetCents * 24 + 50) / 100),
    validUntil,
    submittedAt: '2026-05-08T10:00:00Z',
  };
}
const accept = (qualityMarks: Record<string, number | string> = {}): OfferDecision => ({
  accepted: true,
  reason: null,
  qualityMarks,
});
const reject = (reason: string): OfferDecision => ({ accepted: false, reason, qualityMarks: {} });
const LOWEST: EvaluationRule = { kind: 'lowest_price' };
const rule = (input: unknown) => {
  const parsed = parseEvaluationRule(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
};
const PRICE_QUALITY = rule({
  criteria: [
    { name: 'Τιμή', nameEn: 'Price', weight: 60, kind: 'price' },
    { name: 'Εμπειρία σε σχολεία', nameEn: 'Experience in schools', weight: 30 },
    { name: 'Απασχόληση ευάλωτων ομάδων', weight: 10 },
  ],
});

describe('parseEvaluationRule', () => {
  it('reads the lowest price and named, weighted criteria', () => {
    expect(parseEvaluationRule('lowest_price')).toEqual({ ok: true, value: LOWEST });
    expect(PRICE_QUALITY).toEqual({
      kind: 'best_price_quality',
      criteria: [
        { id: 'price', kind: 'price', name: 'Τιμή', nameEn: 'Price', weight: 60 },
        { id: 'q1', kind: 'quality', name: 'Εμπειρία σε σχολεία', nameEn: 'Experience in schools', weight: 30 },
        { id: 'q2', kind: 'quality', name: 'Απασχόληση ευάλωτων ομάδων', nameEn: null, weight: 10 },
      ],
    });
    // The stored form reads back the same.
    expect(parseEvaluationRule(JSON.parse(JSON.stringify(PRICE_QUALITY)))).toEqual({ ok: true, value: PRICE_QUALITY });
  });

  it.each([
    [
      {
        criteria: [
          { name: 'Τιμή', weight: 60, kind: 'price' },
          { name: 'Ποιότητα', weight: 39 },
        ],
      },
      'evaluation.criteria',
      'add up to 100 (now 99)',
    ],
    [
      {
        criteria: [
          { name: 'Ποιότητα Α', weight: 60 },
          { name: 'Ποιότητα Β', weight: 40 },
        ],
      },
      'evaluation.criteria',
      'exactly one criterion is the price',
    ],
    [{ criteria: [{ name: 'Τιμή', weight: 100, kind: 'price' }] }, 'evaluation.criteria', '2 to 10 criteria'],
    [
      {
        criteria: [
          { name: 'Τιμή', weight: 60.5, kind: 'price' },
          { name: 'Ποιότητα', weight: 39.5 },
        ],
      },
      'evaluation.criteria[0].weight',
      'whole number',
    ],
    [
      {
        criteria: [
          { name: 'Τιμή', weight: 50, kind: 'price' },
          { name: 'ποιότητα', weight: 25 },
          { name: 'Ποιότητα', weight: 25 },
        ],
      },
      'evaluation.criteria[2].name',
      'same name',
    ],
    ['cheapest', 'evaluation', 'either "lowest_price"'],
  ])('refuses %j at %s', (input, field, reason) => {
    const parsed = parseEvaluationRule(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems[0]!.field).toBe(field);
      expect(parsed.problems[0]!.message.en).toContain(reason);
    }
  });
});

describe('lowest price', () => {
  it('ranks accepted offers by net price and lists rejected ones after, with their reasons', () => {
    const offers = [
      offer('a', 'Άλφα ΚοινΣΕπ', 1_200_000),
      offer('b', 'Βήτα ΚοινΣΕπ', 1_100_000),
      offer('c', 'Γάμμα ΚοινΣΕπ', 900_000),
    ];
    const result = evaluateOffers({
      rule: LOWEST,
      offers,
      decisions: { a: accept(), b: accept(), c: reject('Χωρίς φορολογική ενημερότητα') },
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.offers.map((o) => [o.offerId, o.rank, o.accepted, o.reason])).toEqual([
      ['b', 1, true, null],
      ['a', 2, true, null],
      ['c', null, false, 'Χωρίς φορολογική ενημερότητα'],
    ]);
    expect(result.value.winnerOfferId).toBe('b');
    expect(result.value.lowestAcceptedPriceCents).toBe(1_100_000);
  });

  it('finds equal prices tied for first place (art. 90 §1) until a lot is recorded', () => {
    const offers = [offer('a', 'Άλφα', 1_000_000), offer('b', 'Βήτα', 1_000_000), offer('c', 'Γάμμα', 1_000_001)];
    const input = {
      rule: LOWEST,
      offers,
      decisions: { a: accept(), b: accept(), c: accept() },
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    };
    const tied = evaluateOffers(input);
    expect(tied.ok && tied.value.tieForFirst).toEqual(['a', 'b']);
    expect(tied.ok && tied.value.winnerOfferId).toBeNull();
    expect(tied.ok && tied.value.offers.map((o) => [o.offerId, o.rank, o.tiedWith])).toEqual([
      ['a', 1, ['b']],
      ['b', 1, ['a']],
      ['c', 3, []],
    ]);
    const drawn = evaluateOffers({ ...input, lotOrder: ['b', 'a'] });
    expect(drawn.ok && drawn.value.winnerOfferId).toBe('b');
    expect(drawn.ok && drawn.value.offers.map((o) => [o.offerId, o.rank, o.decidedByLot])).toEqual([
      ['b', 1, true],
      ['a', 2, true],
      ['c', 3, false],
    ]);
  });

  it('needs a decision for every offer, a reason for every rejection, and refuses to accept an expired offer', () => {
    const offers = [
      offer('a', 'Άλφα', 1_000_000),
      offer('b', 'Βήτα', 1_100_000, '2026-05-10'),
      offer('c', 'Γάμμα', 1_200_000),
    ];
    const result = evaluateOffers({
      rule: LOWEST,
      offers,
      decisions: { b: accept(), c: reject('  ') },
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    });
    expect(!result.ok && result.problems.map((p) => [p.field, p.code])).toEqual([
      ['decisions.a', 'invalid_parameter'],
      ['decisions.b.accepted', 'offer_expired'],
      ['decisions.c.reason', 'invalid_parameter'],
    ]);
  });
});

describe('best price-quality', () => {
  it('scores price as lowest ÷ price × weight and quality as mark ÷ 100 × weight', () => {
    const offers = [offer('a', 'Άλφα', 1_000_000), offer('b', 'Βήτα', 1_200_000)];
    const result = evaluateOffers({
      rule: PRICE_QUALITY,
      offers,
      decisions: { a: accept({ q1: 50, q2: 0 }), b: accept({ q1: 100, q2: '85,5' }) },
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.value.offers;
    // Βήτα: 10.000 ÷ 12.000 × 60 = 50; 100 × 30% = 30; 85,5 × 10% = 8,55 → 88,55.
    expect(first).toMatchObject({
      offerId: 'b',
      rank: 1,
      priceScore: '50.00',
      qualityScore: '38.55',
      totalScore: '88.55',
    });
    expect(first!.qualityScores).toEqual([
      { criterionId: 'q1', mark: '100', points: '30.00' },
      { criterionId: 'q2', mark: '85.5', points: '8.55' },
    ]);
    // Άλφα: 60 + 15 + 0 = 75.
    expect(second).toMatchObject({
      offerId: 'a',
      rank: 2,
      priceScore: '60.00',
      qualityScore: '15.00',
      totalScore: '75.00',
    });
    expect(result.value.winnerOfferId).toBe('b');
  });

  it('keeps exact scores for ranking and rounds to two decimals (half up) only for display', () => {
    // 10.000 ÷ 11.000 × 60 = 54,5454…; 10.000 ÷ 16.000 × 60 = 37,5 exactly.
    const offers = [offer('a', 'Άλφα', 1_000_000), offer('b', 'Βήτα', 1_100_000), offer('c', 'Γάμμα', 1_600_000)];
    const none = { q1: 0, q2: 0 };
    const result = evaluateOffers({
      rule: PRICE_QUALITY,
      offers,
      decisions: { a: accept(none), b: accept(none), c: accept(none) },
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    });
    expect(result.ok && result.value.offers.map((o) => o.priceScore)).toEqual(['60.00', '54.55', '37.50']);
  });

  it('breaks an equal total by the higher quality score, and needs a lot only when that is equal too', () => {
    // Άλφα: price 60 + quality 30 = 90. Βήτα: 10.000 ÷ 12.000 × 60 = 50 + 40 = 90.
    const twoCriteria = rule({
      criteria: [
        { name: 'Τιμή', weight: 60, kind: 'price' },
        { name: 'Ποιότητα', weight: 40 },
      ],
    });
    const offers = [offer('a', 'Άλφα', 1_000_000), offer('b', 'Βήτα', 1_200_000)];
    const result = evaluateOffers({
      rule: twoCriteria,
      offers,
      decisions: { a: accept({ q1: 75 }), b: accept({ q1: 100 }) },
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    });
    expect(result.ok && result.value.offers.map((o) => [o.offerId, o.totalScore, o.rank])).toEqual([
      ['b', '90.00', 1],
      ['a', '90.00', 2],
    ]);
    const same = evaluateOffers({
      rule: twoCriteria,
      offers: [offer('a', 'Άλφα', 1_000_000), offer('b', 'Βήτα', 1_000_000)],
      decisions: { a: accept({ q1: 80 }), b: accept({ q1: 80 }) },
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    });
    expect(same.ok && same.value.tieForFirst).toEqual(['a', 'b']);
  });

  it('needs a mark 0–100 with at most two decimals for every quality criterion of an accepted offer', () => {
    expect([parseMark(0), parseMark(100), parseMark('99.99'), parseMark('85,5')]).toEqual([0, 10000, 9999, 8550]);
    expect([parseMark(100.01), parseMark(-1), parseMark('1.234'), parseMark(undefined)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const result = evaluateOffers({
      rule: PRICE_QUALITY,
      offers: [offer('a', 'Άλφα', 1_000_000)],
      decisions: { a: accept({ q1: 101 }) },
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual([
      'decisions.a.qualityMarks.q1',
      'decisions.a.qualityMarks.q2',
    ]);
  });
});
