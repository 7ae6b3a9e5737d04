import { describe, expect, it } from 'vitest';
import {
  certificateCheck,
  evaluateEligibility,
  evaluateEnterprise,
  type AuthorityFacts,
  type EligibilityRule,
  type EnterpriseFacts,
  type Need,
} from '../../api/domain/eligibility.ts';
import { AWARD_RULES } from '../../api/domain/award-rules-config.ts';
import { addMonths, decimalToCents, formatMoney, formatPercent } from '../../api/domain/eligibility-format.ts';

const TODAY = '2026-11-25';
const ATTICA = { id: 'EL30', nameEl: 'Αττική', nameEn: 'Attica' };
const CHALANDRI = { id: 'mun-chalandri', nameEl: 'Χαλάνδρι', nameEn: 'Chalandri' };
const THESSALONIKI = { id: 'mun-thessaloniki', nameEl: 'Θεσσαλονίκη', nameEn: 'Thessaloniki' };

function need(overrides: Partial<Need> = {}): Need {
  return {
    cpvCodes: [{ code: '90910000', socialServices: false }],
    keywords: null,
    route: 'open_procedure',
    valueNetCents: 1_000_000,
    startDate: TODAY,
    durationMonths: 12,
    place: { ...CHALANDRI, coveringIds: ['mun-chalandri', 'EL301', 'EL30', 'EL'] },
    ...overrides,
  };
}

/** An enterprise that passes every rule of every route, unless overridden. */
function enterprise(overrides: Partial<EnterpriseFacts> = {}): EnterpriseFacts {
  return {
    id: 'e1',
    slug: 'katharotita',
    name: 'Καθαρότητα ΚοινΣΕπ',
    legalForm: 'koinsep_integration_vulnerable',
    employeesCount: 10,
    disadvantagedEmployeesCount: 4,
    gemkaloStatus: 'active',
    documents: [
      { kind: 'tax_clearance', validUntil: '2027-03-01' },
      { kind: 'social_security_clearance', validUntil: '2027-03-01' },
      { kind: 'gemkalo_certificate', validUntil: '2027-06-30' },
    ],
    services: [{ id: 's1', title: 'Καθαρισμός κτιρίων', cpvCodes: ['90911200'], areas: [ATTICA] }],
    keywordMatch: false,
    contracts: [],
    ...overrides,
  };
}

const NO_AWARDS: AuthorityFacts = { directAwards: [] };

function outcomeOf(n: Need, e: EnterpriseFacts, rule: EligibilityRule, authority = NO_AWARDS) {
  const result = evaluateEnterprise(n, e, authority, TODAY);
  const found = result.checks.filter((c) => c.rule === rule);
  expect(found.length, `rule ${rule} reported`).toBeGreaterThan(0);
  return found;
}

describe('eligibility: a fully compliant enterprise', () => {
  it('is eligible for every route, with every rule passing', () => {
    for (const route of ['reserved_art20', 'direct_award', 'programmatic_agreement', 'open_procedure'] as const) {
      const result = evaluateEnterprise(need({ route }), enterprise(), NO_AWARDS, TODAY);
      expect(result.checks.filter((c) => c.outcome !== 'pass'), route).toEqual([]);
      expect(result.group).toBe('eligible');
    }
  });
});

describe('direct award value (Law 4412/2016 art. 118: up to €30,000 net)', () => {
  it.each([
    [2_999_999, 'pass'],
    [3_000_000, 'pass'],
    [3_000_001, 'fail'],
  ])('%i cents → %s', (cents, outcome) => {
    const [valueCheck] = outcomeOf(need({ route: 'direct_award', valueNetCents: cents }), enterprise(), 'direct_award_value');
    expect(valueCheck!.outcome).toBe(outcome);
  });

  it('names the figures when the value is above the limit', () => {
    const [valueCheck] = outcomeOf(need({ route: 'direct_award', valueNetCents: 3_000_001 }), enterprise(), 'direct_award_value');
    expect(valueCheck!.message.el).toContain('30.000,01 €');
    expect(valueCheck!.message.el).toContain('30.000,00 €');
    expect(valueCheck!.message.en).toContain('€30,000.01');
  });

  it('is unknown, not pass, without a value', () => {
    const checks = outcomeOf(need({ route: 'direct_award', valueNetCents: null }), enterprise(), 'direct_award_value');
    expect(checks[0]!.outcome).toBe('unknown');
  });

  it('is unknown for works, whose threshold is not configured', () => {
    const checks = outcomeOf(need({ route: 'direct_award', cpvCodes: [{ code: '45000000', socialServices: false }] }), enterprise(), 'direct_award_value');
    expect(checks[0]!.outcome).toBe('unknown');
  });
});

