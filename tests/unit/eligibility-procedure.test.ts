import { describe, expect, it } from 'vitest';
import type { AwardRoute } from '../../db/schema.ts';
import { activityCodesCheck } from '../../api/domain/activity-codes.ts';
import {
  evaluateEligibility,
  splittingAnalysis,
  type AuthorityFacts,
  type DirectAwardFact,
} from '../../api/domain/eligibility.ts';
import { alternativeRoutes, countEnterprises, summarizeEligibility } from '../../api/domain/eligibility-summary.ts';
import { requiredProcedure } from '../../api/domain/procedure-thresholds.ts';
import { ATTICA, NO_AWARDS, THESSALONIKI, TODAY, enterprise, need, outcomeOf } from './eligibility-fixtures.ts';

const award = (
  cpvCode: string,
  awardedOn: string,
  valueNetCents: number,
  department = 'Διεύθυνση Παιδείας',
  supplierName = 'Λάμψη',
): DirectAwardFact => ({
  cpvCode,
  awardedOn,
  valueNetCents,
  department,
  supplierName,
  title: `Καθαρισμός ${cpvCode}`,
});

describe('direct award value with options (art. 118 §1, art. 6 §1): €30,000.00 / €30,000.01', () => {
  it.each([
    [3_000_000, 0, 'pass'],
    [3_000_001, 0, 'fail'],
    [2_500_000, 500_000, 'pass'], // €30,000.00 with options
    [2_500_000, 500_001, 'fail'], // €30,000.01 with options
  ])('value %i + options %i cents → %s', (valueNetCents, optionsValueNetCents, outcome) => {
    expect(
      outcomeOf(
        need({ route: 'direct_award', valueNetCents, optionsValueNetCents }),
        enterprise(),
        'direct_award_value',
      ).outcome,
    ).toBe(outcome);
  });

  it('names the figures, options included', () => {
    const check = outcomeOf(
      need({ route: 'direct_award', valueNetCents: 2_500_000, optionsValueNetCents: 500_001 }),
      enterprise(),
      'direct_award_value',
    );
    expect(check.message.en).toBe(
      'The value €30,000.01 (including options and extensions of €5,000.01) is above the direct-award limit (€30,000.00 net of VAT).',
    );
    expect(check.message.el).toContain('30.000,01 €');
  });

  it.each([
    [6_000_000, 'pass'],
    [6_000_001, 'fail'],
  ])('works (45…) use the works limit: %i cents → %s', (valueNetCents, outcome) => {
    const works = need({
      route: 'direct_award',
      valueNetCents,
      cpvCodes: [{ code: '45000000', socialServices: false }],
    });
    expect(outcomeOf(works, enterprise(), 'direct_award_value').outcome).toBe(outcome);
  });

  it('is unknown, not pass, without a value', () => {
    expect(
      outcomeOf(need({ route: 'direct_award', valueNetCents: null }), enterprise(), 'direct_award_value').outcome,
    ).toBe('unknown');
  });
});

