import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** What the compliance overview reads (issue 5): enterprises still in the register and their certificates' dates. */

type Db = Kysely<Database> | Transaction<Database>;

/** Drafts and published enterprises: hidden ones have left the register. */
export async function enterprisesInRegister(db: Db): Promise<string[]> {
  return (await db.selectFrom('enterprises').select('id').where('status', '!=', 'hidden').execute()).map((e) => e.id);
}

export async function documentDates(db: Db, enterpriseIds: string[]) {
  if (enterpriseIds.length === 0) return [];
  return db
    .selectFrom('compliance_documents')
    .select(['id', 'enterprise_id', 'kind', 'valid_until', 'verified_at'])
    .where('enterprise_id', 'in', enterpriseIds)
    .execute();
}
