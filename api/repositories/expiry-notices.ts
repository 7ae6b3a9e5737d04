import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Document-expiry notices (issue 5): the certificates that need one, and the record that one was sent. */

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Certificates valid until `horizon` or earlier of enterprises still in the register, only
 * the one that counts per enterprise and kind (the latest valid_until; a renewal supersedes).
 */
export async function certificatesDueBy(db: Db, horizon: string) {
  return db
    .selectFrom('compliance_documents as d')
    .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
    .select(['d.id', 'd.enterprise_id', 'd.kind', 'd.valid_until', 'e.legal_name', 'e.trade_name'])
    .where('e.status', '!=', 'hidden')
    .where('d.valid_until', '<=', horizon)
    .where((outer) =>
      outer.not(
        outer.exists(
          outer
            .selectFrom('compliance_documents as newer')
            .select(sql<number>`1`.as('one'))
            .whereRef('newer.enterprise_id', '=', 'd.enterprise_id')
            .whereRef('newer.kind', '=', 'd.kind')
            .where((eb) =>
              eb.or([
                eb('newer.valid_until', '>', eb.ref('d.valid_until')),
                eb.and([eb('newer.valid_until', '=', eb.ref('d.valid_until')), eb('newer.id', '>', eb.ref('d.id'))]),
              ]),
            ),
        ),
      ),
    )
    .orderBy('d.valid_until')
    .execute();
}

/** Claims a notice (unique per document, kind and valid_until); undefined when another run already did. */
export async function claimNotice(
  db: Db,
  notice: {
    enterpriseId: string;
    documentId: string;
    kind: 'expiring' | 'expired';
    validUntil: string;
    sentAt: string;
  },
): Promise<number | undefined> {
  const inserted = await db
    .insertInto('expiry_notices')
    .values({
      enterprise_id: notice.enterpriseId,
      document_id: notice.documentId,
      kind: notice.kind,
      valid_until: notice.validUntil,
      sent_at: notice.sentAt,
    })
    .onConflict((oc) => oc.columns(['document_id', 'kind', 'valid_until']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function setRecipients(db: Db, noticeId: number, recipients: number): Promise<void> {
  await db.updateTable('expiry_notices').set({ recipients }).where('id', '=', noticeId).execute();
}
