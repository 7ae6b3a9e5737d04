import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { HttpProblem, InvalidParameterProblem } from '../../http/errors.ts';
import { requireSessionState, requireUser, setSessionCookie } from '../../plugins/auth.ts';
import { findUserById, getTotp, getUserView } from '../../accounts/users.ts';
import { verifyPassword } from '../../accounts/password-hashing.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { replaceRecoveryCodes } from '../../accounts/second-factor.ts';
import { acceptTotp, newTotpSecret, otpauthUrl, qrCodeSvg } from '../../accounts/totp.ts';
import { assertNotLimited, authRateLimit } from './helpers.ts';
import {
  EnrolmentConfirmResponseSchema,
  EnrolmentResponseSchema,
  MfaBodySchema,
  PasswordConfirmBodySchema,
  RecoveryCodesResponseSchema,
} from './schemas.ts';

/**
 * Setting up, replacing and (for enterprise users) turning off the second factor
 * (RFC 6238 TOTP with 10 one-time recovery codes). Admins and staff without one do this
 * right after the password step (session state `mfa_enrolment`).
 */
const mfaEnrolmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { sessions, mfaFailures, loginFailures } = app.accounts;
  const rateLimit = authRateLimit(app);

  app.post(
    '/mfa/enrolment',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Start setting up an authenticator app: a new secret and its QR code',
        response: { 200: EnrolmentResponseSchema, ...problemResponses(401, 403, 409) },
      },
      preHandler: requireSessionState('mfa_enrolment', 'active'),
    },
    async (request) => {
      const userId = request.authSession!.userId;
      const existing = await getTotp(app.db, userId);
      if (existing?.confirmed_at) {
        throw new HttpProblem(409, 'mfa_already_enabled', 'Already set up', 'A second factor is already set up. Turn it off (or ask an admin to reset it) first.');
      }
      const user = (await findUserById(app.db, userId))!;
      const secret = newTotpSecret();
      const now = new Date().toISOString();
      await app.db
        .insertInto('user_totp')
        .values({ user_id: userId, secret, confirmed_at: null, last_used_step: null, created_at: now })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret, confirmed_at: null, last_used_step: null, created_at: now }))
        .execute();
      const url = otpauthUrl(secret, user.email);
      return { secret, otpauthUrl: url, qrCodeSvg: await qrCodeSvg(url) };
    },
  );

  app.post(
    '/mfa/enrolment/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Finish setting up the authenticator with a code from it; returns 10 recovery codes (shown once)',
        body: MfaBodySchema,
        response: { 200: EnrolmentConfirmResponseSchema, ...problemResponses(400, 401, 403, 409, 429) },
      },
      config: { rateLimit },
      preHandler: requireSessionState('mfa_enrolment', 'active'),
    },
    async (request, reply) => {
      const session = request.authSession!;
      const limiterKey = `mfa:${session.userId}`;
      assertNotLimited(reply, mfaFailures, limiterKey);
      const totp = await getTotp(app.db, session.userId);
      if (!totp) throw new HttpProblem(409, 'mfa_enrolment_not_started', 'Not started', 'Start with POST /auth/mfa/enrolment.');
      if (totp.confirmed_at) throw new HttpProblem(409, 'mfa_already_enabled', 'Already set up', 'A second factor is already set up.');
      const step = acceptTotp(totp.secret, request.body.code.replace(/\s/g, ''), null);
      const user = (await findUserById(app.db, session.userId))!;
      const actor = { userId: user.id, email: user.email, ip: request.ip };
      if (step === null) {
        mfaFailures.fail(limiterKey);
        await recordAudit(app.db, actor, { action: 'auth.mfa_enrolment_failed', objectType: 'user', objectId: user.id });
        throw new HttpProblem(400, 'invalid_code', 'Wrong code', 'The code does not match. Check the time on your phone and try the current code.', {
          invalidParams: [{ name: 'code', reason: 'does not match the authenticator', in: 'body' }],
        });
      }
      mfaFailures.reset(limiterKey);
      const recoveryCodes = await app.db.transaction().execute(async (trx) => {
        await trx.updateTable('user_totp').set({ confirmed_at: new Date().toISOString(), last_used_step: step }).where('user_id', '=', user.id).execute();
        await recordAudit(trx, actor, { action: 'auth.mfa_enabled', objectType: 'user', objectId: user.id });
        return replaceRecoveryCodes(trx, user.id);
      });
      let csrfToken = session.csrfToken;
      if (session.state === 'mfa_enrolment') {
        const rotated = sessions.rotate(session.id, 'active');
        setSessionCookie(request, reply, rotated.token);
        csrfToken = rotated.csrfToken;
        await app.db.updateTable('users').set({ last_sign_in_at: new Date().toISOString() }).where('id', '=', user.id).execute();
        await recordAudit(app.db, actor, { action: 'auth.login', objectType: 'user', objectId: user.id, details: { secondFactor: 'totp_enrolment' } });
      }
      return { user: (await getUserView(app.db, user.id))!, csrfToken, recoveryCodes };
    },
  );

  async function assertPassword(userId: string, email: string, password: string, reply: Parameters<typeof assertNotLimited>[0]) {
    const limiterKey = `login:${email}`;
    assertNotLimited(reply, loginFailures, limiterKey);
    const user = (await findUserById(app.db, userId))!;
    if (!(await verifyPassword(user.password_hash, password))) {
      loginFailures.fail(limiterKey);
      throw new InvalidParameterProblem('password', 'is not your current password', 'body');
    }
  }

  app.post(
    '/mfa/recovery-codes',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Replace my recovery codes (the old ones stop working); needs my password',
        body: PasswordConfirmBodySchema,
        response: { 200: RecoveryCodesResponseSchema, ...problemResponses(400, 401, 403, 409, 429) },
      },
      config: { rateLimit },
      preHandler: requireUser,
    },
    async (request, reply) => {
      const me = request.user!;
      await assertPassword(me.id, me.email, request.body.password, reply);
      const totp = await getTotp(app.db, me.id);
      if (!totp?.confirmed_at) throw new HttpProblem(409, 'mfa_not_enabled', 'No second factor', 'Set up an authenticator first.');
      const recoveryCodes = await app.db.transaction().execute(async (trx) => {
        await recordAudit(trx, { userId: me.id, email: me.email, ip: request.ip }, { action: 'auth.recovery_codes_replaced', objectType: 'user', objectId: me.id });
        return replaceRecoveryCodes(trx, me.id);
      });
      return { recoveryCodes };
    },
  );

  app.delete(
    '/mfa',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Turn off my second factor (enterprise users only; staff and admins must keep one)',
        body: PasswordConfirmBodySchema,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 429) },
      },
      config: { rateLimit },
      preHandler: requireUser,
    },
    async (request, reply) => {
      const me = request.user!;
      if (me.role === 'admin' || me.role === 'staff') {
        throw new HttpProblem(403, 'mfa_mandatory', 'Second factor required', 'Municipal accounts must keep a second factor.');
      }
      await assertPassword(me.id, me.email, request.body.password, reply);
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('user_totp').where('user_id', '=', me.id).execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', me.id).execute();
        await recordAudit(trx, { userId: me.id, email: me.email, ip: request.ip }, { action: 'auth.mfa_disabled', objectType: 'user', objectId: me.id });
      });
      return reply.code(204).send(null);
    },
  );
};

export default mfaEnrolmentRoutes;
