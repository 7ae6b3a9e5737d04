import type { AwardRoute } from '../award-routes.ts';
import type { SocialValueFigures, SocialValueStatus } from './social-value.ts';

/**
 * The year's social value for the dashboard and the council report (issue 13). Rules:
 * - only confirmed reports count; the others are listed as pending;
 * - a report counts in the year its period ends;
 * - people are not added up across a contract's reports in one year (the same people work
 *   through the year): per contract and year, the largest count reported is taken; hours
 *   and new hires are added up;
 * - across contracts people are added up ("person-contracts": someone on two contracts counts twice).
 */

/** A report with the contract and enterprise it belongs to. */
export interface ReportForAggregation extends SocialValueFigures {
  reportId: string;
  status: SocialValueStatus;
  contractId: string;
  contractTitle: string;
  contractValueNetCents: number;
  awardRoute: AwardRoute;
  department: string;
  enterpriseId: string;
  enterpriseName: string;
}

export interface SocialValueRow {
  /** Enterprise id, award route or department. */
  key: string;
  label: string;
  contracts: number;
  vulnerableWorkers: number;
  vulnerableHours: number;
  newHires: number;
}

export interface SocialValueYear {
  year: number;
  totals: {
    contractsReporting: number;
    enterprises: number;
    vulnerableWorkers: number;
    vulnerableHours: number;
    newHires: number;
    /** Sum of total workers over the contracts that gave it, with their vulnerable workers (for a share). */
    workersWithTotal: { totalWorkers: number; vulnerableWorkers: number };
    /** Reports of the year not confirmed yet (reported or returned): not in the figures. */
    pendingReports: number;
  };
  byEnterprise: SocialValueRow[];
  byRoute: SocialValueRow[];
  byDepartment: SocialValueRow[];
  /** The enterprises' own words, one per confirmed report, by enterprise then period. */
  stories: Array<{
    enterpriseName: string;
    contractTitle: string;
    periodStart: string;
    periodEnd: string;
    text: string;
  }>;
}

interface ContractYear {
  report: ReportForAggregation;
  vulnerableWorkers: number;
  vulnerableHours: number;
  newHires: number;
  totalWorkers: number | null;
}

export function aggregateSocialValue(
  year: number,
  reports: readonly ReportForAggregation[],
  routeLabel: (route: AwardRoute) => string,
): SocialValueYear {
  const ofYear = reports.filter((r) => r.periodEnd.startsWith(`${year}-`));
  const confirmed = ofYear.filter((r) => r.status === 'confirmed');
  const perContract = new Map<string, ContractYear>();
  for (const report of confirmed) {
    const entry = perContract.get(report.contractId);
    if (!entry) {
      perContract.set(report.contractId, { report, ...pick(report) });
      continue;
    }
    entry.vulnerableWorkers = Math.max(entry.vulnerableWorkers, report.vulnerableWorkers);
    entry.totalWorkers =
      report.totalWorkers === null ? entry.totalWorkers : Math.max(entry.totalWorkers ?? 0, report.totalWorkers);
    entry.vulnerableHours += report.vulnerableHours;
    entry.newHires += report.newHires;
  }
  const contracts = [...perContract.values()];
  const tally = (key: (c: ContractYear) => string, label: (c: ContractYear) => string): SocialValueRow[] => {
    const rows = new Map<string, SocialValueRow>();
    for (const c of contracts) {
      const k = key(c);
      const row = rows.get(k) ?? {
        key: k,
        label: label(c),
        contracts: 0,
        vulnerableWorkers: 0,
        vulnerableHours: 0,
        newHires: 0,
      };
      row.contracts++;
      row.vulnerableWorkers += c.vulnerableWorkers;
      row.vulnerableHours += c.vulnerableHours;
      row.newHires += c.newHires;
      rows.set(k, row);
    }
    return [...rows.values()].sort(
      (a, b) => b.vulnerableHours - a.vulnerableHours || a.label.localeCompare(b.label, 'el'),
    );
  };
  const withTotal = contracts.filter((c) => c.totalWorkers !== null);
  return {
    year,
    totals: {
      contractsReporting: contracts.length,
      enterprises: new Set(contracts.map((c) => c.report.enterpriseId)).size,
      vulnerableWorkers: sum(contracts, (c) => c.vulnerableWorkers),
      vulnerableHours: sum(contracts, (c) => c.vulnerableHours),
      newHires: sum(contracts, (c) => c.newHires),
      workersWithTotal: {
        totalWorkers: sum(withTotal, (c) => c.totalWorkers!),
        vulnerableWorkers: sum(withTotal, (c) => c.vulnerableWorkers),
      },
      pendingReports: ofYear.length - confirmed.length,
    },
    byEnterprise: tally(
      (c) => c.report.enterpriseId,
      (c) => c.report.enterpriseName,
    ),
    byRoute: tally(
      (c) => c.report.awardRoute,
      (c) => routeLabel(c.report.awardRoute),
    ),
    byDepartment: tally(
      (c) => c.report.department,
      (c) => c.report.department,
    ),
    stories: [...confirmed]
      .sort(
        (a, b) => a.enterpriseName.localeCompare(b.enterpriseName, 'el') || a.periodStart.localeCompare(b.periodStart),
      )
      .map((r) => ({
        enterpriseName: r.enterpriseName,
        contractTitle: r.contractTitle,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        text: r.text,
      })),
  };
}

function pick(report: ReportForAggregation) {
  return {
    vulnerableWorkers: report.vulnerableWorkers,
    vulnerableHours: report.vulnerableHours,
    newHires: report.newHires,
    totalWorkers: report.totalWorkers,
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
