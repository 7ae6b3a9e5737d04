import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hashPassword } from '../accounts/password-hashing.ts';
import { hashToken, minutesFrom, randomToken } from '../accounts/tokens.ts';
import type { Actor } from '../domain/actor.ts';
import type { Lang } from '../domain/languages.ts';
import { msg, translate } from '../domain/messages/index.ts';
import type { Mailer } from '../mail/mailer.ts';
import { passwordResetMail } from '../mail/templates.ts';
import { recordAudit } from '../repositories/audit-log.ts';
import { findResetToken, replaceResetToken, spendResetToken } from '../repositories/password-reset-tokens.ts';
import type { SessionStore } from '../repositories/sqlite/session-store.ts';
import { findUserByEmail, normaliseEmail, setPasswordHash } from '../repositories/users.ts';
import { assertNotLimited, type AccountLimits } from './account-limits.ts';
import type { Clock, Site } from './logger.ts';
import { tokenProblem } from './one-time-links.ts';
import { assertAcceptablePassword } from './password-policy.ts';

/** ASVS V6.4.1: a reset link is short-lived and works once. */
const RESET_LINK_MINUTES = 60;

export interface PasswordResetServiceDeps {
  db: Kysely<Database>;
  sessions: SessionStore;
  limits: AccountLimits;
  mailer: Mailer;
  /** Where people reach the site (links in mails, HSDS URLs); read at each use, as operators may change it. */
  site: Site;
  clock: Clock;
}

/** Forgotten password: a one-time link by e-mail, then a new password with it. */
export function createPasswordResetService({ db, sessions, limits, mailer, site, clock }: PasswordResetServiceDeps) {
  return {
    /** Always the same answer, whether or not the address has an account (no user enumeration). */
    async request(actor: Actor, input: { email: string; locale?: Lang }) {
      const email = normaliseEmail(input.email);
      const limiterKey = `reset:${email}`;
      assertNotLimited(limits.resetRequests, limiterKey);
      // Every request counts (not only failures): it bounds the mail one address can be sent.
      limits.resetRequests.fail(limiterKey);
      const user = await findUserByEmail(db, email);
      const token = randomToken();
      if (user && user.status === 'active') {
        const now = clock();
        await db.transaction().execute(async (trx) => {
          await replaceResetToken(
            trx,
            user.id,
            hashToken(token),
            now.toISOString(),
            minutesFrom(now, RESET_LINK_MINUTES),
          );
          await recordAudit(
            trx,
            { userId: null, email, ip: actor.ip },
            { action: 'auth.password_reset_requested', objectType: 'user', objectId: user.id },
          );
        });
        const link = `${site.publicOrigin}/admin/reset-password#token=${token}`;
        await mailer.queue({
          kind: 'password_reset',
          to: user.email,
          ...passwordResetMail(input.locale ?? user.locale, { link, minutes: RESET_LINK_MINUTES }),
        });
      } else {
        await recordAudit(
          db,
          { userId: null, email, ip: actor.ip },
          {
            action: 'auth.password_reset_requested',
            objectType: 'user',
            objectId: null,
            details: { outcome: user ? 'deactivated' : 'unknown_email' },
          },
        );
      }
      return { status: 'accepted' as const, message: translate(msg('password_reset.accepted'), actor.lang) };
    },

    /** Sets the new password; whoever knew the old one is signed out everywhere. */
    async confirm(actor: Actor, input: { token: string; password: string }): Promise<void> {
      const row = await findResetToken(db, hashToken(input.token));
      if (!row || row.status !== 'active') throw tokenProblem('invalid', 'password_reset');
      if (row.used_at) throw tokenProblem('used', 'password_reset');
      if (row.expires_at <= clock().toISOString()) throw tokenProblem('expired', 'password_reset');
      assertAcceptablePassword(input.password, row.email, 'password');
      const passwordHash = await hashPassword(input.password);
      const now = clock().toISOString();
      const spent = await db.transaction().execute(async (trx) => {
        if (!(await spendResetToken(trx, row.id, now))) return false;
        await setPasswordHash(trx, row.user_id, passwordHash, now);
        await recordAudit(
          trx,
          { userId: row.user_id, email: row.email, ip: actor.ip },
          { action: 'auth.password_reset', objectType: 'user', objectId: row.user_id },
        );
        return true;
      });
      if (!spent) throw tokenProblem('used', 'password_reset');
      sessions.destroyAllForUser(row.user_id);
      limits.loginFailures.reset(`login:${row.email}`);
      limits.signInThrottle.resetAccount(`login:${row.email}`);
    },
  };
}
