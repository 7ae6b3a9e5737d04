import { describe, expect, it } from 'vitest';
import { AWARD_RULES } from '../../api/domain/award-rules-config.ts';
import {
  certificateCheck,
  evaluateEligibility,
  evaluateEnterprise,
  headlineOf,
  type EligibilityCheck,
} from '../../api/domain/eligibility.ts';
import {
  addMonths,
  decimalToCents,
  formatDate,
  formatMoney,
  formatPercent,
} from '../../api/domain/eligibility-format.ts';
import {
  ATTICA,
  CHALANDRI,
  NO_AWARDS,
  THESSALONIKI,
  TODAY,
  VALID_DOCUMENTS,
  doc,
  enterprise,
  need,
  outcomeOf,
} from './eligibility-fixtures.ts';

describe('a fully compliant enterprise', () => {
  it.each(['reserved_art20', 'direct_award', 'open_procedure'] as const)(
    'is eligible for %s with every rule passing',
    (route) => {
      const result = evaluateEnterprise(need({ route }), enterprise(), NO_AWARDS, TODAY);
      expect(result.checks.filter((c) => c.outcome !== 'pass')).toEqual([]);
      expect(result.group).toBe('eligible');
      expect(result.headline).toBeNull();
    },
  );

  it('is never eligible for the art. 77 route, whose legal basis is to be verified: every pass is capped to a warning', () => {
    const social = need({ route: 'reserved_social_services', cpvCodes: [{ code: '85312000', socialServices: true }] });
    const facts = enterprise({
      services: [{ id: 's', title: 'Κοινωνική φροντίδα', cpvCodes: ['85312000'], areas: [ATTICA] }],
      activityCodes: [{ code: '88.10.11.00', version: '2025', primary: true }],
    });
    const result = evaluateEnterprise(social, facts, NO_AWARDS, TODAY);
    expect(result.group).toBe('conditional');
    const art77 = result.checks.filter((c) => c.reference.verify);
    expect(art77.map((c) => c.rule).sort()).toEqual([
      'social_services_cpv',
      'social_services_duration',
      'social_services_previous_award',
      'social_services_statutes',
    ]);
    for (const c of art77) {
      expect(c.outcome).toBe('warning');
      expect(c.message.en).toMatch(/Legal basis to be confirmed\.$/);
      expect(c.message.el).toMatch(/Νομική βάση προς επιβεβαίωση\.$/);
    }
    expect(result.checks.filter((c) => !c.reference.verify).every((c) => c.outcome === 'pass')).toBe(true);
  });
});

describe('programmatic agreements (Law 3852/2010 art. 100) are not a route to a private-law body', () => {
  it('fails a €250,000, 48-month cleaning agreement with a collective-benefit ΚοινΣΕπ, explaining the Court of Audit case law', () => {
    const agreement = need({ route: 'programmatic_agreement', valueNetCents: 25_000_000, durationMonths: 48 });
    const facts = enterprise({ legalForm: 'koinsep_collective_benefit', disadvantagedEmployeesCount: 0 });
    const result = evaluateEnterprise(agreement, facts, NO_AWARDS, TODAY);
    expect(result.group).toBe('ineligible');
    const form = result.checks.find((c) => c.rule === 'legal_form')!;
    expect(form.outcome).toBe('fail');
    expect(form.message.en).toContain('private-law body');
    expect(form.message.en).toContain('Court of Audit');
    expect(form.message.el).toContain('Ελεγκτικό Συνέδριο');
    expect(result.headline).toEqual(form);
  });

  it.each([
    'koinsep_integration_vulnerable',
    'koinsep_integration_special',
    'koinsep_collective_benefit',
    'koispe',
    'worker_coop',
    'other_sse',
  ] as const)('%s → fail', (legalForm) =>
    expect(outcomeOf(need({ route: 'programmatic_agreement' }), enterprise({ legalForm }), 'legal_form').outcome).toBe(
      'fail',
    ),
  );

  it('is unknown for a protected workshop, which a public-law body may run', () => {
    expect(
      outcomeOf(
        need({ route: 'programmatic_agreement' }),
        enterprise({ legalForm: 'protected_workshop' }),
        'legal_form',
      ).outcome,
    ).toBe('unknown');
  });

  it('flags the existing contracts of the route in the register', () => {
    expect(AWARD_RULES.routes.programmatic_agreement.contractsFlag?.en).toContain('Court of Audit');
  });
});

