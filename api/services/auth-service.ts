import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hashPassword, verifyPassword } from '../accounts/password-hashing.ts';
import { acceptTotp, hashRecoveryCode, looksLikeRecoveryCode } from '../accounts/totp.ts';
import { auditActorOf, type Actor } from '../domain/actor.ts';
import type { Lang } from '../domain/languages.ts';
import { NotFoundError, TooManyAttemptsError, UnauthenticatedError, invalidParameter } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import type { Mailer } from '../mail/mailer.ts';
import { passwordChangedMail } from '../mail/templates.ts';
import { hasSignedInFrom, recordAudit } from '../repositories/audit-log.ts';
import type { SessionStore, StoredSession } from '../repositories/sqlite/session-store.ts';
import {
  findUserByEmail,
  findUserById,
  getTotp,
  getUserView,
  normaliseEmail,
  setLastSignIn,
  setLocale,
  setPasswordHash,
  spendRecoveryCode,
  useTotpStep,
  type UserView,
} from '../repositories/users.ts';
import { assertNotLimited, type AccountLimits } from './account-limits.ts';
import type { Clock, Logger } from './logger.ts';
import { assertAcceptablePassword } from './password-policy.ts';

/** After this many wrong codes on one half-finished sign-in, start again from the password. */
const MFA_FAILURES_PER_SESSION = 5;

export interface AuthServiceDeps {
  db: Kysely<Database>;
  sessions: SessionStore;
  limits: AccountLimits;
  mailer: Mailer;
  log: Logger;
  clock: Clock;
}

/** A session the caller must hand to the client (the cookie): its token is never stored. */
export interface IssuedSession {
  token: string;
  csrfToken: string;
}

/**
 * Sign-in (password, then the second factor), the current session, sign-out, password
 * change and "my sessions" (issue 4, scopes 3–4).
 */
