import { describe, expect, it } from 'vitest';
import {
  aggregateSocialValue,
  type ReportForAggregation,
} from '../../api/domain/consultations/social-value-aggregation.ts';
import {
  checkSocialValueAction,
  parseSocialValueReport,
  type ReportContext,
} from '../../api/domain/consultations/social-value.ts';

const context: ReportContext = {
  contract: { startsOn: '2026-01-01', endsOn: '2026-12-31' },
  otherPeriods: [],
  today: '2026-11-25',
};
const input = {
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  vulnerableWorkers: 4,
  vulnerableHours: 2600,
  totalWorkers: 9,
  newHires: 2,
  text: '  Τέσσερις εργαζόμενοι από ευάλωτες ομάδες.  ',
};

describe('a social-value report', () => {
  it('reads the figures and trims the text', () => {
    expect(parseSocialValueReport(input, context)).toEqual({
      ok: true,
      value: {
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        vulnerableWorkers: 4,
        vulnerableHours: 2600,
        totalWorkers: 9,
        newHires: 2,
        text: 'Τέσσερις εργαζόμενοι από ευάλωτες ομάδες.',
      },
    });
  });

  it.each([
    [{ periodEnd: '2025-12-31' }, 'periodEnd'],
    [{ periodStart: '2025-12-31' }, 'periodStart'],
    [{ periodEnd: '2026-12-01' }, 'periodEnd'], // after today
    [{ periodStart: '2026-01-01', periodEnd: '2027-01-01' }, 'periodEnd'], // beyond the contract and 12 months
    [{ vulnerableWorkers: -1 }, 'vulnerableWorkers'],
    [{ vulnerableWorkers: 1.5 }, 'vulnerableWorkers'],
    [{ vulnerableWorkers: 0, vulnerableHours: 1 }, 'vulnerableHours'], // hours nobody worked
    [{ vulnerableWorkers: 1, vulnerableHours: 181 * 24 + 1 }, 'vulnerableHours'], // more than the period holds
    [{ totalWorkers: 3 }, 'totalWorkers'],
    [{ text: '' }, 'text'],
  ])('refuses %j at %s', (change, field) => {
    const parsed = parseSocialValueReport({ ...input, ...change }, context);
    expect(!parsed.ok && parsed.problems.map((p) => p.field)).toContain(field);
  });

  it('refuses a period that overlaps another report of the contract (409)', () => {
    const parsed = parseSocialValueReport(input, {
      ...context,
      otherPeriods: [{ periodStart: '2026-06-01', periodEnd: '2026-11-30' }],
    });
    expect(!parsed.ok && parsed.problems[0]).toMatchObject({ status: 409, code: 'period_overlaps' });
    expect(!parsed.ok && parsed.problems[0]!.message.el).toContain('01/06/2026–30/11/2026');
  });

  it('is edited by the enterprise until staff confirm it; staff return it only with a comment', () => {
    const step = (...args: Parameters<typeof checkSocialValueAction>) => {
      const result = checkSocialValueAction(...args);
      return result.ok ? result.value : result.problems[0]!.code;
    };
    expect(step('edit', 'reported', 'enterprise')).toBe('reported');
    expect(step('edit', 'returned', 'enterprise')).toBe('reported');
    expect(step('confirm', 'reported', 'staff')).toBe('confirmed');
    expect(step('return', 'reported', 'staff', 'Λείπουν οι ώρες του Μαΐου')).toBe('returned');
    expect(step('return', 'reported', 'staff', ' ')).toBe('invalid_parameter');
    expect(step('edit', 'confirmed', 'enterprise')).toBe('already_confirmed');
    expect(step('confirm', 'returned', 'staff')).toBe('invalid_status');
    expect(step('confirm', 'reported', 'enterprise')).toBe('forbidden');
    expect(step('edit', 'reported', 'staff')).toBe('forbidden');
  });
});

describe('the year’s social value', () => {
  const report = (overrides: Partial<ReportForAggregation>): ReportForAggregation => ({
    reportId: 'r',
    status: 'confirmed',
    contractId: 'k1',
    contractTitle: 'Καθαρισμός σχολείων',
    contractValueNetCents: 2_400_000,
    awardRoute: 'reserved_art20',
    department: 'Παιδείας',
    enterpriseId: 'e1',
    enterpriseName: 'Άλφα ΚοινΣΕπ',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    vulnerableWorkers: 4,
    vulnerableHours: 2600,
    totalWorkers: 9,
    newHires: 2,
    text: 'Α΄ εξάμηνο',
    ...overrides,
  });
  const reports = [
    report({ reportId: 'r1' }),
    // Same contract, second half: the same people work on, so 5 (not 4 + 5); hours and hires add up.
    report({
      reportId: 'r2',
      periodStart: '2026-07-01',
      periodEnd: '2026-10-31',
      vulnerableWorkers: 5,
      vulnerableHours: 2000,
      totalWorkers: 10,
      newHires: 1,
      text: 'Β΄ περίοδος',
    }),
    report({
      reportId: 'r3',
      contractId: 'k2',
      contractTitle: 'Κοινωνικό παντοπωλείο',
      awardRoute: 'direct_award',
      department: 'Κοινωνικής Πολιτικής',
      enterpriseId: 'e2',
      enterpriseName: 'Βήτα ΚοινΣΕπ',
      vulnerableWorkers: 2,
      vulnerableHours: 900,
      totalWorkers: null,
      newHires: 0,
      text: 'Διανομή τροφίμων',
    }),
    report({ reportId: 'r4', status: 'reported', contractId: 'k3', vulnerableWorkers: 50 }), // not confirmed: pending
    report({ reportId: 'r5', periodStart: '2025-07-01', periodEnd: '2025-12-31', vulnerableWorkers: 40 }), // another year
  ];
  const routeLabel = (route: string) =>
    ({ reserved_art20: 'Σύμβαση με επιφύλαξη (άρθ. 20)', direct_award: 'Απευθείας ανάθεση' })[route] ?? route;

  it('adds up confirmed reports of the year, people once per contract, and counts the pending ones', () => {
    const year = aggregateSocialValue(2026, reports, routeLabel);
    expect(year.totals).toEqual({
      contractsReporting: 2,
      enterprises: 2,
      vulnerableWorkers: 7,
      vulnerableHours: 5500,
      newHires: 3,
      workersWithTotal: { totalWorkers: 10, vulnerableWorkers: 5 },
      pendingReports: 1,
    });
    expect(
      year.byEnterprise.map((r) => [r.label, r.contracts, r.vulnerableWorkers, r.vulnerableHours, r.newHires]),
    ).toEqual([
      ['Άλφα ΚοινΣΕπ', 1, 5, 4600, 3],
      ['Βήτα ΚοινΣΕπ', 1, 2, 900, 0],
    ]);
    expect(year.byRoute.map((r) => [r.key, r.label])).toEqual([
      ['reserved_art20', 'Σύμβαση με επιφύλαξη (άρθ. 20)'],
      ['direct_award', 'Απευθείας ανάθεση'],
    ]);
    expect(year.stories.map((s) => s.text)).toEqual(['Α΄ εξάμηνο', 'Β΄ περίοδος', 'Διανομή τροφίμων']);
  });

  it('counts a report in the year its period ends', () => {
    expect(aggregateSocialValue(2025, reports, routeLabel).totals.vulnerableWorkers).toBe(40);
  });
});