describe('art. 20 for other operators: a statutory integration purpose AND more than 30% such workers', () => {
  const evidence = doc('workforce_composition', '2027-01-31');
  const other = (overrides: Parameters<typeof enterprise>[0] = {}) =>
    enterprise({
      legalForm: 'koinsep_collective_benefit',
      employeesCount: 10,
      disadvantagedEmployeesCount: 4,
      documents: [...VALID_DOCUMENTS, evidence],
      ...overrides,
    });
  const statutes = (integrationPurpose: boolean | null, verifiedAt: string | null = '2026-10-01T09:00:00Z') => ({
    ...enterprise().statutes,
    integrationPurpose,
    verifiedAt,
  });

  it.each([
    [300, 1000, 'fail'], // exactly 30%
    [301, 1000, 'pass'], // 30.1%
    [3, 10, 'fail'],
    [1, 3, 'pass'], // 33.33%
    [0, 10, 'fail'],
  ])('%i of %i disadvantaged → %s', (disadvantaged, total, outcome) => {
    const facts = other({ employeesCount: total, disadvantagedEmployeesCount: disadvantaged });
    expect(outcomeOf(need({ route: 'reserved_art20' }), facts, 'art20_workforce_share').outcome).toBe(outcome);
  });

  it.each([
    [true, '2026-10-01T09:00:00Z', 'pass', 'eligible'],
    [true, null, 'warning', 'conditional'], // recorded but not verified by staff
    [null, null, 'unknown', 'conditional'], // not recorded: never pass
    [false, '2026-10-01T09:00:00Z', 'fail', 'ineligible'],
  ] as const)(
    'statutes purpose %s (verified %s) with 40%% such workers → %s, %s',
    (purpose, verifiedAt, outcome, group) => {
      const result = evaluateEnterprise(
        need({ route: 'reserved_art20' }),
        other({ statutes: statutes(purpose, verifiedAt) }),
        NO_AWARDS,
        TODAY,
      );
      expect(result.checks.find((c) => c.rule === 'art20_statutes_purpose')!.outcome).toBe(outcome);
      expect(result.checks.find((c) => c.rule === 'art20_workforce_share')!.outcome).toBe('pass');
      expect(result.group).toBe(group);
    },
  );

  it('quotes the share in the message', () => {
    const facts = other({ legalForm: 'worker_coop', disadvantagedEmployeesCount: 3 });
    expect(outcomeOf(need({ route: 'reserved_art20' }), facts, 'art20_workforce_share').message.en).toBe(
      '3 of 10 workers (30%) are disabled or disadvantaged; more than 30% is required.',
    );
  });

  it('is unknown without workforce figures or without evidence valid on the decision date, and a warning with unchecked evidence', () => {
    expect(
      outcomeOf(
        need({ route: 'reserved_art20' }),
        other({ employeesCount: null, disadvantagedEmployeesCount: null }),
        'art20_workforce_share',
      ).outcome,
    ).toBe('unknown');
    expect(
      outcomeOf(need({ route: 'reserved_art20' }), other({ documents: VALID_DOCUMENTS }), 'art20_workforce_share')
        .outcome,
    ).toBe('unknown');
    const lapsed = other({ documents: [...VALID_DOCUMENTS, doc('workforce_composition', '2026-11-24')] });
    expect(outcomeOf(need({ route: 'reserved_art20' }), lapsed, 'art20_workforce_share').outcome).toBe('unknown');
    const unchecked = other({ documents: [...VALID_DOCUMENTS, doc('workforce_composition', '2027-01-31', false)] });
    expect(outcomeOf(need({ route: 'reserved_art20' }), unchecked, 'art20_workforce_share').outcome).toBe('warning');
  });

  it.each(['koinsep_integration_vulnerable', 'koinsep_integration_special', 'koispe', 'protected_workshop'] as const)(
    '%s qualifies by its form, with no workforce figures and no statutes facts',
    (legalForm) => {
      const facts = enterprise({
        legalForm,
        employeesCount: null,
        disadvantagedEmployeesCount: null,
        statutes: statutes(null, null),
      });
      const result = evaluateEnterprise(need({ route: 'reserved_art20' }), facts, NO_AWARDS, TODAY);
      expect(result.checks.find((c) => c.rule === 'legal_form')!.outcome).toBe('pass');
      expect(result.checks.some((c) => c.rule.startsWith('art20_'))).toBe(false);
    },
  );
});