export function createAuthService({ db, sessions, limits, mailer, log, clock }: AuthServiceDeps) {
  async function userView(id: string): Promise<UserView> {
    const view = await getUserView(db, id);
    if (!view) throw new NotFoundError('user');
    return view;
  }

  async function completeSignIn(userId: string, ip: string | null, secondFactor: string | null): Promise<void> {
    await setLastSignIn(db, userId, clock().toISOString());
    const user = await findUserById(db, userId);
    await recordAudit(
      db,
      { userId, email: user?.email ?? null, ip },
      { action: 'auth.login', objectType: 'user', objectId: userId, details: { secondFactor } },
    );
  }

  /**
   * Checks a second-factor code: a TOTP code (each time step accepted once) or an unused
   * recovery code (spent on use). The conditional updates make a concurrent replay lose.
   */
  async function verifySecondFactor(userId: string, code: string): Promise<'totp' | 'recovery_code' | null> {
    const totp = await getTotp(db, userId);
    if (!totp?.confirmed_at) return null;
    const digits = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(digits)) {
      const step = acceptTotp(totp.secret, digits, totp.last_used_step);
      return step !== null && (await useTotpStep(db, userId, step)) ? 'totp' : null;
    }
    if (looksLikeRecoveryCode(code))
      return (await spendRecoveryCode(db, userId, hashRecoveryCode(code), clock().toISOString()))
        ? 'recovery_code'
        : null;
    return null;
  }

  return {
    /**
     * The password step. Wrong e-mail and wrong password get the same answer; staff and
     * admins continue with their second factor (or set one up), enterprise users may.
     */
    async signIn(actor: Actor, input: { email: string; password: string }, previousSessionId: string | null) {
      const email = normaliseEmail(input.email);
      const user = await findUserByEmail(db, email);
      // Issue 15, item 10: limits per (account, address) and a growing per-account delay that
      // addresses which signed in to this account before skip — failures from elsewhere never
      // lock the owner out. Unknown e-mail addresses are throttled the same way (no enumeration).
      const attempt = {
        account: `login:${email}`,
        address: actor.ip ?? 'unknown',
        knownAddress: Boolean(user && actor.ip && (await hasSignedInFrom(db, user.id, actor.ip))),
      };
      const wait = limits.signInThrottle.retryAfterSeconds(attempt);
      if (wait > 0) throw new TooManyAttemptsError(wait);
      // Always a full argon2id verification, also for unknown addresses (no enumeration by timing).
      const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
      if (!user || !passwordOk || user.status !== 'active') {
        limits.signInThrottle.fail(attempt);
        const reason = !user ? 'unknown_email' : !passwordOk ? 'wrong_password' : 'deactivated';
        await recordAudit(
          db,
          { userId: null, email, ip: actor.ip },
          { action: 'auth.login_failed', objectType: 'user', objectId: user?.id ?? null, details: { reason } },
        );
        throw new UnauthenticatedError(
          msg('auth.sign_in_failed.detail'),
          'invalid_credentials',
          msg('auth.sign_in_failed.title'),
        );
      }
      limits.signInThrottle.succeed(attempt);
      if (previousSessionId) sessions.destroy(previousSessionId);
      const totp = await getTotp(db, user.id);
      const mfaEnabled = Boolean(totp?.confirmed_at);
      // Issue 4: staff and admins must use a second factor; enterprise users may.
      const mustEnrol = !mfaEnabled && (user.role === 'admin' || user.role === 'staff');
      const state = mfaEnabled ? 'mfa_pending' : mustEnrol ? 'mfa_enrolment' : 'active';
      const { token, session } = sessions.create(user.id, state, { ip: actor.ip, userAgent: actor.userAgent });
      if (state === 'active') await completeSignIn(user.id, actor.ip, null);
      else {
        await recordAudit(
          db,
          { userId: user.id, email: user.email, ip: actor.ip },
          { action: 'auth.password_accepted', objectType: 'user', objectId: user.id, details: { next: state } },
        );
      }
      return {
        token,
        csrfToken: session.csrfToken,
        user: await userView(user.id),
        mfaRequired: state === 'mfa_pending',
        mfaEnrolmentRequired: state === 'mfa_enrolment',
      };
    },

    /**
     * The second step: a TOTP or recovery code. Issues a new session id (session fixation,
     * ASVS V7.2.4). After too many wrong codes the session ends: the 401 says `restartSignIn`.
     */
    async completeSecondFactor(
      actor: Actor,
      session: StoredSession,
      code: string,
    ): Promise<IssuedSession & { user: UserView }> {
      const limiterKey = `mfa:${session.userId}`;
      assertNotLimited(limits.mfaFailures, limiterKey);
      const method = await verifySecondFactor(session.userId, code);
      const user = await findUserById(db, session.userId);
      const auditActor = { userId: session.userId, email: user?.email ?? null, ip: actor.ip };
      if (!method) {
        limits.mfaFailures.fail(limiterKey);
        const failures = sessions.countMfaFailure(session.id);
        await recordAudit(db, auditActor, {
          action: 'auth.mfa_failed',
          objectType: 'user',
          objectId: session.userId,
          details: { failures },
        });
        const restartSignIn = failures >= MFA_FAILURES_PER_SESSION;
        if (restartSignIn) sessions.destroy(session.id);
        throw new UnauthenticatedError(msg('auth.wrong_code.detail'), 'invalid_code', msg('auth.wrong_code.title'), {
          invalidParams: [{ name: 'code', reason: msg('auth.wrong_code.reason'), in: 'body' }],
          extra: { restartSignIn },
        });
      }
      limits.mfaFailures.reset(limiterKey);
      const { token, csrfToken } = sessions.rotate(session.id, 'active');
      if (method === 'recovery_code')
        await recordAudit(db, auditActor, {
          action: 'auth.recovery_code_used',
          objectType: 'user',
          objectId: session.userId,
        });
      await completeSignIn(session.userId, actor.ip, method);
      return { token, csrfToken, user: await userView(session.userId) };
    },

    userView,

    async signOut(actor: Actor, session: StoredSession | null): Promise<void> {
      if (!session) return;
      sessions.destroy(session.id);
      await recordAudit(
        db,
        { userId: session.userId, email: actor.user?.email ?? null, ip: actor.ip },
        { action: 'auth.logout', objectType: 'session', objectId: session.id },
      );
    },

    /** Changes the signed-in user's password, ends their other sessions and renews this one. */
    async changePassword(
      actor: Actor,
      sessionId: string,
      input: { currentPassword: string; newPassword: string },
    ): Promise<IssuedSession> {
      const me = actor.user!;
      const limiterKey = `login:${me.email}`;
      assertNotLimited(limits.loginFailures, limiterKey);
      const user = (await findUserById(db, me.id))!;
      if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
        limits.loginFailures.fail(limiterKey);
        throw invalidParameter('currentPassword', msg('auth.not_current_password'), 'body');
      }
      assertAcceptablePassword(input.newPassword, me.email, 'newPassword');
      if (input.newPassword === input.currentPassword)
        throw invalidParameter('newPassword', msg('auth.password_must_differ'), 'body');
      const passwordHash = await hashPassword(input.newPassword);
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await setPasswordHash(trx, me.id, passwordHash, now);
        await recordAudit(trx, auditActorOf(actor), {
          action: 'user.password_changed',
          objectType: 'user',
          objectId: me.id,
        });
      });
      const ended = sessions.destroyAllForUser(me.id, sessionId);
      const issued = sessions.rotate(sessionId, 'active');
      log.info({ userId: me.id, endedSessions: ended }, 'password changed');
      await mailer.queue({ kind: 'password_changed', to: me.email, ...passwordChangedMail(user.locale) });
      return issued;
    },

    /**
     * My mail language (issue 13: mail goes to each person in their language): every mail
     * queued afterwards (password reset, invitation to a request for quotes…) is written in it.
     * Only one's own account: the actor is the account.
     */
    async changeMailLanguage(actor: Actor, locale: Lang): Promise<UserView> {
      const me = actor.user!;
      const user = (await findUserById(db, me.id))!;
      if (user.locale !== locale) {
        await db.transaction().execute(async (trx) => {
          await setLocale(trx, me.id, locale, clock().toISOString());
          await recordAudit(trx, auditActorOf(actor), {
            action: 'user.locale_changed',
            objectType: 'user',
            objectId: me.id,
            details: { from: user.locale, to: locale },
          });
        });
      }
      return userView(me.id);
    },

    listSessions(userId: string, currentSessionId: string) {
      return sessions.listActive(userId).map((s) => ({
        id: s.id,
        current: s.id === currentSessionId,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        ip: s.ip,
        userAgent: s.userAgent,
      }));
    },

    /** Signs one of my devices out; true when it was this very session. */
    async endSession(actor: Actor, currentSessionId: string, id: string): Promise<{ endedCurrent: boolean }> {
      const mine = sessions.listActive(actor.user!.id).find((s) => s.id === id);
      if (!mine) throw new NotFoundError('session');
      sessions.destroy(mine.id);
      await recordAudit(db, auditActorOf(actor), {
        action: 'auth.session_ended',
        objectType: 'session',
        objectId: mine.id,
      });
      return { endedCurrent: mine.id === currentSessionId };
    },
  };
}
