import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import {
  STATUTES_COLUMNS,
  STATUTES_FACTS,
  factFromColumn,
  factToColumn,
  type StatutesFactValues,
} from '../domain/statutes-facts.ts';

type Db = Kysely<Database> | Transaction<Database>;
type StatutesColumns = Record<(typeof STATUTES_COLUMNS)[keyof typeof STATUTES_COLUMNS], number | null>;

/** The statutes facts of an enterprise row (1/0/null columns → true/false/null). */
export function statutesFactsOf(row: StatutesColumns): StatutesFactValues {
  return Object.fromEntries(
    STATUTES_FACTS.map((fact) => [fact, factFromColumn(row[STATUTES_COLUMNS[fact]])]),
  ) as StatutesFactValues;
}

/** Staff recorded the statutes facts from the statutes now: who and when; bumps the version. */
export async function saveStatutesFacts(
  trx: Transaction<Database>,
  enterpriseId: string,
  facts: StatutesFactValues,
  at: string,
  by: string | null,
  version: number,
): Promise<void> {
  const columns = Object.fromEntries(
    STATUTES_FACTS.map((fact) => [STATUTES_COLUMNS[fact], factToColumn(facts[fact])]),
  ) as StatutesColumns;
  await trx
    .updateTable('enterprises')
    .set({ ...columns, statutes_verified_at: at, statutes_verified_by: by, version: version + 1 })
    .where('id', '=', enterpriseId)
    .execute();
}

/** A compliance document of the enterprise (for verifying it), or undefined. */
export async function findDocument(db: Db, enterpriseId: string, documentId: string) {
  return db
    .selectFrom('compliance_documents')
    .select(['id', 'kind', 'valid_until', 'verified_at', 'verified_by'])
    .where('id', '=', documentId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

/** Staff checked the certificate against the issuer now. */
export async function markDocumentVerified(
  trx: Transaction<Database>,
  documentId: string,
  at: string,
  by: string | null,
): Promise<void> {
  await trx
    .updateTable('compliance_documents')
    .set({ verified_at: at, verified_by: by })
    .where('id', '=', documentId)
    .execute();
}

/** Who verified the statutes facts, by name (null when nobody yet or the account is gone). */
export async function userName(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
  return row?.name ?? null;
}
