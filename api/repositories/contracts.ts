import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { ContractsTable, Database } from '../../db/schema.ts';
import type { AwardRoute } from '../domain/award-routes.ts';

/**
 * The contract register (issue 6): contracts the authority awarded to social-economy
 * enterprises, and the yearly procurement totals the social-procurement share divides by.
 * Every function takes the database (or the transaction) first.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface ContractRow extends Selectable<ContractsTable> {
  enterprise_slug: string;
  enterprise_name: string;
}

export interface ContractFilters {
  year?: number;
  route?: AwardRoute;
  department?: string;
  enterpriseId?: string;
  /** CPV code prefix (division, group, class…). */
  cpv?: string;
  /** Words in the title. */
  q?: string;
}

export interface ContractInput {
  enterprise_id: string;
  title: string;
  cpv_code: string;
  award_route: AwardRoute;
  value_net_cents: number;
  vat_cents: number;
  department: string;
  awarded_on: string;
  starts_on: string;
  ends_on: string | null;
  diavgeia_ada: string | null;
  kimdis_adam: string | null;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('contracts as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .selectAll('c')
    .select((eb) => [
      'e.slug as enterprise_slug',
      eb.fn.coalesce('e.trade_name', 'e.legal_name').as('enterprise_name'),
    ]);
}

type ContractScope = Database & { c: ContractsTable };

/** The filters read contract columns only (the count below relies on it). */
function filterExpression(eb: ExpressionBuilder<ContractScope, 'c'>, filters: ContractFilters): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (filters.year !== undefined)
    conditions.push(
      eb('c.awarded_on', '>=', `${filters.year}-01-01`),
      eb('c.awarded_on', '<=', `${filters.year}-12-31`),
    );
  if (filters.route) conditions.push(eb('c.award_route', '=', filters.route));
  if (filters.department) conditions.push(eb('c.department', '=', filters.department));
  if (filters.enterpriseId) conditions.push(eb('c.enterprise_id', '=', filters.enterpriseId));
  if (filters.cpv) conditions.push(eb('c.cpv_code', 'like', `${filters.cpv}%`));
  // Words of the title; LIKE wildcards typed by the user are matched literally.
  for (const word of (filters.q ?? '').split(/\s+/).filter(Boolean))
    conditions.push(sql<SqlBool>`c.title like ${`%${word.replace(/[%_\\]/g, (m) => `\\${m}`)}%`} escape '\\'`);
  return eb.and(conditions);
}

export async function listContracts(
  db: Db,
  filters: ContractFilters,
  page: { limit: number; offset: number } | null,
): Promise<{ rows: ContractRow[]; total: number }> {
  let query = baseQuery(db)
    .where((eb) => filterExpression(eb, filters))
    .orderBy('c.awarded_on', 'desc')
    .orderBy('c.created_at', 'desc');
  if (page) query = query.limit(page.limit).offset(page.offset);
  const rows = (await query.execute()) as ContractRow[];
  // Counted without the join: every contract has its enterprise (enterprise_id is NOT NULL and a
  // foreign key) and the filters read contract columns only, so the join cannot change the count,
  // and without it SQLite counts the table's smallest index instead of looking up each enterprise.
  const { n } = await db
    .selectFrom('contracts as c')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => filterExpression(eb, filters))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

export async function getContract(db: Db, id: string): Promise<ContractRow | undefined> {
  return await baseQuery(db).where('c.id', '=', id).executeTakeFirst();
}

export async function insertContract(
  db: Db,
  id: string,
  input: ContractInput,
  createdBy: string | null,
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('contracts')
    .values({ id, ...input, created_by: createdBy, created_at: now, updated_at: now })
    .execute();
}

/** Optimistic concurrency: updates only when `version` is still current; false otherwise. */
export async function updateContract(db: Db, id: string, version: number, input: ContractInput): Promise<boolean> {
  const result = await db
    .updateTable('contracts')
    .set((eb) => ({ ...input, updated_at: new Date().toISOString(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteContract(db: Db, id: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('contracts')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function cpvExists(db: Db, code: string): Promise<boolean> {
  return (await db.selectFrom('cpv_codes').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/**
 * Every department in the register, in order. A few departments over thousands of contracts:
 * rather than reading every entry of the department index (`select distinct`), each step jumps
 * to the next department in it (a skip scan; plain SQL, PostgreSQL runs it the same way).
 */
export async function listDepartments(db: Db): Promise<string[]> {
  const { rows } = await sql<{ department: string }>`
    with recursive departments(department) as (
      select min(department) from contracts
      union all
      select (select min(department) from contracts where department > departments.department)
      from departments where departments.department is not null
    )
    select department from departments where department is not null`.execute(db);
  return rows.map((r) => r.department);
}

// --- Social-procurement statistics -------------------------------------------------------

export interface SpendRow {
  key: string;
  netCents: number;
  contracts: number;
}

export interface YearSpend {
  totalNetCents: number;
  contracts: number;
  distinctEnterprises: number;
  byRoute: SpendRow[];
  byDepartment: SpendRow[];
  /** Keyed by category id, or '' for contracts whose CPV code maps to no category. */
  byCategory: SpendRow[];
}

export async function yearSpend(db: Db, year: number): Promise<YearSpend> {
  const rows = await db
    .selectFrom('contracts')
    .select(['enterprise_id', 'cpv_code', 'award_route', 'department', 'value_net_cents'])
    .where('awarded_on', '>=', `${year}-01-01`)
    .where('awarded_on', '<=', `${year}-12-31`)
    .execute();
  const prefixes = await db.selectFrom('category_cpv_prefixes').select(['category_id', 'cpv_prefix']).execute();
  // The longest prefix decides a contract's category (a class beats its division).
  prefixes.sort((a, b) => b.cpv_prefix.length - a.cpv_prefix.length || a.category_id.localeCompare(b.category_id));
  const categoryOf = (code: string) => prefixes.find((p) => code.startsWith(p.cpv_prefix))?.category_id ?? '';

  const tally = (key: (row: (typeof rows)[number]) => string): SpendRow[] => {
    const map = new Map<string, SpendRow>();
    for (const row of rows) {
      const k = key(row);
      const entry = map.get(k) ?? { key: k, netCents: 0, contracts: 0 };
      entry.netCents += row.value_net_cents;
      entry.contracts++;
      map.set(k, entry);
    }
    return [...map.values()].sort((a, b) => b.netCents - a.netCents || a.key.localeCompare(b.key));
  };
  return {
    totalNetCents: rows.reduce((sum, r) => sum + r.value_net_cents, 0),
    contracts: rows.length,
    distinctEnterprises: new Set(rows.map((r) => r.enterprise_id)).size,
    byRoute: tally((r) => r.award_route),
    byDepartment: tally((r) => r.department),
    byCategory: tally((r) => categoryOf(r.cpv_code)),
  };
}

export async function getProcurementTotal(db: Db, year: number) {
  return db.selectFrom('procurement_totals').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function setProcurementTotal(
  db: Db,
  year: number,
  totalNetCents: number,
  note: string | null,
  updatedBy: string | null,
) {
  const updatedAt = new Date().toISOString();
  await db
    .insertInto('procurement_totals')
    .values({ year, total_net_cents: totalNetCents, note, updated_by: updatedBy, updated_at: updatedAt })
    .onConflict((oc) =>
      oc
        .column('year')
        .doUpdateSet({ total_net_cents: totalNetCents, note, updated_by: updatedBy, updated_at: updatedAt }),
    )
    .execute();
}
