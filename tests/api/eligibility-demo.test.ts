import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EligibilityResponse } from '../../api/http/eligibility-schemas.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

// The demo data must let staff see the engine's answers on a realistic need (issue 11).
let ctx: TestContext;
let staff: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  staff = await signIn(ctx.app, DEMO_USERS.staff);
});

afterAll(async () => {
  await ctx?.close();
});

async function search(payload: Record<string, unknown>): Promise<EligibilityResponse> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/eligibility/search',
    headers: staff.headers,
    payload,
  });
  expect(response.statusCode).toBe(200);
  return response.json() as EligibilityResponse;
}

describe('the demo data on the eligibility form', () => {
  it('shows all three groups for the example need (cleaning in Chalandri, €29,500, open procedure or art. 20)', async () => {
    for (const route of ['open_procedure', 'reserved_art20']) {
      const result = await search({ route, cpv: ['90910000'], valueNet: '29500.00', place: 'mun-chalandri' });
      expect(result.eligible.length, route).toBeGreaterThan(0);
      expect(result.conditional.length, route).toBeGreaterThan(0);
      expect(result.ineligible.length, route).toBeGreaterThan(0);
    }
  });

  it('keeps splitting blocking a direct award: €29,750 of 9091… cleaning already awarded directly this year', async () => {
    const result = await search({
      route: 'direct_award',
      cpv: ['90910000'],
      valueNet: '29500.00',
      place: 'mun-chalandri',
    });
    expect(result.eligible).toEqual([]);
    expect(result.conditional).toEqual([]);
    for (const entry of result.ineligible) {
      const splitting = entry.checks.find((c) => c.rule === 'direct_award_splitting')!;
      expect(splitting.outcome).toBe('fail');
      expect(splitting.message.en).toMatch(
        /^€29,750\.00 already awarded directly in \d{4} for related CPV codes \(2 awards, all departments\)/,
      );
    }
  });
});
