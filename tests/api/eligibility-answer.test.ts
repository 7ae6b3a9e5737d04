import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, formatDate } from '../../api/domain/eligibility-format.ts';
import { AWARD_ROUTES } from '../../api/domain/award-routes.ts';
import { todayInAthens } from '../../api/services/eligibility/run-search.ts';
import type { EligibilityResponse } from '../../api/http/eligibility-schemas.ts';
import { insertContract, isolateFromDemoEnterprises } from '../helpers/contract-fixtures.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

/**
 * Issue 11 part 2: what the search answers first — the summary, the other routes (run, not
 * guessed), the procedure the total value requires — and the need's decision date and options.
 */

const today = todayInAthens();
const year = today.slice(0, 4);
const far = addDays(today, 400);
const checked = `${addDays(today, -5)}T10:00:00.000Z`;
const certificate = (
  kind: 'tax_clearance' | 'social_security_clearance' | 'gemkalo_certificate' | 'criminal_record' | 'gemi_certificate',
  validUntil = far,
  verifiedAt: string | null = checked,
) => ({
  kind,
  issuedOn: addDays(today, -10),
  validUntil,
  verifiedAt,
});
const allCertificates = [
  'tax_clearance',
  'social_security_clearance',
  'gemkalo_certificate',
  'criminal_record',
  'gemi_certificate',
] as const;
const validDocuments = allCertificates.map((kind) => certificate(kind));
const verifiedStatutes = {
  statutes_integration_purpose: 1,
  statutes_public_service_mission: 1,
  statutes_profits_reinvested: 1,
  statutes_participatory_governance: 1,
  statutes_verified_at: checked,
};

let ctx: TestContext;
let staff: SignedIn;
// The art. 77 window: one earlier award under the reserved social-services route.
const decision = addDays(today, 30);
const previousSocialAward = addMonths(decision, -36);

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  await isolateFromDemoEnterprises(ctx.handle);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
  const lampsi = await insertEnterprise(ctx.handle, {
    slug: 'answer-lampsi',
    legal_name: 'Λάμψη ΚοινΣΕπ Ένταξης',
    legal_form: 'koinsep_integration_vulnerable',
    gemkalo_status: 'active',
    services: [{ titleEl: 'Καθαρισμός κτιρίων', cpv: ['90911200'], areas: ['EL30'] }],
    documents: validDocuments,
  });
  const collective = await insertEnterprise(ctx.handle, {
    slug: 'answer-collective',
    legal_name: 'Συλλογική ΚοινΣΕπ',
    legal_form: 'koinsep_collective_benefit',
    gemkalo_status: 'active',
    services: [{ titleEl: 'Καθαριότητα', cpv: ['90910000'], areas: ['EL30'] }],
    documents: validDocuments,
  });
  // Everything on file, but the tax clearance has not been checked by staff.
  await insertEnterprise(ctx.handle, {
    slug: 'answer-unchecked',
    legal_name: 'Ανέλεγκτη ΚοινΣΕπ',
    legal_form: 'koinsep_integration_special',
    gemkalo_status: 'active',
    services: [{ titleEl: 'Εκτυπώσεις', cpv: ['79800000'], areas: ['EL30'] }],
    documents: [certificate('tax_clearance', far, null), ...validDocuments.slice(1)],
  });
  // Valid on the decision date, ends before a late start.
  await insertEnterprise(ctx.handle, {
    slug: 'answer-ends-early',
    legal_name: 'Σύντομη ΚοινΣΕπ',
    legal_form: 'koinsep_integration_special',
    gemkalo_status: 'active',
    services: [{ titleEl: 'Εκτυπώσεις', cpv: ['79800000'], areas: ['EL30'] }],
    documents: [certificate('tax_clearance', addDays(today, 60)), ...validDocuments.slice(1)],
  });
  const care = await insertEnterprise(ctx.handle, {
    slug: 'answer-care',
    legal_name: 'Φροντίδα ΚοινΣΕπ',
    legal_form: 'koinsep_collective_benefit',
    gemkalo_status: 'active',
    services: [{ titleEl: 'Κατ’ οίκον φροντίδα', cpv: ['85312000'], areas: ['EL30'] }],
    documents: validDocuments,
    ...verifiedStatutes,
  });
  await insertContract(ctx.handle, {
    enterpriseId: care,
    cpvCode: '85312000',
    awardRoute: 'reserved_social_services',
    valueNetCents: 5_000_000,
    awardedOn: previousSocialAward,
    title: 'Φροντίδα ηλικιωμένων',
  });
  // €28,000 of related cleaning already awarded directly this year, by two departments.
  await insertContract(ctx.handle, {
    enterpriseId: lampsi,
    cpvCode: '90919300',
    awardRoute: 'direct_award',
    valueNetCents: 1_500_000,
    department: 'Διεύθυνση Παιδείας',
    awardedOn: `${year}-01-02`,
  });
  await insertContract(ctx.handle, {
    enterpriseId: collective,
    cpvCode: '90911200',
    awardRoute: 'direct_award',
    valueNetCents: 1_300_000,
    department: 'Διεύθυνση Καθαριότητας',
    awardedOn: `${year}-01-03`,
  });
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
  expect(response.statusCode, response.body).toBe(200);
  return response.json<EligibilityResponse>();
}

