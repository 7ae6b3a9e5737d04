import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** One-time password-reset links, stored as SHA-256 hashes of their tokens (issue 4). */

type Db = Kysely<Database> | Transaction<Database>;

/** Replaces the user's unused links with a new one (only the newest link works). */
export async function replaceResetToken(
  db: Db,
  userId: string,
  tokenHash: string,
  createdAt: string,
  expiresAt: string,
): Promise<void> {
  await db.deleteFrom('password_reset_tokens').where('user_id', '=', userId).where('used_at', 'is', null).execute();
  await db
    .insertInto('password_reset_tokens')
    .values({
      id: randomUUID(),
      token_hash: tokenHash,
      user_id: userId,
      created_at: createdAt,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
}

/** The link behind a token, with its account's address and status. */
export async function findResetToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('password_reset_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.user_id', 't.expires_at', 't.used_at', 'u.email', 'u.status'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks a link used; of two concurrent uses only one gets true. */
export async function spendResetToken(db: Db, id: string, at: string): Promise<boolean> {
  const marked = await db
    .updateTable('password_reset_tokens')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}