describe('splitting (art. 6): related codes, the decision year, all departments and suppliers', () => {
  // €29,750 of 9091… cleaning awarded directly this year (the case), plus noise that never counts.
  const authority: AuthorityFacts = {
    directAwards: [
      award('90911200', '2026-02-10', 1_450_000, 'Διεύθυνση Παιδείας', 'Λάμψη'),
      award('90919300', '2026-06-01', 1_525_000, 'Διεύθυνση Καθαριότητας', 'Διαφάνεια'),
      award('90610000', '2026-03-01', 2_900_000), // street sweeping: same division only
      award('90911200', '2025-12-31', 2_900_000), // last year
    ],
  };
  const direct = (code: string, valueNetCents: number, optionsValueNetCents = 0) =>
    need({ route: 'direct_award', cpvCodes: [{ code, socialServices: false }], valueNetCents, optionsValueNetCents });

  it.each([
    ['90910000', 25_000, 'warning'], // €29,750 + €250 = €30,000.00: under the limit, related awards → staff judge
    ['90910000', 25_001, 'fail'], // €30,000.01
    ['90900000', 2_500_000, 'fail'], // broader code entered for the same need
    ['90000000', 2_500_000, 'fail'], // the division
    ['90911000', 2_500_000, 'fail'], // narrower sibling of the awards' codes
    ['90920000', 2_500_000, 'fail'], // same group 909
    ['90500000', 10_000, 'pass'], // unrelated to 9091…; street sweeping 9061 is another group
  ])('need %s for %i cents → %s', (code, cents, outcome) => {
    expect(outcomeOf(direct(code, cents), enterprise(), 'direct_award_splitting', authority).outcome).toBe(outcome);
  });

  it('compares the value with options: €29,750 + €200 + €50 options = €30,000.00 warns, one cent more fails', () => {
    expect(
      outcomeOf(direct('90910000', 20_000, 5_000), enterprise(), 'direct_award_splitting', authority).outcome,
    ).toBe('warning');
    expect(
      outcomeOf(direct('90910000', 20_000, 5_001), enterprise(), 'direct_award_splitting', authority).outcome,
    ).toBe('fail');
  });

  it('lists each related award with date, department, supplier, code and value, and the sum', () => {
    const check = outcomeOf(direct('90900000', 2_500_000), enterprise(), 'direct_award_splitting', authority);
    expect(check.message.en).toBe(
      '€29,750.00 already awarded directly in 2026 for related CPV codes (2 awards, all departments); with this need (€25,000.00 with options) €54,750.00, above the €30,000.00 limit: splitting is forbidden. ' +
        'Awards: 10/02/2026, Διεύθυνση Παιδείας, Λάμψη, CPV 90911200, €14,500.00; 01/06/2026, Διεύθυνση Καθαριότητας, Διαφάνεια, CPV 90919300, €15,250.00.',
    );
    expect(check.message.el).toContain('2 αναθέσεις');
    const warning = outcomeOf(direct('90910000', 25_000), enterprise(), 'direct_award_splitting', authority);
    expect(warning.message.en).toContain('Staff judge whether these are the same need.');
  });

  it('counts the year of the award decision, not of the start', () => {
    const lastYear = need({
      route: 'direct_award',
      valueNetCents: 200_000,
      decisionDate: '2025-12-20',
      startDate: '2026-01-10',
    });
    const analysis = splittingAnalysis(lastYear, authority)!;
    expect(analysis.year).toBe('2025');
    expect(analysis.relatedAwards.map((a) => a.awardedOn)).toEqual(['2025-12-31']);
  });

  it('makes every enterprise ineligible, whatever its own compliance, and is not checked on other routes', () => {
    const result = evaluateEligibility(
      direct('90910000', 2_500_000),
      [enterprise(), enterprise({ id: 'e2', slug: 'b', name: 'Β' })],
      authority,
      TODAY,
    );
    expect(result.eligible).toEqual([]);
    expect(result.ineligible).toHaveLength(2);
    expect(result.splitting).toMatchObject({
      year: '2026',
      earlierNetCents: 2_975_000,
      needNetCents: 2_500_000,
      limitNetCents: 3_000_000,
      outcome: 'fail',
    });
    const open = evaluateEligibility(
      need({ route: 'open_procedure', valueNetCents: 9_000_000 }),
      [enterprise()],
      authority,
      TODAY,
    );
    expect(open.eligible[0]!.checks.some((c) => c.rule.startsWith('direct_award'))).toBe(false);
    expect(open.splitting).toBeNull();
  });
});

describe('the required procedure for the total value with options (a reservation is not a procedure)', () => {
  const procedure = (
    valueNetCents: number | null,
    code = '90910000',
    optionsValueNetCents = 0,
    route: AwardRoute = 'open_procedure',
    socialServices = false,
  ) => requiredProcedure({ cpvCodes: [{ code, socialServices }], route, valueNetCents, optionsValueNetCents });

  it.each([
    [3_000_000, '90910000', 'direct_award'],
    [3_000_001, '90910000', 'simplified_tender'],
    [6_000_000, '90910000', 'simplified_tender'],
    [6_000_001, '90910000', 'open_procedure'],
    [21_600_000, '90910000', 'open_procedure'],
    [21_600_001, '90910000', 'open_procedure_eu'],
    [3_000_001, '39000000', 'simplified_tender'], // supplies
    [21_600_001, '39000000', 'open_procedure_eu'],
    [6_000_000, '45000000', 'direct_award'], // works
    [6_000_001, '45000000', 'open_procedure'], // works: no simplified-tender ceiling configured
    [540_400_000, '45000000', 'open_procedure'],
    [540_400_001, '45000000', 'open_procedure_eu'],
  ])('%i cents of %s → %s', (cents, code, id) => {
    expect(procedure(cents, code).id).toBe(id);
  });

  it('uses the Annex XIV threshold (€750,000) for social services', () => {
    expect(procedure(75_000_000, '85312000', 0, 'reserved_social_services', true).id).toBe('open_procedure');
    expect(procedure(75_000_001, '85312000', 0, 'reserved_social_services', true).id).toBe('open_procedure_eu');
  });

  it('adds the options: €25,000 + €5,000.01 needs a simplified tender, flagged as to be verified', () => {
    const p = procedure(2_500_000, '90910000', 500_001);
    expect(p).toMatchObject({ id: 'simplified_tender', totalNetCents: 3_000_001, contractType: 'services' });
    expect(p.reference.verify).toBe(true);
    expect(p.message.en).toBe(
      'Total estimated value (services) with options and extensions: €30,000.01 net of VAT. A simplified tender is required (up to €60,000.00).',
    );
  });

  it('tells a reserved route that the call must cite the reserving article, and a €200,000 art. 20 need that it is an open procedure', () => {
    const p = procedure(20_000_000, '90910000', 0, 'reserved_art20');
    expect(p.id).toBe('open_procedure');
    expect(p.message.en).toContain('A reservation is not a procedure');
    expect(p.message.en).toContain('the call must cite Law 4412/2016 art. 20');
    expect(p.message.el).toContain('άρθρο 20 του Ν. 4412/2016');
  });

  it('is undetermined without a value', () => expect(procedure(null).id).toBe('undetermined'));
});