describe('direct award splitting (same CPV class, same year, all departments)', () => {
  const authority: AuthorityFacts = {
    directAwards: [
      { cpvCode: '90911200', awardedOn: '2026-02-10', valueNetCents: 1_450_000, department: 'Διεύθυνση Παιδείας' },
      { cpvCode: '90919300', awardedOn: '2026-06-01', valueNetCents: 1_400_000, department: 'Διεύθυνση Καθαριότητας' },
      // Other class, other year: never counted.
      { cpvCode: '90920000', awardedOn: '2026-03-01', valueNetCents: 2_900_000, department: 'Διεύθυνση Καθαριότητας' },
      { cpvCode: '90911200', awardedOn: '2025-12-31', valueNetCents: 2_900_000, department: 'Διεύθυνση Παιδείας' },
    ],
  };

  it.each([
    [150_000, 'pass'], // 14,500 + 14,000 + 1,500 = 30,000.00
    [150_001, 'fail'], // 30,000.01
  ])('earlier €28,500 across two departments + %i cents → %s', (cents, outcome) => {
    const [splitting] = outcomeOf(need({ route: 'direct_award', valueNetCents: cents }), enterprise(), 'direct_award_splitting', authority);
    expect(splitting!.outcome).toBe(outcome);
  });

  it('states the sums and the number of departments', () => {
    const [splitting] = outcomeOf(need({ route: 'direct_award', valueNetCents: 200_000 }), enterprise(), 'direct_award_splitting', authority);
    expect(splitting!.message.en).toBe(
      'Direct awards in 2026 in CPV class 9091 (all departments): 2 contracts from 2 departments, €28,500.00; with this one (€2,000.00) €30,500.00, above the €30,000.00 limit: splitting is forbidden.',
    );
    expect(splitting!.message.el).toContain('28.500,00 €');
  });

  it('makes every enterprise ineligible, whatever its own compliance', () => {
    const result = evaluateEligibility(
      need({ route: 'direct_award', valueNetCents: 200_000 }),
      [enterprise(), enterprise({ id: 'e2', slug: 'b', name: 'Β' })],
      authority,
      TODAY,
    );
    expect(result.eligible).toEqual([]);
    expect(result.ineligible.map((e) => e.enterprise.id).sort()).toEqual(['e1', 'e2']);
  });

  it('is not checked on other routes', () => {
    const result = evaluateEnterprise(need({ route: 'open_procedure', valueNetCents: 9_000_000 }), enterprise(), authority, TODAY);
    expect(result.checks.some((c) => c.rule.startsWith('direct_award'))).toBe(false);
  });
});