const checkOf = (result: EligibilityResponse, slug: string, rule: string) =>
  [...result.eligible, ...result.conditional, ...result.ineligible]
    .find((e) => e.enterprise.slug === slug)!
    .checks.find((c) => c.rule === rule)!;

describe('the summary and the other routes', () => {
  const splitNeed = {
    route: 'direct_award',
    cpv: ['90000000'],
    valueNet: '2000.01',
    place: 'mun-chalandri',
    startDate: today,
  };

  it('says in one sentence, with the figures, that splitting excluded the enterprises', async () => {
    const result = await search(splitNeed);
    expect(result.eligible).toEqual([]);
    expect(result.conditional).toEqual([]);
    expect(result.ineligible.length).toBe(2);
    expect(result.summary.message.en).toContain(
      `€28,000.00 already awarded directly in ${year} for related codes (2 awards): this need (€2,000.01) would exceed €30,000.00.`,
    );
    expect(result.summary.message.el).toContain(
      '0 επιλέξιμες επιχειρήσεις, 0 επιχειρήσεις με προϋποθέσεις, 2 μη επιλέξιμες επιχειρήσεις.',
    );
    expect(result.summary.message.el).toContain('28.000,00 € έχουν ήδη ανατεθεί απευθείας');
  });

  it('runs every other route for the same need: the counts are those of searching with that route', async () => {
    const result = await search(splitNeed);
    const alternatives = result.summary.alternatives;
    expect(alternatives.map((a) => a.route).sort()).toEqual(AWARD_ROUTES.filter((r) => r !== 'direct_award').sort());
    for (const alternative of alternatives) {
      const direct = await search({ ...splitNeed, route: alternative.route });
      expect({
        route: alternative.route,
        eligible: alternative.eligible,
        conditional: alternative.conditional,
      }).toEqual({
        route: alternative.route,
        eligible: direct.eligible.length,
        conditional: direct.conditional.length,
      });
    }
    // The open procedure works for the integration ΚοινΣΕπ; programmatic agreements for no private-law body.
    expect(
      alternatives.find((a) => a.route === 'open_procedure')!.eligible +
        alternatives.find((a) => a.route === 'open_procedure')!.conditional,
    ).toBeGreaterThan(0);
    expect(alternatives.find((a) => a.route === 'programmatic_agreement')).toMatchObject({
      eligible: 0,
      conditional: 0,
    });
    // Those that work come first, and the sentence names them.
    const working = alternatives.filter((a) => a.eligible + a.conditional > 0);
    expect(alternatives.slice(0, working.length)).toEqual(working);
    const open = alternatives.find((a) => a.route === 'open_procedure')!;
    expect(result.summary.message.en).toContain(`Other routes for the same need:`);
    expect(result.summary.message.en).toContain(
      `Open procedure (${open.eligible} eligible enterprises, ${open.conditional} enterprises eligible with conditions)`,
    );
  });

  it('gives each row its most severe outcome as the one-line summary', async () => {
    const result = await search(splitNeed);
    for (const entry of result.ineligible) expect(entry.headline).toMatchObject({ outcome: 'fail' });
    const unchecked = await search({ route: 'open_procedure', cpv: ['79800000'], startDate: today });
    const row = unchecked.conditional.find((e) => e.enterprise.slug === 'answer-unchecked')!;
    expect(['unknown', 'warning']).toContain(row.headline!.outcome);
    if (row.checks.some((c) => c.outcome === 'unknown')) expect(row.headline!.outcome).toBe('unknown');
  });
});