describe('art. 77 window and duration count from the award decision, options included', () => {
  const social = (overrides: Parameters<typeof need>[0] = {}) =>
    need({ route: 'reserved_social_services', cpvCodes: [{ code: '85312000', socialServices: true }], ...overrides });
  const previous = (awardedOn: string) =>
    enterprise({
      contracts: [
        { title: 'Κοινωνική φροντίδα', awardRoute: 'reserved_social_services', awardedOn, valueNetCents: 100 },
      ],
    });

  it.each([
    ['2023-11-25', 'fail'], // exactly 36 months before the decision
    ['2023-11-24', 'pass'], // one day earlier (capped to warning: art. 77's transposition is to be verified)
  ])('an earlier award under art. 77 on %s, decision 25/11/2026 → %s', (awardedOn, outcome) => {
    const check = outcomeOf(social({ startDate: '2027-06-01' }), previous(awardedOn), 'social_services_previous_award');
    expect(check.outcome).toBe(outcome === 'pass' ? 'warning' : 'fail');
  });

  it('ignores the start date for the window and awards under other routes', () => {
    // Within 36 months of a start in 2027 but not of the decision.
    expect(
      outcomeOf(
        social({ decisionDate: '2026-11-25', startDate: '2027-03-01' }),
        previous('2023-12-01'),
        'social_services_previous_award',
      ).outcome,
    ).toBe('fail');
    const other = enterprise({
      contracts: [{ title: 'Καθαρισμός', awardRoute: 'direct_award', awardedOn: '2026-01-10', valueNetCents: 100 }],
    });
    expect(outcomeOf(social(), other, 'social_services_previous_award').outcome).toBe('warning');
  });

  it.each([
    [36, 'warning'],
    [37, 'fail'],
  ])('duration %i months with options → %s', (durationMonths, outcome) => {
    expect(outcomeOf(social({ durationMonths }), enterprise(), 'social_services_duration').outcome).toBe(outcome);
  });

  it.each([
    [{ publicServiceMission: null }, 'unknown'],
    [{ profitsReinvested: false }, 'fail'],
    [{ verifiedAt: null }, 'warning'],
  ] as const)('statutes %j → %s; no legal form passes by itself', (change, outcome) => {
    const facts = enterprise({
      legalForm: 'koinsep_integration_vulnerable',
      statutes: { ...enterprise().statutes, ...change },
    });
    expect(outcomeOf(social(), facts, 'social_services_statutes').outcome).toBe(outcome);
    expect(outcomeOf(social(), facts, 'social_services_statutes').message.en).not.toBe('');
  });

  it('fails a CPV code outside Annex XIV, naming it', () => {
    const check = outcomeOf(
      social({
        cpvCodes: [
          { code: '85312000', socialServices: true },
          { code: '90910000', socialServices: false },
        ],
      }),
      enterprise(),
      'social_services_cpv',
    );
    expect(check.outcome).toBe('fail');
    expect(check.message.en).toContain('90910000');
  });
});

describe("ΚΑΔ next to the need's CPV (never silent)", () => {
  const cleaning = { cpvCodes: [{ code: '90911200', socialServices: false }], decisionDate: TODAY };
  it.each([
    [[], 'unknown'],
    [[{ code: '81.21.10.00', version: '2025', primary: true }], 'pass'],
    [[{ code: '81.21.10.00', version: '2008', primary: true }], 'warning'], // ΚΑΔ 2008 only after 01/03/2026
    [[{ code: '62.01.11.00', version: '2025', primary: true }], 'warning'], // confirm: no known correspondence
  ] as const)('%j → %s', (codes, outcome) => {
    expect(activityCodesCheck(cleaning, codes).outcome).toBe(outcome);
  });

  it('shows the codes with their version', () => {
    const check = activityCodesCheck({ ...cleaning, decisionDate: '2026-02-27' }, [
      { code: '81.21.10.00', version: '2008', primary: true },
    ]);
    expect(check.outcome).toBe('pass');
    expect(check.message.en).toBe(
      'CPV 90911200 ↔ 81.21.10.00 (ΚΑΔ 2008) (indicative correspondence). All ΚΑΔ: 81.21.10.00 (ΚΑΔ 2008, main).',
    );
    const confirm = activityCodesCheck(
      { cpvCodes: [{ code: '77211400', socialServices: false }], decisionDate: TODAY },
      [{ code: '62.01.11.00', version: '2025', primary: true }],
    );
    expect(confirm.message.en).toBe(
      'ΚΑΔ: 62.01.11.00 (ΚΑΔ 2025, main). Confirm that they cover the object (CPV 77211400).',
    );
  });
});