describe('art. 20 reserved contracts: workforce share strictly above 30%', () => {
  const evidence = { kind: 'workforce_composition' as const, validUntil: '2027-01-31' };
  const base = enterprise();
  it.each([
    [300, 1000, 'fail'], // 30% exactly
    [301, 1000, 'pass'], // 30.1%
    [3, 10, 'fail'],
    [1, 3, 'pass'], // 33.33%
    [0, 10, 'fail'],
  ])('%i of %i disadvantaged → %s', (disadvantaged, total, outcome) => {
    const facts = enterprise({
      legalForm: 'koinsep_collective_benefit',
      employeesCount: total,
      disadvantagedEmployeesCount: disadvantaged,
      documents: [...base.documents, evidence],
    });
    expect(outcomeOf(need({ route: 'reserved_art20' }), facts, 'legal_form')[0]!.outcome).toBe(outcome);
  });

  it('quotes the share in the message', () => {
    const facts = enterprise({ legalForm: 'worker_coop', employeesCount: 10, disadvantagedEmployeesCount: 3, documents: [...base.documents, evidence] });
    const [form] = outcomeOf(need({ route: 'reserved_art20' }), facts, 'legal_form');
    expect(form!.message.en).toBe('3 of 10 workers (30%) are disabled or disadvantaged; more than 30% is required.');
    expect(form!.message.el).toContain('(30%)');
  });

  it('is unknown (conditional), not fail, without workforce figures or without valid evidence', () => {
    const noFigures = enterprise({ legalForm: 'koinsep_collective_benefit', employeesCount: null, disadvantagedEmployeesCount: null });
    const noEvidence = enterprise({ legalForm: 'koinsep_collective_benefit', employeesCount: 10, disadvantagedEmployeesCount: 5 });
    const expired = enterprise({
      legalForm: 'koinsep_collective_benefit',
      employeesCount: 10,
      disadvantagedEmployeesCount: 5,
      documents: [...base.documents, { kind: 'workforce_composition', validUntil: '2026-11-24' }],
    });
    for (const facts of [noFigures, noEvidence, expired]) {
      const result = evaluateEnterprise(need({ route: 'reserved_art20' }), facts, NO_AWARDS, TODAY);
      expect(result.checks.find((c) => c.rule === 'legal_form')!.outcome).toBe('unknown');
      expect(result.group).toBe('conditional');
    }
  });

  it.each(['koinsep_integration_vulnerable', 'koinsep_integration_special', 'koispe', 'protected_workshop'] as const)(
    '%s qualifies by its legal form, with no workforce figures',
    (legalForm) => {
      const facts = enterprise({ legalForm, employeesCount: null, disadvantagedEmployeesCount: null });
      expect(outcomeOf(need({ route: 'reserved_art20' }), facts, 'legal_form')[0]!.outcome).toBe('pass');
    },
  );
});

describe('certificates valid on the start date', () => {
  const start = '2026-12-15';
  const ref = AWARD_RULES.clearances.taxReference;
  const noWindow = { ...AWARD_RULES, clearances: { ...AWARD_RULES.clearances, expiryWarningDays: 0 } };
  it.each([
    // valid until, outcome with the 30-day window, outcome without a window
    ['2026-12-15', 'warning', 'pass'], // valid until the start date itself: valid on it
    ['2026-12-14', 'warning', 'warning'], // expires the day before the start, but still valid today (2026-11-25): renew
    ['2027-01-13', 'warning', 'pass'], // 29 days after the start
    ['2027-01-14', 'pass', 'pass'], // 30 days after the start
  ])('valid until %s, start %s → %s', (validUntil, withWindow, withoutWindow) => {
    expect(certificateCheck('tax_clearance', 'tax_clearance', validUntil, { startDate: start }, TODAY, ref).outcome).toBe(withWindow);
    expect(certificateCheck('tax_clearance', 'tax_clearance', validUntil, { startDate: start }, TODAY, ref, noWindow).outcome).toBe(withoutWindow);
  });

  it.each([
    [TODAY, 'pass'], // valid until the start date (= today) passes
    ['2026-11-24', 'fail'], // expired the day before fails
  ])('start today, valid until %s → %s (no warning window)', (validUntil, outcome) => {
    expect(certificateCheck('tax_clearance', 'tax_clearance', validUntil, { startDate: TODAY }, TODAY, ref, noWindow).outcome).toBe(outcome);
  });

  it('says exactly when an expired clearance lapsed', () => {
    const facts = enterprise({
      documents: [
        { kind: 'tax_clearance', validUntil: '2026-11-20' },
        { kind: 'social_security_clearance', validUntil: '2027-03-01' },
        { kind: 'gemkalo_certificate', validUntil: '2027-06-30' },
      ],
    });
    const result = evaluateEnterprise(need(), facts, NO_AWARDS, TODAY);
    const tax = result.checks.find((c) => c.rule === 'tax_clearance')!;
    expect(tax.outcome).toBe('fail');
    expect(tax.message.el).toBe('Η φορολογική ενημερότητα έληξε στις 20/11/2026.');
    expect(tax.message.en).toBe('Tax clearance expired on 2026-11-20.');
    expect(result.group).toBe('ineligible');
  });

  it('uses the latest certificate of a kind and reports unknown when none is on file', () => {
    const facts = enterprise({
      documents: [
        { kind: 'tax_clearance', validUntil: '2026-10-01' },
        { kind: 'tax_clearance', validUntil: '2027-03-01' },
        { kind: 'gemkalo_certificate', validUntil: '2027-06-30' },
      ],
    });
    const result = evaluateEnterprise(need(), facts, NO_AWARDS, TODAY);
    expect(result.checks.find((c) => c.rule === 'tax_clearance')!.outcome).toBe('pass');
    expect(result.checks.find((c) => c.rule === 'social_security_clearance')!.outcome).toBe('unknown');
    expect(result.group).toBe('conditional');
    expect(result.documents.tax_clearance).toBe('2027-03-01');
  });
});

