import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, MailOutboxTable } from '../../db/schema.ts';

/** Every message the app sent or kept (issue 4, scope 5). */

type Db = Kysely<Database> | Transaction<Database>;

export async function insertOutboxMessage(db: Db, values: Insertable<MailOutboxTable>): Promise<void> {
  await db.insertInto('mail_outbox').values(values).execute();
}

export async function markSent(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: at }).where('id', '=', id).execute();
}

export async function markFailed(db: Db, id: string, error: string): Promise<void> {
  await db.updateTable('mail_outbox').set({ status: 'failed', error }).where('id', '=', id).execute();
}

/** Newest first. */
export async function listOutbox(db: Db, limit: number) {
  return db.selectFrom('mail_outbox').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
}