describe('the summary staff read first, and the other routes that would work', () => {
  const printing = enterprise({
    id: 'p',
    slug: 'print',
    name: 'Τυπογραφείο',
    services: [{ id: 's', title: 'Εκτυπώσεις', cpvCodes: ['90911200'], areas: [ATTICA] }],
    documents: [],
  });
  const authority: AuthorityFacts = {
    directAwards: [
      award('90911200', '2026-02-10', 1_450_000),
      award('90919300', '2026-03-10', 500_000),
      award('90911000', '2026-04-10', 500_000),
      award('90919200', '2026-05-10', 525_000),
    ],
  };
  const n = need({ route: 'direct_award', valueNetCents: 2_500_000 });

  it('names the rule that excluded most enterprises with its figures, and runs the other routes', () => {
    const enterprises = [enterprise(), enterprise({ id: 'e2', slug: 'b', name: 'Β' }), printing];
    const result = evaluateEligibility(n, enterprises, authority, TODAY);
    const alternatives = alternativeRoutes(n, enterprises, authority, TODAY);
    const summary = summarizeEligibility(n, result, alternatives);
    expect(summary.mainExclusion).toEqual({ rule: 'direct_award_splitting', enterprises: 3 });
    expect(summary.message.en).toBe(
      '0 eligible enterprises, 0 enterprises eligible with conditions, 3 ineligible enterprises. ' +
        '€29,750.00 already awarded directly in 2026 for related codes (4 awards): this need (€25,000.00) would exceed €30,000.00. ' +
        'Other routes for the same need: Reserved contract (art. 20) (2 eligible enterprises, 1 enterprise eligible with conditions); Open procedure (2 eligible enterprises, 1 enterprise eligible with conditions).',
    );
    expect(summary.message.el).toContain(
      '29.750,00 € έχουν ήδη ανατεθεί απευθείας το 2026 για συναφείς κωδικούς (4 αναθέσεις)',
    );
    expect(alternatives.map((a) => [a.route, a.eligible, a.conditional])).toEqual([
      ['reserved_art20', 2, 1],
      ['open_procedure', 2, 1],
      ['reserved_social_services', 0, 0],
      ['programmatic_agreement', 0, 0],
    ]);
  });

  it.each([
    [0, 'eligible', '0 επιλέξιμες επιχειρήσεις', '0 eligible enterprises'],
    [1, 'eligible', '1 επιλέξιμη επιχείρηση', '1 eligible enterprise'],
    [2, 'eligible', '2 επιλέξιμες επιχειρήσεις', '2 eligible enterprises'],
    [1, 'conditional', '1 επιχείρηση με προϋποθέσεις', '1 enterprise eligible with conditions'],
    [1, 'ineligible', '1 μη επιλέξιμη επιχείρηση', '1 ineligible enterprise'],
    [3, 'ineligible', '3 μη επιλέξιμες επιχειρήσεις', '3 ineligible enterprises'],
  ] as const)('%i %s → «%s» / "%s"', (count, kind, el, en) => {
    expect(countEnterprises(count, kind)).toEqual({ el, en });
  });

  it('falls back to the rule name and counts for other exclusions, and says nothing of alternatives when some are eligible', () => {
    const north = enterprise({
      id: 'n',
      name: 'Βόρεια',
      services: [{ id: 's', title: 'Καθαρισμός', cpvCodes: ['90911200'], areas: [THESSALONIKI] }],
    });
    const result = evaluateEligibility(need(), [printing, enterprise(), north], NO_AWARDS, TODAY);
    const summary = summarizeEligibility(
      need(),
      result,
      alternativeRoutes(need(), [printing, enterprise(), north], NO_AWARDS, TODAY),
    );
    expect(summary.message.el).toBe(
      '1 επιλέξιμη επιχείρηση, 1 επιχείρηση με προϋποθέσεις, 1 μη επιλέξιμη επιχείρηση. Ο κανόνας «Τόπος εκτέλεσης» απέκλεισε 1 από 3 επιχειρήσεις.',
    );
    expect(summary.message.en).toBe(
      '1 eligible enterprise, 1 enterprise eligible with conditions, 1 ineligible enterprise. The rule "Place of performance" excluded 1 of 3 enterprises.',
    );
  });
});
