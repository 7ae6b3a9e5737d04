import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { EnterpriseStatus } from '../domain/enterprise-status.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Every enterprise of a status (any status when none), for staff work. */
export async function listEnterprisesForStaff(db: Db, status?: EnterpriseStatus) {
  let query = db
    .selectFrom('enterprises')
    .select(['id', 'slug', 'legal_name', 'trade_name', 'status', 'verified_at', 'afm']);
  if (status) query = query.where('status', '=', status);
  return query.execute();
}

/** The enterprises with a service (active or not) in the category: what staff see when they show a category. */
export async function enterpriseIdsInCategory(db: Db, categoryId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('services')
    .innerJoin('service_categories', 'service_categories.service_id', 'services.id')
    .select('services.enterprise_id')
    .distinct()
    .where('service_categories.category_id', '=', categoryId)
    .execute();
  return new Set(rows.map((r) => r.enterprise_id));
}

/** Pending change requests per enterprise. */
export async function pendingRequestCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('change_requests')
    .select(['enterprise_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'pending')
    .groupBy('enterprise_id')
    .execute();
  return new Map(rows.map((p) => [p.enterprise_id, Number(p.n)]));
}
