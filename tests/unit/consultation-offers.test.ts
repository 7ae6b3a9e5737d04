import { describe, expect, it } from 'vitest';
import {
  checkOfferAction,
  offerAmounts,
  parseOfferInput,
  type OfferActionContext,
} from '../../api/domain/consultations/offer-rules.ts';
import {
  mayReadOffer,
  offerAuditDetails,
  offersSealed,
  offersVisibleTo,
} from '../../api/domain/consultations/sealing.ts';

const DEADLINE = '2026-05-10T09:00:00.000Z'; // 12:00 Athens
const BEFORE = new Date('2026-05-10T08:59:00Z');
const AFTER = new Date('2026-05-10T09:00:00Z');

describe('offer arithmetic in cents', () => {
  it.each([
    [123456, 24, 29629, 153085], // 1.234,56 × 24% = 296,2944 → 296,29
    [100000, 13, 13000, 113000],
    [5, 13, 1, 6], // 0,65 cents rounds half up to 1 cent
    [4, 13, 1, 5], // 0,52 cents → 1 cent
    [3, 13, 0, 3], // 0,39 cents → 0
    [2_500_000, 6, 150_000, 2_650_000],
    [2_500_000, 0, 0, 2_500_000],
  ])('%i cents at %i%% VAT: VAT %i, total %i', (net, rate, vat, total) => {
    expect(offerAmounts(net, rate as 24)).toEqual({
      priceNetCents: net,
      vatRate: rate,
      vatCents: vat,
      totalCents: total,
    });
  });
});

describe('parseOfferInput', () => {
  it('reads decimal strings and computes VAT and total', () => {
    const parsed = parseOfferInput(
      { priceNet: '12500.50', vatRate: 24, validUntil: '2026-08-31', note: '  Με υλικά  ' },
      DEADLINE,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        priceNetCents: 1_250_050,
        vatRate: 24,
        vatCents: 300_012,
        totalCents: 1_550_062,
        validUntil: '2026-08-31',
        note: 'Με υλικά',
      },
    });
  });

  it('refuses a price as a number, a VAT rate Greece does not have, and validity ending by the deadline day', () => {
    const parsed = parseOfferInput({ priceNet: 12500, vatRate: 23, validUntil: '2026-05-10' }, DEADLINE);
    expect(!parsed.ok && parsed.problems.map((p) => p.field)).toEqual(['priceNet', 'vatRate', 'validUntil']);
    if (!parsed.ok) expect(parsed.problems[2]!.message.el).toContain('10/05/2026');
  });

  it('accepts a total the client computed the same way and refuses another', () => {
    expect(
      parseOfferInput({ priceNet: '100.00', vatRate: 24, validUntil: '2026-06-30', total: '124.00' }, DEADLINE).ok,
    ).toBe(true);
    const wrong = parseOfferInput(
      { priceNet: '100.00', vatRate: 24, validUntil: '2026-06-30', total: '124.01' },
      DEADLINE,
    );
    expect(!wrong.ok && wrong.problems[0]).toMatchObject({ field: 'total', code: 'total_mismatch' });
  });

  it('refuses a zero price', () => {
    expect(parseOfferInput({ priceNet: '0.00', vatRate: 24, validUntil: '2026-06-30' }, DEADLINE).ok).toBe(false);
  });
});

