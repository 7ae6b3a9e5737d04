import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Role, UserStatus } from '../domain/authorization.ts';
import type { Lang } from '../domain/languages.ts';
import { enterpriseRef } from './enterprises.ts';

/** Accounts, their second factor and recovery codes (issue 4). */

type Db = Kysely<Database> | Transaction<Database>;

/** E-mail addresses are compared trimmed and lower-cased (one account per mailbox). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The user as the API shows them (issue 4, scope 9). */
export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  enterprise: { id: string; slug: string; name: string } | null;
  status: UserStatus;
  mfaEnabled: boolean;
  locale: Lang;
  lastSignInAt: string | null;
  createdAt: string;
}

function viewQuery(db: Db) {
  return db
    .selectFrom('users as u')
    .leftJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .leftJoin('user_totp as t', 't.user_id', 'u.id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.status',
      'u.locale',
      'u.last_sign_in_at',
      'u.created_at',
      'u.enterprise_id',
      'e.slug as enterprise_slug',
      'e.legal_name as enterprise_legal_name',
      'e.trade_name as enterprise_trade_name',
      't.confirmed_at as totp_confirmed_at',
    ]);
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['executeTakeFirstOrThrow']>>;

function toView(row: ViewRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    enterprise: enterpriseRef(row),
    status: row.status,
    mfaEnabled: row.totp_confirmed_at !== null,
    locale: row.locale,
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
  };
}

export async function getUserView(db: Db, id: string): Promise<UserView | null> {
  const row = await viewQuery(db).where('u.id', '=', id).executeTakeFirst();
  return row ? toView(row) : null;
}

export async function listUserViews(
  db: Db,
  filter: { enterpriseId?: string; role?: Role; status?: UserStatus; q?: string },
): Promise<UserView[]> {
  let query = viewQuery(db);
  if (filter.enterpriseId) query = query.where('u.enterprise_id', '=', filter.enterpriseId);
  if (filter.role) query = query.where('u.role', '=', filter.role);
  if (filter.status) query = query.where('u.status', '=', filter.status);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('u.email', 'like', like), eb(eb.fn('lower', ['u.name']), 'like', like)]));
  }
  const rows = await query.orderBy('u.role').orderBy('u.email').limit(1000).execute();
  return rows.map(toView);
}

export async function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  user: {
    email: string;
    name: string;
    role: Role;
    enterpriseId: string | null;
    passwordHash: string;
    locale?: Lang;
    id?: string;
  },
): Promise<string> {
  const now = new Date().toISOString();
  const id = user.id ?? randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      email: normaliseEmail(user.email),
      name: user.name.trim(),
      role: user.role,
      enterprise_id: user.enterpriseId,
      password_hash: user.passwordHash,
      locale: user.locale ?? 'el',
      password_changed_at: now,
      last_sign_in_at: null,
      deactivated_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** TOTP row of a user, confirmed or still being enrolled. */
export async function getTotp(db: Db, userId: string) {
  return db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function setLastSignIn(db: Db, userId: string, at: string): Promise<void> {
  await db.updateTable('users').set({ last_sign_in_at: at }).where('id', '=', userId).execute();
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: at, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

export async function setRole(
  db: Db,
  userId: string,
  role: Role,
  enterpriseId: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ role, enterprise_id: enterpriseId, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

export async function setStatus(db: Db, userId: string, status: UserStatus, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ status, deactivated_at: status === 'deactivated' ? at : null, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

/** The language of the person's mail (invitations fix it first; the person changes it in their account). */
export async function setLocale(db: Db, userId: string, locale: Lang, at: string): Promise<void> {
  await db.updateTable('users').set({ locale, updated_at: at }).where('id', '=', userId).execute();
}

/** Active admins other than `userId` (counted inside the transaction that demotes one). */
export async function countOtherActiveAdmins(db: Db, userId: string): Promise<number> {
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .where('id', '!=', userId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** A new, unconfirmed TOTP secret (replacing an unconfirmed one). */
export async function startTotp(db: Db, userId: string, secret: string, at: string): Promise<void> {
  await db
    .insertInto('user_totp')
    .values({ user_id: userId, secret, confirmed_at: null, last_used_step: null, created_at: at })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ secret, confirmed_at: null, last_used_step: null, created_at: at }),
    )
    .execute();
}

export async function confirmTotp(db: Db, userId: string, step: number, at: string): Promise<void> {
  await db
    .updateTable('user_totp')
    .set({ confirmed_at: at, last_used_step: step })
    .where('user_id', '=', userId)
    .execute();
}

/** Records a used TOTP step unless a step as new was used already (a concurrent replay loses). */
export async function useTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const updated = await db
    .updateTable('user_totp')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Spends an unused recovery code (by hash); false when there is none. */
export async function spendRecoveryCode(db: Db, userId: string, codeHash: string, at: string): Promise<boolean> {
  const updated = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodeHashes(
  db: Db,
  userId: string,
  codeHashes: string[],
  at: string,
): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(
      codeHashes.map((code_hash) => ({ id: randomUUID(), user_id: userId, code_hash, used_at: null, created_at: at })),
    )
    .execute();
}

/** Removes the second factor and its recovery codes. */
export async function removeSecondFactor(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('user_totp').where('user_id', '=', userId).execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}
