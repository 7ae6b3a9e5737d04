import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { verifyPassword } from '../accounts/password-hashing.ts';
import {
  acceptTotp,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  qrCodeSvg,
} from '../accounts/totp.ts';
import { auditActorOf, type Actor } from '../domain/actor.ts';
import { ConflictError, ForbiddenError, InvalidInputError, invalidParameter } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { recordAudit } from '../repositories/audit-log.ts';
import type { SessionStore, StoredSession } from '../repositories/sqlite/session-store.ts';
import {
  confirmTotp,
  findUserById,
  getTotp,
  getUserView,
  removeSecondFactor,
  replaceRecoveryCodeHashes,
  setLastSignIn,
  startTotp,
} from '../repositories/users.ts';
import { assertNotLimited, type AccountLimits } from './account-limits.ts';
import type { Clock } from './logger.ts';

export interface SecondFactorServiceDeps {
  db: Kysely<Database>;
  sessions: SessionStore;
  limits: AccountLimits;
  clock: Clock;
}

/**
 * Setting up, replacing and (for enterprise users) turning off the second factor
 * (RFC 6238 TOTP with 10 one-time recovery codes). Admins and staff without one do this
 * right after the password step (session state `mfa_enrolment`).
 */
export function createSecondFactorService({ db, sessions, limits, clock }: SecondFactorServiceDeps) {
  /** Replaces a user's recovery codes with 10 new ones; returns them (the only time they are readable). */
  async function replaceRecoveryCodes(trx: Kysely<Database>, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await replaceRecoveryCodeHashes(trx, userId, codes.map(hashRecoveryCode), clock().toISOString());
    return codes;
  }

  async function assertPassword(userId: string, email: string, password: string): Promise<void> {
    const limiterKey = `login:${email}`;
    assertNotLimited(limits.loginFailures, limiterKey);
    const user = (await findUserById(db, userId))!;
    if (!(await verifyPassword(user.password_hash, password))) {
      limits.loginFailures.fail(limiterKey);
      throw invalidParameter('password', msg('auth.not_current_password'), 'body');
    }
  }

  return {
    /** A new secret and its QR code; confirmed by the first code from the app. */
    async startEnrolment(userId: string) {
      const existing = await getTotp(db, userId);
      if (existing?.confirmed_at)
        throw new ConflictError(
          'mfa_already_enabled',
          msg('mfa.already_enabled.title'),
          msg('mfa.already_enabled.turn_off_first'),
        );
      const user = (await findUserById(db, userId))!;
      const secret = newTotpSecret();
      await startTotp(db, userId, secret, clock().toISOString());
      const url = otpauthUrl(secret, user.email);
      return { secret, otpauthUrl: url, qrCodeSvg: await qrCodeSvg(url) };
    },

    /**
     * Confirms the set-up with a code from the app and returns 10 recovery codes. When the
     * session was waiting for this (a first sign-in), it becomes active under a new token.
     */
    async confirmEnrolment(actor: Actor, session: StoredSession, code: string) {
      const limiterKey = `mfa:${session.userId}`;
      assertNotLimited(limits.mfaFailures, limiterKey);
      const totp = await getTotp(db, session.userId);
      if (!totp)
        throw new ConflictError(
          'mfa_enrolment_not_started',
          msg('mfa.not_started.title'),
          msg('mfa.not_started.detail'),
        );
      if (totp.confirmed_at)
        throw new ConflictError(
          'mfa_already_enabled',
          msg('mfa.already_enabled.title'),
          msg('mfa.already_enabled.detail'),
        );
      const step = acceptTotp(totp.secret, code.replace(/\s/g, ''), null);
      const user = (await findUserById(db, session.userId))!;
      const auditActor = { userId: user.id, email: user.email, ip: actor.ip };
      if (step === null) {
        limits.mfaFailures.fail(limiterKey);
        await recordAudit(db, auditActor, {
          action: 'auth.mfa_enrolment_failed',
          objectType: 'user',
          objectId: user.id,
        });
        throw new InvalidInputError([{ name: 'code', reason: msg('mfa.enrolment_wrong_code.reason'), in: 'body' }], {
          code: 'invalid_code',
          title: msg('auth.wrong_code.title'),
          detail: msg('mfa.enrolment_wrong_code.detail'),
        });
      }
      limits.mfaFailures.reset(limiterKey);
      const recoveryCodes = await db.transaction().execute(async (trx) => {
        await confirmTotp(trx, user.id, step, clock().toISOString());
        await recordAudit(trx, auditActor, { action: 'auth.mfa_enabled', objectType: 'user', objectId: user.id });
        return replaceRecoveryCodes(trx, user.id);
      });
      let token: string | null = null;
      let csrfToken = session.csrfToken;
      if (session.state === 'mfa_enrolment') {
        ({ token, csrfToken } = sessions.rotate(session.id, 'active'));
        await setLastSignIn(db, user.id, clock().toISOString());
        await recordAudit(db, auditActor, {
          action: 'auth.login',
          objectType: 'user',
          objectId: user.id,
          details: { secondFactor: 'totp_enrolment' },
        });
      }
      return { token, csrfToken, user: (await getUserView(db, user.id))!, recoveryCodes };
    },

    /** New recovery codes (the old ones stop working); needs the password. */
    async replaceRecoveryCodes(actor: Actor, password: string): Promise<string[]> {
      const me = actor.user!;
      await assertPassword(me.id, me.email, password);
      const totp = await getTotp(db, me.id);
      if (!totp?.confirmed_at)
        throw new ConflictError('mfa_not_enabled', msg('mfa.not_enabled.title'), msg('mfa.not_enabled.detail'));
      return db.transaction().execute(async (trx) => {
        await recordAudit(trx, auditActorOf(actor), {
          action: 'auth.recovery_codes_replaced',
          objectType: 'user',
          objectId: me.id,
        });
        return replaceRecoveryCodes(trx, me.id);
      });
    },

    /** Enterprise users may turn their second factor off; municipal accounts must keep one. */
    async disable(actor: Actor, password: string): Promise<void> {
      const me = actor.user!;
      if (me.role === 'admin' || me.role === 'staff')
        throw new ForbiddenError(msg('mfa.mandatory.detail'), 'mfa_mandatory', msg('mfa.mandatory.title'));
      await assertPassword(me.id, me.email, password);
      await db.transaction().execute(async (trx) => {
        await removeSecondFactor(trx, me.id);
        await recordAudit(trx, auditActorOf(actor), {
          action: 'auth.mfa_disabled',
          objectType: 'user',
          objectId: me.id,
        });
      });
    },
  };
}
