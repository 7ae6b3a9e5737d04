import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Small questions about enterprises that other resources ask (people, invitations, contracts). */

type Db = Kysely<Database> | Transaction<Database>;

export async function enterpriseExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('enterprises').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** The names of an enterprise, or undefined when there is none with this id. */
export async function enterpriseNames(db: Db, id: string) {
  return db
    .selectFrom('enterprises')
    .select(['id', 'legal_name', 'trade_name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Every enterprise (drafts and hidden ones too), for choosing whom to invite or assign. */
export async function listEnterpriseOptions(db: Db) {
  return db
    .selectFrom('enterprises')
    .select(['id', 'slug', 'legal_name', 'trade_name', 'afm', 'status'])
    .limit(10_000)
    .execute();
}

/** An account's or invitation's enterprise as joined columns show it: id, slug and display name. */
export function enterpriseRef(row: {
  enterprise_id: string | null;
  enterprise_slug: string | null;
  enterprise_legal_name: string | null;
  enterprise_trade_name: string | null;
}): { id: string; slug: string; name: string } | null {
  return row.enterprise_id && row.enterprise_slug
    ? {
        id: row.enterprise_id,
        slug: row.enterprise_slug,
        name: row.enterprise_trade_name ?? row.enterprise_legal_name ?? '',
      }
    : null;
}