describe('what an enterprise may do with its offer', () => {
  const context = (overrides: Partial<OfferActionContext> = {}): OfferActionContext => ({
    consultation: { status: 'open', deadline: DEADLINE },
    mayTakePart: true,
    declined: false,
    existing: null,
    ifMatchVersion: null,
    ...overrides,
  });
  const codes = (action: Parameters<typeof checkOfferAction>[0], c: OfferActionContext, now = BEFORE) =>
    checkOfferAction(action, c, now).map((p) => `${p.status} ${p.code}`);

  it('submits, changes with the version read, withdraws, and declines before the deadline', () => {
    expect(codes('submit', context())).toEqual([]);
    const submitted = context({ existing: { state: 'submitted', version: 2 }, ifMatchVersion: 2 });
    expect(codes('change', submitted)).toEqual([]);
    expect(codes('withdraw', submitted)).toEqual([]);
    expect(codes('submit', context({ existing: { state: 'withdrawn', version: 3 } }))).toEqual([]);
    expect(codes('decline', context())).toEqual([]);
  });

  it('refuses every change at or after the deadline with 409', () => {
    const submitted = context({ existing: { state: 'submitted', version: 2 }, ifMatchVersion: 2 });
    expect(codes('submit', context(), AFTER)).toEqual(['409 deadline_passed']);
    expect(codes('change', submitted, AFTER)).toEqual(['409 deadline_passed']);
    expect(codes('withdraw', submitted, AFTER)).toEqual(['409 deadline_passed']);
    expect(codes('decline', context(), AFTER)).toEqual(['409 deadline_passed']);
  });

  it('hides requests the enterprise is not part of, and drafts, as 404', () => {
    expect(codes('submit', context({ mayTakePart: false }))).toEqual(['404 not_found']);
    expect(codes('submit', context({ consultation: { status: 'draft', deadline: DEADLINE } }))).toEqual([
      '404 not_found',
    ]);
  });

  it('needs If-Match to change (428) and refuses a stale version (412)', () => {
    expect(codes('change', context({ existing: { state: 'submitted', version: 2 } }))).toEqual([
      '428 precondition_required',
    ]);
    expect(codes('change', context({ existing: { state: 'submitted', version: 2 }, ifMatchVersion: 1 }))).toEqual([
      '412 version_mismatch',
    ]);
  });

  it('does not decline over a standing offer, nor act on a cancelled request', () => {
    expect(codes('decline', context({ existing: { state: 'submitted', version: 1 }, ifMatchVersion: 1 }))).toEqual([
      '409 offer_exists',
    ]);
    expect(codes('submit', context({ consultation: { status: 'cancelled', deadline: DEADLINE } }))).toEqual([
      '409 consultation_cancelled',
    ]);
  });
});

describe('sealing', () => {
  const facts = { deadline: DEADLINE, cancelledAt: null };
  const offers = [
    { id: 'o1', enterpriseId: 'e1', state: 'submitted' as const, priceNetCents: 1_000_000 },
    { id: 'o2', enterpriseId: 'e2', state: 'submitted' as const, priceNetCents: 900_000 },
    { id: 'o3', enterpriseId: 'e3', state: 'withdrawn' as const, priceNetCents: 800_000 },
  ];

  it('gives staff only the number of standing offers before the deadline, and them after', () => {
    expect(offersVisibleTo({ kind: 'staff' }, facts, offers, BEFORE)).toEqual({ sealed: true, count: 2 });
    const opened = offersVisibleTo({ kind: 'staff' }, facts, offers, AFTER);
    expect(opened).toEqual({ sealed: false, offers: [offers[0], offers[1]] });
  });

  it('shows an enterprise only its own offer, before and after the deadline', () => {
    for (const now of [BEFORE, AFTER]) {
      expect(offersVisibleTo({ kind: 'enterprise', enterpriseId: 'e2' }, facts, offers, now)).toEqual({
        sealed: false,
        offers: [offers[1]],
      });
      expect(offersVisibleTo({ kind: 'enterprise', enterpriseId: 'e9' }, facts, offers, now)).toEqual({
        sealed: false,
        offers: [],
      });
    }
  });

  it('shows the public nothing', () => {
    expect(offersVisibleTo({ kind: 'public' }, facts, offers, AFTER)).toBeNull();
  });

  it('keeps the offers of a request cancelled before its deadline sealed for good', () => {
    const cancelled = { deadline: DEADLINE, cancelledAt: '2026-05-09T10:00:00Z' };
    expect(offersSealed(cancelled, new Date('2027-01-01T00:00:00Z'))).toBe(true);
    expect(
      offersSealed({ deadline: DEADLINE, cancelledAt: '2026-05-11T10:00:00Z' }, new Date('2027-01-01T00:00:00Z')),
    ).toBe(false);
  });

  it('decides one offer’s content (files, figures) the same way', () => {
    expect(mayReadOffer({ kind: 'staff' }, facts, offers[0]!, BEFORE)).toBe(false);
    expect(mayReadOffer({ kind: 'staff' }, facts, offers[0]!, AFTER)).toBe(true);
    expect(mayReadOffer({ kind: 'staff' }, facts, offers[2]!, AFTER)).toBe(false);
    expect(mayReadOffer({ kind: 'enterprise', enterpriseId: 'e1' }, facts, offers[0]!, BEFORE)).toBe(true);
    expect(mayReadOffer({ kind: 'enterprise', enterpriseId: 'e1' }, facts, offers[1]!, AFTER)).toBe(false);
  });

  it('records in the audit log neither the price nor who offered', () => {
    const details = offerAuditDetails({ id: 'o1', version: 3, state: 'submitted' });
    expect(details).toEqual({ offerId: 'o1', version: 3, state: 'submitted' });
  });
});