describe('certificates: staff-verified, valid on the award decision date and on the start date', () => {
  const ref = AWARD_RULES.clearances.taxReference;
  const noWindow = { ...AWARD_RULES, clearances: { ...AWARD_RULES.clearances, expiryWarningDays: 0 } };
  const dates = { decisionDate: '2026-12-01', startDate: '2027-01-15' };
  const tax = (validUntil: string, verified = true, rules = noWindow) =>
    certificateCheck(
      'tax_clearance',
      'tax_clearance',
      [doc('tax_clearance', validUntil, verified)],
      dates,
      TODAY,
      ref,
      rules,
    );

  it.each([
    ['2027-01-15', 'pass'], // valid on both dates
    ['2027-01-14', 'warning'], // valid at the decision, not at the start: renew before the start
    ['2026-12-01', 'warning'],
    ['2026-11-30', 'warning'], // still valid today but not at the decision (ahead): renew
    ['2026-11-24', 'fail'], // already expired
  ])('decision 01/12/2026, start 15/01/2027, valid until %s → %s', (validUntil, outcome) => {
    expect(tax(validUntil).outcome).toBe(outcome);
  });

  it('names the date that fails, dd/mm/yyyy in both languages', () => {
    expect(tax('2027-01-14').message.en).toBe(
      'Tax clearance is valid on the award decision date (01/12/2026) but expires on 14/01/2027, before the start date (15/01/2027): a renewed one is needed before the start.',
    );
    const expired = certificateCheck(
      'tax_clearance',
      'tax_clearance',
      [doc('tax_clearance', '2026-11-20')],
      { decisionDate: TODAY, startDate: TODAY },
      TODAY,
      ref,
    );
    expect(expired.outcome).toBe('fail');
    expect(expired.message.el).toBe(
      'Η φορολογική ενημερότητα έληξε στις 20/11/2026: δεν ισχύει την ημερομηνία της απόφασης ανάθεσης (25/11/2026).',
    );
    expect(expired.message.en).toBe(
      'Tax clearance expired on 20/11/2026: not valid on the award decision date (25/11/2026).',
    );
  });

  it('warns within the 30-day window after the start', () => {
    expect(tax('2027-02-13', true, AWARD_RULES).outcome).toBe('warning');
    expect(tax('2027-02-14', true, AWARD_RULES).outcome).toBe('pass');
  });

  it('counts an unverified certificate at most as a warning "to be checked", and fails it when it is expired', () => {
    const unchecked = tax('2027-06-30', false);
    expect(unchecked.outcome).toBe('warning');
    expect(unchecked.message.en).toContain('Not yet checked by staff: to be checked.');
    expect(tax('2026-11-20', false).outcome).toBe('fail');
    // A verified valid one wins over a newer unchecked one; an expired verified one is replaced by a newer unchecked one.
    const both = (verifiedUntil: string) =>
      certificateCheck(
        'tax_clearance',
        'tax_clearance',
        [doc('tax_clearance', verifiedUntil), doc('tax_clearance', '2027-09-30', false)],
        dates,
        TODAY,
        ref,
        noWindow,
      );
    expect(both('2027-03-01').outcome).toBe('pass');
    expect(both('2026-10-01').outcome).toBe('warning');
  });

  it('is unknown when none is on file, for every art. 73 certificate', () => {
    const result = evaluateEnterprise(
      need(),
      enterprise({ documents: [doc('gemkalo_certificate', '2027-06-30')] }),
      NO_AWARDS,
      TODAY,
    );
    for (const rule of ['tax_clearance', 'social_security_clearance', 'criminal_record', 'gemi_certificate'] as const) {
      const c = result.checks.find((x) => x.rule === rule)!;
      expect(c.outcome, rule).toBe('unknown');
      expect(c.message.en, rule).toMatch(/none on file\.$/);
    }
    expect(result.group).toBe('conditional');
  });

  it('keeps the latest valid-until of each kind for the shortlist', () => {
    const result = evaluateEnterprise(
      need(),
      enterprise({ documents: [...VALID_DOCUMENTS, doc('tax_clearance', '2026-10-01')] }),
      NO_AWARDS,
      TODAY,
    );
    expect(result.checks.find((c) => c.rule === 'tax_clearance')!.outcome).toBe('pass');
    expect(result.documents.tax_clearance).toBe('2027-03-01');
  });
});