describe('the procedure the value requires', () => {
  const printing = { route: 'direct_award', cpv: ['79800000'], startDate: today, valueNet: '25000.00' };

  it('€25,000.00 + €5,000.00 of options is a direct award; + €5,000.01 needs a simplified tender', async () => {
    const within = await search({ ...printing, optionsValueNet: '5000.00' });
    expect(within.requiredProcedure.id).toBe('direct_award');
    expect(within.requiredProcedure.message.en).toContain('with options and extensions: €30,000.00 net of VAT');
    expect(within.criteria.optionsValueNet).toBe('5000.00');
    expect(checkOf(within, 'answer-unchecked', 'direct_award_value').outcome).toBe('pass');

    const over = await search({ ...printing, optionsValueNet: '5000.01' });
    expect(over.requiredProcedure.id).toBe('simplified_tender');
    expect(over.requiredProcedure.message.en).toContain('€30,000.01');
    expect(over.requiredProcedure.reference.verify).toBe(true);
    expect(checkOf(over, 'answer-unchecked', 'direct_award_value').outcome).toBe('fail');
    expect(over.eligible).toEqual([]);
    expect(over.conditional).toEqual([]);
  });

  it('options default to 0 and must be an amount', async () => {
    const plain = await search({ ...printing, valueNet: '30000.00' });
    expect(plain.criteria.optionsValueNet).toBe('0.00');
    expect(plain.requiredProcedure.id).toBe('direct_award');
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/search',
      headers: staff.headers,
      payload: { ...printing, optionsValueNet: '5.000,00' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().invalidParams[0].name).toBe('optionsValueNet');
  });

  it('a reservation is not a procedure: €200,000 reserved under art. 20 still needs an open procedure citing the article', async () => {
    const result = await search({
      route: 'reserved_art20',
      cpv: ['90911200'],
      valueNet: '200000.00',
      startDate: today,
    });
    expect(result.requiredProcedure.id).toBe('open_procedure');
    expect(result.requiredProcedure.message.en).toContain('A reservation is not a procedure');
    expect(result.requiredProcedure.message.en).toContain('Law 4412/2016 art. 20');
    expect(result.requiredProcedure.message.el).toContain('άρθρο 20 του Ν. 4412/2016');
    const eu = await search({ route: 'open_procedure', cpv: ['90911200'], valueNet: '216000.01', startDate: today });
    expect(eu.requiredProcedure.id).toBe('open_procedure_eu');
  });
});

describe('the award decision date', () => {
  const care = {
    route: 'reserved_social_services',
    cpv: ['85312000'],
    valueNet: '40000.00',
    durationMonths: 12,
    startDate: addDays(decision, 60),
  };

  it('counts the 3-year window of art. 77 back from the decision date, not the start date', async () => {
    const inside = await search({ ...care, decisionDate: decision });
    const previous = checkOf(inside, 'answer-care', 'social_services_previous_award');
    expect(previous.outcome).toBe('fail');
    expect(previous.message.en).toBe(
      `Awarded "Φροντίδα ηλικιωμένων" under this route on ${formatDate(previousSocialAward)}, within 36 months before the award decision (${formatDate(decision)}).`,
    );
    // A day later the same award falls outside; the art. 77 reference is still `verify`, so at most a warning.
    const outside = await search({ ...care, decisionDate: addDays(decision, 1) });
    const clear = checkOf(outside, 'answer-care', 'social_services_previous_award');
    expect(clear.outcome).toBe('warning');
    expect(clear.message.en).toBe(
      `No award under this route from ${formatDate(addMonths(addDays(decision, 1), -36))} to the award decision (${formatDate(addDays(decision, 1))}). Legal basis to be confirmed.`,
    );
    expect(outside.criteria.decisionDate).toBe(addDays(decision, 1));
  });

  it('defaults to today and refuses a date that is not one', async () => {
    expect((await search(care)).criteria.decisionDate).toBe(today);
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/search',
      headers: staff.headers,
      payload: { ...care, decisionDate: '2026-02-30' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('decisionDate');
  });

  it('a certificate must be valid on the decision date and on the start date, and the message says which fails', async () => {
    const lateStart = await search({
      route: 'open_procedure',
      cpv: ['79800000'],
      decisionDate: today,
      startDate: addDays(today, 90),
    });
    const tax = checkOf(lateStart, 'answer-ends-early', 'tax_clearance');
    expect(tax.outcome).toBe('warning');
    expect(tax.message.en).toContain(
      `is valid on the award decision date (${formatDate(today)}) but expires on ${formatDate(addDays(today, 60))}, before the start date (${formatDate(addDays(today, 90))})`,
    );
    const lateDecision = await search({
      route: 'open_procedure',
      cpv: ['79800000'],
      decisionDate: addDays(today, 61),
      startDate: addDays(today, 90),
    });
    expect(checkOf(lateDecision, 'answer-ends-early', 'tax_clearance').message.en).toContain(
      `before the award decision date (${formatDate(addDays(today, 61))})`,
    );
  });
});

describe('certificates staff have not checked', () => {
  it('count as "to be checked", never as a pass, so the enterprise is at best conditional', async () => {
    const result = await search({ route: 'open_procedure', cpv: ['79800000'], startDate: today });
    const tax = checkOf(result, 'answer-unchecked', 'tax_clearance');
    expect(tax.outcome).toBe('warning');
    expect(tax.message.en).toContain('Not yet checked by staff: to be checked.');
    expect(result.eligible.map((e) => e.enterprise.slug)).not.toContain('answer-unchecked');
  });
});