describe('ΓΕΜΚΑΛΟ registration', () => {
  it.each([
    ['active', 'pass'],
    ['pending', 'warning'],
    ['unknown', 'unknown'],
    ['suspended', 'fail'],
    ['removed', 'fail'],
  ] as const)('%s → %s on a route that requires it', (status, outcome) => {
    expect(outcomeOf(need({ route: 'direct_award' }), enterprise({ gemkaloStatus: status }), 'gemkalo_registration')[0]!.outcome).toBe(outcome);
  });

  it('is only a warning on the open procedure', () => {
    expect(outcomeOf(need({ route: 'open_procedure' }), enterprise({ gemkaloStatus: 'removed' }), 'gemkalo_registration')[0]!.outcome).toBe('warning');
  });

  it('does not apply to protected workshops', () => {
    const result = evaluateEnterprise(need({ route: 'reserved_art20' }), enterprise({ legalForm: 'protected_workshop', gemkaloStatus: 'unknown', documents: enterprise().documents.slice(0, 2) }), NO_AWARDS, TODAY);
    expect(result.group).toBe('eligible');
  });
});

describe('CPV match and place of performance', () => {
  it.each([
    ['90910000', ['90911200'], 'pass', 0.95],
    ['90910000', ['90910000'], 'pass', 1],
    ['90911200', ['90910000'], 'warning', 0.8],
    ['90911200', ['90919300'], 'warning', 0.6],
    ['90911200', ['90500000'], 'fail', 0.2],
  ])('need %s, service %j → %s (quality %s)', (needed, offered, outcome, quality) => {
    const result = evaluateEnterprise(
      need({ cpvCodes: [{ code: needed, socialServices: false }] }),
      enterprise({ services: [{ id: 's', title: 'Υπηρεσία', cpvCodes: offered, areas: [ATTICA] }] }),
      NO_AWARDS,
      TODAY,
    );
    expect(result.checks.find((c) => c.rule === 'service_match')!.outcome).toBe(outcome);
    expect(result.matchQuality).toBe(quality);
  });

  it('requires a matching service to serve an area covering the place', () => {
    const elsewhere = enterprise({ services: [{ id: 's', title: 'Καθαρισμός', cpvCodes: ['90911200'], areas: [THESSALONIKI] }] });
    const [place] = outcomeOf(need(), elsewhere, 'place_of_performance');
    expect(place!.outcome).toBe('fail');
    expect(place!.message.en).toBe('Does not serve Chalandri; serves only: Thessaloniki.');
    const nowhere = enterprise({ services: [{ id: 's', title: 'Καθαρισμός', cpvCodes: ['90911200'], areas: [] }] });
    expect(outcomeOf(need(), nowhere, 'place_of_performance')[0]!.outcome).toBe('unknown');
    // A non-matching service in the right area does not count.
    const wrongService = enterprise({
      services: [
        { id: 's1', title: 'Καθαρισμός', cpvCodes: ['90911200'], areas: [THESSALONIKI] },
        { id: 's2', title: 'Εκτυπώσεις', cpvCodes: ['79800000'], areas: [CHALANDRI] },
      ],
    });
    expect(outcomeOf(need(), wrongService, 'place_of_performance')[0]!.outcome).toBe('fail');
  });

  it('matches by keywords when no CPV code is given', () => {
    const result = evaluateEnterprise(need({ cpvCodes: [], keywords: 'καθαρισμός' }), enterprise({ keywordMatch: true }), NO_AWARDS, TODAY);
    expect(result.checks.find((c) => c.rule === 'service_match')!.outcome).toBe('pass');
    expect(result.matchKind).toBe('keywords');
  });
});