describe('ΓΕΜΚΑΛΟ registration (Law 4430/2016 art. 4)', () => {
  it.each([
    ['active', 'pass'],
    ['pending', 'warning'],
    ['unknown', 'unknown'],
    ['suspended', 'fail'],
    ['removed', 'fail'],
  ] as const)('%s → %s on a route that requires it', (status, outcome) => {
    expect(
      outcomeOf(need({ route: 'direct_award' }), enterprise({ gemkaloStatus: status }), 'gemkalo_registration').outcome,
    ).toBe(outcome);
  });

  it('is only a warning on the open procedure, and does not apply to protected workshops', () => {
    expect(
      outcomeOf(need({ route: 'open_procedure' }), enterprise({ gemkaloStatus: 'removed' }), 'gemkalo_registration')
        .outcome,
    ).toBe('warning');
    const workshop = enterprise({
      legalForm: 'protected_workshop',
      gemkaloStatus: 'unknown',
      documents: VALID_DOCUMENTS.filter((d) => d.kind !== 'gemkalo_certificate'),
    });
    expect(evaluateEnterprise(need({ route: 'reserved_art20' }), workshop, NO_AWARDS, TODAY).group).toBe('eligible');
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
    const elsewhere = enterprise({
      services: [{ id: 's', title: 'Καθαρισμός', cpvCodes: ['90911200'], areas: [THESSALONIKI] }],
    });
    expect(outcomeOf(need(), elsewhere, 'place_of_performance').message.en).toBe(
      'Does not serve Chalandri; serves only: Thessaloniki.',
    );
    const nowhere = enterprise({ services: [{ id: 's', title: 'Καθαρισμός', cpvCodes: ['90911200'], areas: [] }] });
    expect(outcomeOf(need(), nowhere, 'place_of_performance').outcome).toBe('unknown');
    const wrongService = enterprise({
      services: [
        { id: 's1', title: 'Καθαρισμός', cpvCodes: ['90911200'], areas: [THESSALONIKI] },
        { id: 's2', title: 'Εκτυπώσεις', cpvCodes: ['79800000'], areas: [CHALANDRI] },
      ],
    });
    expect(outcomeOf(need(), wrongService, 'place_of_performance').outcome).toBe('fail');
  });

  it('matches by keywords when no CPV code is given (the ΚΑΔ then need confirming)', () => {
    const result = evaluateEnterprise(
      need({ cpvCodes: [], keywords: 'καθαρισμός' }),
      enterprise({ keywordMatch: true }),
      NO_AWARDS,
      TODAY,
    );
    expect(result.checks.find((c) => c.rule === 'service_match')!.outcome).toBe('pass');
    expect(result.checks.find((c) => c.rule === 'activity_codes')!.outcome).toBe('warning');
    expect(result.matchKind).toBe('keywords');
  });
});

describe("each row's one-line summary is its most severe check", () => {
  const c = (outcome: EligibilityCheck['outcome'], rule: EligibilityCheck['rule']): EligibilityCheck => ({
    rule,
    outcome,
    message: { el: rule, en: rule },
    reference: AWARD_RULES.cpvMatch.reference,
  });
  it.each([
    [['warning', 'unknown', 'fail'], 'fail'],
    [['warning', 'unknown', 'pass'], 'unknown'],
    [['pass', 'warning'], 'warning'],
  ] as const)('%j → %s, not the first one', (outcomes, expected) => {
    const checks = outcomes.map((o, i) =>
      c(o, (['tax_clearance', 'criminal_record', 'gemi_certificate'] as const)[i]!),
    );
    expect(headlineOf(checks)!.outcome).toBe(expected);
  });
  it('is null when every check passes', () => expect(headlineOf([c('pass', 'tax_clearance')])).toBeNull());
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
    const exact = enterprise({
      id: 'exact',
      name: 'Γ',
      services: [{ id: 's', title: 'Καθαρισμός', cpvCodes: ['90910000'], areas: [ATTICA] }],
    });
    const result = evaluateEligibility(need(), [busy, idle, exact], NO_AWARDS, TODAY);
    expect(result.eligible.map((e) => e.enterprise.id)).toEqual(['exact', 'idle', 'busy']);
    expect(result.eligible[1]!.rotation).toEqual({
      lastAwardedOn: '2024-05-01',
      awardedNetCentsInWindow: 0,
      contractsInWindow: 0,
      windowMonths: 12,
    });
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
  it.each(['', '1.234', '-5', '1e3', '30,000.00', 'abc'])('rejects %j', (text) =>
    expect(decimalToCents(text)).toBeNull(),
  );
  it('formats money, shares and dates (dd/mm/yyyy in both languages)', () => {
    expect(formatMoney(3_000_001, 'el')).toBe('30.000,01 €');
    expect(formatMoney(3_000_001, 'en')).toBe('€30,000.01');
    expect(formatMoney(5, 'en')).toBe('€0.05');
    expect(formatPercent(301, 1000, 'el')).toBe('30,1%');
    expect(formatPercent(1, 3, 'en')).toBe('33.33%');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(formatDate('2026-03-01', 'en')).toBe('01/03/2026');
    expect(formatDate('2026-03-01', 'el')).toBe('01/03/2026');
  });
});
