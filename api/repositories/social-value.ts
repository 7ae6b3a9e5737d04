import type { Kysely, Transaction } from 'kysely';
import type { Database, SocialValueStatus } from '../../db/schema.ts';
import type { ReportForAggregation } from '../domain/consultations/social-value-aggregation.ts';
import type { SocialValueFigures } from '../domain/consultations/social-value.ts';

/**
 * Social-value reports (issue 13): reported by the enterprise per contract and period,
 * confirmed (or returned) by staff. The rules are api/domain/consultations/social-value.ts;
 * times come from the caller (the services' clock).
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface SocialValueRecord extends SocialValueFigures {
  id: string;
  contractId: string;
  contractTitle: string;
  enterpriseId: string;
  enterpriseName: string;
  status: SocialValueStatus;
  staffComment: string | null;
  version: number;
  reportedAt: string;
  reportedBy: string | null;
  updatedAt: string;
  confirmedAt: string | null;
  confirmedBy: string | null;
}

function reportQuery(db: Db) {
  return db
    .selectFrom('social_value_reports as r')
    .innerJoin('contracts as c', 'c.id', 'r.contract_id')
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .selectAll('r')
    .select((eb) => [
      'c.title as contract_title',
      'c.value_net_cents',
      'c.award_route',
      'c.department',
      eb.fn.coalesce('e.trade_name', 'e.legal_name').as('enterprise_name'),
    ]);
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>;

function toRecord(row: ReportRow): SocialValueRecord {
  return {
    id: row.id,
    contractId: row.contract_id,
    contractTitle: row.contract_title,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    vulnerableWorkers: row.vulnerable_workers,
    vulnerableHours: row.vulnerable_hours,
    totalWorkers: row.total_workers,
    newHires: row.new_hires,
    text: row.text,
    status: row.status,
    staffComment: row.staff_comment,
    version: row.version,
    reportedAt: row.reported_at,
    reportedBy: row.reported_by,
    updatedAt: row.updated_at,
    confirmedAt: row.confirmed_at,
    confirmedBy: row.confirmed_by,
  };
}

function figureColumns(figures: SocialValueFigures) {
  return {
    period_start: figures.periodStart,
    period_end: figures.periodEnd,
    vulnerable_workers: figures.vulnerableWorkers,
    vulnerable_hours: figures.vulnerableHours,
    total_workers: figures.totalWorkers,
    new_hires: figures.newHires,
    text: figures.text,
  };
}

/** The contract a report is about: whose it is (authorisation) and its dates (the period rules). */
export async function findContractForReport(db: Db, contractId: string) {
  return db
    .selectFrom('contracts')
    .select(['id', 'enterprise_id as enterpriseId', 'title', 'starts_on as startsOn', 'ends_on as endsOn'])
    .where('id', '=', contractId)
    .executeTakeFirst();
}

/** The other reports' periods of a contract (for the overlap rule); `exceptId` = the report being edited. */
export async function otherReportPeriods(
  db: Db,
  contractId: string,
  exceptId: string | null,
): Promise<Array<{ periodStart: string; periodEnd: string }>> {
  let query = db
    .selectFrom('social_value_reports')
    .select(['period_start as periodStart', 'period_end as periodEnd'])
    .where('contract_id', '=', contractId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.orderBy('period_start').execute();
}

export async function insertSocialValueReport(
  db: Db,
  values: {
    id: string;
    contractId: string;
    enterpriseId: string;
    figures: SocialValueFigures;
    by: string | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('social_value_reports')
    .values({
      id: values.id,
      contract_id: values.contractId,
      enterprise_id: values.enterpriseId,
      ...figureColumns(values.figures),
      reported_at: values.at,
      reported_by: values.by,
      updated_at: values.at,
    })
    .execute();
}

/** The enterprise's edit (reported or returned → reported) at `version`; false when stale or confirmed. */
export async function updateSocialValueReport(
  db: Db,
  id: string,
  version: number,
  figures: SocialValueFigures,
  by: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('social_value_reports')
    .set((eb) => ({
      ...figureColumns(figures),
      status: 'reported',
      reported_by: by,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '!=', 'confirmed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Staff's confirmation (reported → confirmed) or return with a comment (reported → returned). */
export async function reviewSocialValueReport(
  db: Db,
  id: string,
  version: number,
  review: { status: 'confirmed' | 'returned'; comment: string | null; by: string | null; at: string },
): Promise<boolean> {
  const confirmed = review.status === 'confirmed';
  const result = await db
    .updateTable('social_value_reports')
    .set((eb) => ({
      status: review.status,
      staff_comment: review.comment,
      confirmed_at: confirmed ? review.at : null,
      confirmed_by: confirmed ? review.by : null,
      updated_at: review.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'reported')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findSocialValueReport(db: Db, id: string): Promise<SocialValueRecord | undefined> {
  const row = await reportQuery(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export interface SocialValueFilters {
  contractId?: string;
  enterpriseId?: string;
  status?: SocialValueStatus;
}

/** Newest period first (staff's queue: `status: 'reported'`; an enterprise's: `enterpriseId`). */
export async function listSocialValueReports(db: Db, filters: SocialValueFilters): Promise<SocialValueRecord[]> {
  let query = reportQuery(db);
  if (filters.contractId) query = query.where('r.contract_id', '=', filters.contractId);
  if (filters.enterpriseId) query = query.where('r.enterprise_id', '=', filters.enterpriseId);
  if (filters.status) query = query.where('r.status', '=', filters.status);
  const rows = await query.orderBy('r.period_end', 'desc').orderBy('r.id').execute();
  return rows.map(toRecord);
}

/** Every report whose period ends in `year`, any status (the domain counts only confirmed ones and lists the rest as pending). */
export async function reportsForYear(db: Db, year: number): Promise<ReportForAggregation[]> {
  const rows = await reportQuery(db)
    .where('r.period_end', '>=', `${year}-01-01`)
    .where('r.period_end', '<=', `${year}-12-31`)
    .orderBy('r.period_end')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    ...toRecord(row),
    reportId: row.id,
    contractValueNetCents: row.value_net_cents,
    awardRoute: row.award_route,
    department: row.department,
  }));
}
