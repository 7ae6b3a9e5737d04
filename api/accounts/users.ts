import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, UserRole } from '../../db/schema.ts';

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
  role: UserRole;
  enterprise: { id: string; slug: string; name: string } | null;
  status: 'active' | 'deactivated';
  mfaEnabled: boolean;
  locale: 'el' | 'en';
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
    enterprise:
      row.enterprise_id && row.enterprise_slug
        ? { id: row.enterprise_id, slug: row.enterprise_slug, name: row.enterprise_trade_name ?? row.enterprise_legal_name ?? '' }
        : null,
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
  filter: { enterpriseId?: string; role?: UserRole; status?: 'active' | 'deactivated'; q?: string },
): Promise<UserView[]> {
  let query = viewQuery(db);
  if (filter.enterpriseId) query = query.where('u.enterprise_id', '=', filter.enterpriseId);
  if (filter.role) query = query.where('u.role', '=', filter.role);
  if (filter.status) query = query.where('u.status', '=', filter.status);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('u.email', 'like', like), eb(eb.fn('lower', ['u.name']), 'like', like)]),
    );
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
  user: { email: string; name: string; role: UserRole; enterpriseId: string | null; passwordHash: string; locale?: 'el' | 'en'; id?: string },
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
