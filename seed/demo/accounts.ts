import type { Kysely } from 'kysely';
import type { Database, UserRole } from '../../db/schema.ts';
import type { Lang } from '../../api/domain/languages.ts';
import { hashPassword } from '../../api/accounts/password-hashing.ts';
import { insertUser, normaliseEmail } from '../../api/repositories/users.ts';
import { stableUuid } from '../stable-uuid.ts';

/**
 * The demo accounts (issue 4, scope 8), exactly as the README and the tests list them.
 * They exist only when demo data is on; production starts with none and
 * `npm run user:create-admin` creates the first admin.
 */
export const DEMO_PASSWORD = 'Demo-KoinSEp-2026!';
/** Base32 TOTP secret of the demo admin and staff accounts (add it to any authenticator app). */
export const DEMO_TOTP_SECRET = 'KOINSEPDEMOTOTPA';

/**
 * Published demo enterprises (seed/demo/enterprises): manager1 and member1 share the first; the
 * third is a second cleaning enterprise, so that a request for quotes for cleaning has two
 * enterprises whose people can sign in and compete (issue 13).
 */
export const DEMO_ACCOUNT_ENTERPRISES = {
  first: 'katharo-chalandri',
  second: 'prasini-geitonia',
  third: 'diafaneia',
} as const;

export interface DemoAccount {
  email: string;
  name: string;
  role: UserRole;
  enterpriseSlug: string | null;
  totp: boolean;
  /** The language of the person's mail (Greek unless said). */
  locale?: Lang;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.koinsep.gr', name: 'Αγγελική Διαχειρίστρια', role: 'admin', enterpriseSlug: null, totp: true },
  { email: 'staff@demo.koinsep.gr', name: 'Στέλιος Προμηθειών', role: 'staff', enterpriseSlug: null, totp: true },
  {
    email: 'manager1@demo.koinsep.gr',
    name: 'Μαρία Παπαδοπούλου',
    role: 'enterprise_manager',
    enterpriseSlug: DEMO_ACCOUNT_ENTERPRISES.first,
    totp: false,
  },
  {
    email: 'manager2@demo.koinsep.gr',
    name: 'Νίκος Γεωργίου',
    role: 'enterprise_manager',
    enterpriseSlug: DEMO_ACCOUNT_ENTERPRISES.second,
    totp: false,
  },
  {
    email: 'manager3@demo.koinsep.gr',
    name: 'Κατερίνα Λαμπράκη',
    role: 'enterprise_manager',
    enterpriseSlug: DEMO_ACCOUNT_ENTERPRISES.third,
    totp: false,
    // Reads the directory's mail in English: every mail goes out in its recipient's language.
    locale: 'en',
  },
  {
    email: 'member1@demo.koinsep.gr',
    name: 'Ελένη Κωνσταντίνου',
    role: 'enterprise_member',
    enterpriseSlug: DEMO_ACCOUNT_ENTERPRISES.first,
    totp: false,
  },
];

/** Creates the demo accounts that do not exist yet; returns how many were created. */
export async function loadDemoAccounts(db: Kysely<Database>): Promise<number> {
  const existing = new Set(
    (
      await db
        .selectFrom('users')
        .select('email')
        .where(
          'email',
          'in',
          DEMO_ACCOUNTS.map((a) => a.email),
        )
        .execute()
    ).map((r) => r.email),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(normaliseEmail(a.email)));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const enterprises = new Map(
    (
      await db
        .selectFrom('enterprises')
        .select(['id', 'slug'])
        .where('slug', 'in', Object.values(DEMO_ACCOUNT_ENTERPRISES))
        .execute()
    ).map((r) => [r.slug, r.id]),
  );
  await db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    for (const account of missing) {
      let enterpriseId: string | null = null;
      if (account.enterpriseSlug) {
        enterpriseId = enterprises.get(account.enterpriseSlug) ?? null;
        if (!enterpriseId)
          throw new Error(
            `Demo enterprise "${account.enterpriseSlug}" for ${account.email} is missing from the demo data`,
          );
      }
      const id = await insertUser(trx, {
        id: stableUuid(`user:${account.email}`),
        email: account.email,
        name: account.name,
        role: account.role,
        enterpriseId,
        passwordHash,
        ...(account.locale ? { locale: account.locale } : {}),
      });
      if (account.totp) {
        await trx
          .insertInto('user_totp')
          .values({ user_id: id, secret: DEMO_TOTP_SECRET, confirmed_at: now, last_used_step: null, created_at: now })
          .execute();
      }
    }
  });
  return missing.length;
}