describe('reserved social services (Directive art. 77)', () => {
  const social = [{ code: '85312000', socialServices: true }];
  it.each([
    [36, 'pass'],
    [37, 'fail'],
  ])('duration %i months → %s', (months, outcome) => {
    expect(outcomeOf(need({ route: 'reserved_social_services', cpvCodes: social, durationMonths: months }), enterprise(), 'social_services_duration')[0]!.outcome).toBe(outcome);
  });

  it('fails for a CPV code outside the list, naming it', () => {
    const [cpv] = outcomeOf(need({ route: 'reserved_social_services', cpvCodes: [...social, { code: '90910000', socialServices: false }] }), enterprise(), 'social_services_cpv');
    expect(cpv!.outcome).toBe('fail');
    expect(cpv!.message.en).toContain('90910000');
  });

  it.each([
    ['2023-11-25', 'fail'], // exactly 36 months before the start
    ['2023-11-24', 'pass'],
  ])('an earlier award under this route on %s → %s', (awardedOn, outcome) => {
    const facts = enterprise({ contracts: [{ title: 'Κοινωνική φροντίδα', awardRoute: 'reserved_social_services', awardedOn, valueNetCents: 100 }] });
    expect(outcomeOf(need({ route: 'reserved_social_services', cpvCodes: social }), facts, 'social_services_previous_award')[0]!.outcome).toBe(outcome);
  });

  it('ignores awards under other routes', () => {
    const facts = enterprise({ contracts: [{ title: 'Καθαρισμός', awardRoute: 'direct_award', awardedOn: '2026-01-10', valueNetCents: 100 }] });
    expect(outcomeOf(need({ route: 'reserved_social_services', cpvCodes: social }), facts, 'social_services_previous_award')[0]!.outcome).toBe('pass');
  });
});

describe('grouping and rotation', () => {
  it('ranks by match quality, then by less work awarded recently, then by the oldest last award', () => {
    const busy = enterprise({
      id: 'busy',
      name: 'Α',
      contracts: [{ title: 'x', awardRoute: 'direct_award', awardedOn: '2026-05-01', valueNetCents: 2_000_000 }],
    });
    const idle = enterprise({
      id: 'idle',
      name: 'Β',
      contracts: [{ title: 'x', awardRoute: 'direct_award', awardedOn: '2024-05-01', valueNetCents: 9_000_000 }],
    });
    const exact = enterprise({ id: 'exact', name: 'Γ', services: [{ id: 's', title: 'Καθαρισμός', cpvCodes: ['90910000'], areas: [ATTICA] }] });
    const result = evaluateEligibility(need(), [busy, idle, exact], NO_AWARDS, TODAY);
    expect(result.eligible.map((e) => e.enterprise.id)).toEqual(['exact', 'idle', 'busy']);
    const idleRotation = result.eligible[1]!.rotation;
    expect(idleRotation).toEqual({ lastAwardedOn: '2024-05-01', awardedNetCentsInWindow: 0, contractsInWindow: 0, windowMonths: 12 });
    expect(result.eligible[2]!.rotation.awardedNetCentsInWindow).toBe(2_000_000);
  });
});

describe('formatting helpers', () => {
  it.each([
    ['30000', 3_000_000],
    ['30000.00', 3_000_000],
    ['30000.01', 3_000_001],
    ['0,5', 50],
    ['12.3', 1230],
  ])('decimal %s → %i cents', (text, cents) => expect(decimalToCents(text)).toBe(cents));
  it.each(['', '1.234', '-5', '1e3', '30,000.00', 'abc'])('rejects %j', (text) => expect(decimalToCents(text)).toBeNull());
  it('formats money and shares', () => {
    expect(formatMoney(3_000_001, 'el')).toBe('30.000,01 €');
    expect(formatMoney(3_000_001, 'en')).toBe('€30,000.01');
    expect(formatMoney(5, 'en')).toBe('€0.05');
    expect(formatPercent(301, 1000, 'el')).toBe('30,1%');
    expect(formatPercent(1, 3, 'en')).toBe('33.33%');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});
