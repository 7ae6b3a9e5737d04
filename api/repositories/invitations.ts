import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, InvitationsTable } from '../../db/schema.ts';

/** Invitations to create an account (issue 4); the token is stored as its SHA-256 hash. */

type Db = Kysely<Database> | Transaction<Database>;

function invitationQuery(db: Db) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .innerJoin('users as by', 'by.id', 'i.invited_by')
    .select([
      'i.id',
      'i.email',
      'i.role',
      'i.enterprise_id',
      'i.created_at',
      'i.expires_at',
      'i.accepted_at',
      'i.revoked_at',
      'i.invited_by',
      'by.name as invited_by_name',
      'e.slug as enterprise_slug',
      'e.legal_name as enterprise_legal_name',
      'e.trade_name as enterprise_trade_name',
    ]);
}
export type InvitationRow = Awaited<ReturnType<ReturnType<typeof invitationQuery>['executeTakeFirstOrThrow']>>;

export async function getInvitation(db: Db, id: string): Promise<InvitationRow | undefined> {
  return invitationQuery(db).where('i.id', '=', id).executeTakeFirst();
}

/** Newest first; `enterpriseId` null = only invitations to an enterprise, undefined = all. */
export async function listInvitations(db: Db, scope: { enterpriseId?: string | null }): Promise<InvitationRow[]> {
  let query = invitationQuery(db);
  if (scope.enterpriseId) query = query.where('i.enterprise_id', '=', scope.enterpriseId);
  else if (scope.enterpriseId === null) query = query.where('i.enterprise_id', 'is not', null);
  return query.orderBy('i.created_at', 'desc').limit(500).execute();
}

export async function findInvitationRecord(db: Db, id: string) {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The invitation behind a link, with the enterprise it is for. */
export async function findInvitationByToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .select([
      'i.id',
      'i.email',
      'i.role',
      'i.enterprise_id',
      'i.expires_at',
      'i.accepted_at',
      'i.revoked_at',
      'i.locale',
      'e.slug',
      'e.legal_name',
      'e.trade_name',
    ])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** The pending invitations to an address (a new one replaces those its author may revoke). */
export async function pendingFor(db: Db, email: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'enterprise_id', 'role'])
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function insertInvitation(db: Db, values: Insertable<InvitationsTable>): Promise<void> {
  await db.insertInto('invitations').values(values).execute();
}

export async function revokeInvitation(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('invitations').set({ revoked_at: at }).where('id', '=', id).execute();
}

/** Marks an invitation accepted; of two concurrent acceptances only one gets true. */
export async function markAccepted(db: Db, id: string, at: string): Promise<boolean> {
  const marked = await db
    .updateTable('invitations')
    .set({ accepted_at: at })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}

export async function setAcceptedUser(db: Db, id: string, userId: string): Promise<void> {
  await db.updateTable('invitations').set({ accepted_user_id: userId }).where('id', '=', id).execute();
}
