import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { HttpProblem, InvalidParameterProblem, NotFoundProblem } from '../../http/errors.ts';
import { clearSessionCookie, clientOf, requireSessionState, requireUser, setSessionCookie } from '../../plugins/auth.ts';
import { findUserByEmail, findUserById, getTotp, getUserView, normaliseEmail } from '../../accounts/users.ts';
import { hashPassword, verifyPassword } from '../../accounts/password-hashing.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { verifySecondFactor } from '../../accounts/second-factor.ts';
import { passwordChangedMail } from '../../mail/templates.ts';
import { actorOf, assertAcceptablePassword, assertNotLimited, authRateLimit } from './helpers.ts';
import mfaEnrolmentRoutes from './mfa-enrolment.ts';
import passwordResetRoutes from './password-reset.ts';
import {
  ChangePasswordBodySchema,
  CsrfResponseSchema,
  IdParamsSchema,
  LoginBodySchema,
  LoginResponseSchema,
  MfaBodySchema,
  MySessionListSchema,
  SessionResponseSchema,
} from './schemas.ts';

/** After this many wrong codes on one half-finished sign-in, start again from the password. */
const MFA_FAILURES_PER_SESSION = 5;

/**
 * Sign-in (password, then the second factor), the current session, sign-out, password
 * change and "my sessions". Mounted at /api/v1/auth.
 */
const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { sessions, loginFailures, mfaFailures, mailer } = app.accounts;
  const rateLimit = authRateLimit(app);

  async function userView(id: string) {
    const view = await getUserView(app.db, id);
    if (!view) throw new NotFoundProblem('User');
    return view;
  }

  async function completeSignIn(userId: string, ip: string | null, secondFactor: string | null) {
    const now = new Date().toISOString();
    await app.db.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', userId).execute();
    const user = await findUserById(app.db, userId);
    await recordAudit(app.db, { userId, email: user?.email ?? null, ip }, {
      action: 'auth.login',
      objectType: 'user',
      objectId: userId,
      details: { secondFactor },
    });
  }

  app.post(
    '/login',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with e-mail and password',
        description:
          'Sets the session cookie. When `mfaRequired`, finish with POST /auth/mfa; when `mfaEnrolmentRequired`, set up an authenticator first. ' +
          'Wrong e-mail and wrong password get the same answer. Limited per IP and per account (429 + Retry-After).',
        body: LoginBodySchema,
        response: { 200: LoginResponseSchema, ...problemResponses(400, 401, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const limiterKey = `login:${email}`;
      assertNotLimited(reply, loginFailures, limiterKey);
      const user = await findUserByEmail(app.db, email);
      // Always a full argon2id verification, also for unknown addresses (no enumeration by timing).
      const passwordOk = await verifyPassword(user?.password_hash ?? null, request.body.password);
      if (!user || !passwordOk || user.status !== 'active') {
        loginFailures.fail(limiterKey);
        const reason = !user ? 'unknown_email' : !passwordOk ? 'wrong_password' : 'deactivated';
        await recordAudit(app.db, { userId: null, email, ip: request.ip }, {
          action: 'auth.login_failed',
          objectType: 'user',
          objectId: user?.id ?? null,
          details: { reason },
        });
        throw new HttpProblem(401, 'invalid_credentials', 'Sign-in failed', 'The e-mail address or the password is wrong.');
      }
      loginFailures.reset(limiterKey);
      if (request.authSession) sessions.destroy(request.authSession.id);
      const totp = await getTotp(app.db, user.id);
      const mfaEnabled = Boolean(totp?.confirmed_at);
      // Issue 4: staff and admins must use a second factor; enterprise users may.
      const mustEnrol = !mfaEnabled && (user.role === 'admin' || user.role === 'staff');
      const state = mfaEnabled ? 'mfa_pending' : mustEnrol ? 'mfa_enrolment' : 'active';
      const { token, session } = sessions.create(user.id, state, clientOf(request));
      setSessionCookie(request, reply, token);
      if (state === 'active') await completeSignIn(user.id, request.ip, null);
      else {
        await recordAudit(app.db, { userId: user.id, email: user.email, ip: request.ip }, {
          action: 'auth.password_accepted',
          objectType: 'user',
          objectId: user.id,
          details: { next: state },
        });
      }
      return {
        user: await userView(user.id),
        mfaRequired: state === 'mfa_pending',
        mfaEnrolmentRequired: state === 'mfa_enrolment',
        csrfToken: session.csrfToken,
      };
    },
  );

  app.post(
    '/mfa',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Second sign-in step: authenticator (TOTP) code or a recovery code',
        description: 'Needs the session from POST /auth/login and its x-csrf-token. Issues a new session id.',
        body: MfaBodySchema,
        response: { 200: SessionResponseSchema, ...problemResponses(400, 401, 403, 429) },
      },
      config: { rateLimit },
      preHandler: requireSessionState('mfa_pending'),
    },
    async (request, reply) => {
      const session = request.authSession!;
      const limiterKey = `mfa:${session.userId}`;
      assertNotLimited(reply, mfaFailures, limiterKey);
      const method = await verifySecondFactor(app.db, session.userId, request.body.code);
      const user = await findUserById(app.db, session.userId);
      const actor = { userId: session.userId, email: user?.email ?? null, ip: request.ip };
      if (!method) {
        mfaFailures.fail(limiterKey);
        const failures = sessions.countMfaFailure(session.id);
        await recordAudit(app.db, actor, { action: 'auth.mfa_failed', objectType: 'user', objectId: session.userId, details: { failures } });
        if (failures >= MFA_FAILURES_PER_SESSION) {
          sessions.destroy(session.id);
          clearSessionCookie(request, reply);
        }
        throw new HttpProblem(401, 'invalid_code', 'Wrong code', 'The code is wrong or has already been used.', {
          invalidParams: [{ name: 'code', reason: 'is wrong or already used', in: 'body' }],
          restartSignIn: failures >= MFA_FAILURES_PER_SESSION,
        });
      }
      mfaFailures.reset(limiterKey);
      // New id once the privilege changes (session fixation, ASVS V7.2.4).
      const { token, csrfToken } = sessions.rotate(session.id, 'active');
      setSessionCookie(request, reply, token);
      if (method === 'recovery_code') {
        await recordAudit(app.db, actor, { action: 'auth.recovery_code_used', objectType: 'user', objectId: session.userId });
      }
      await completeSignIn(session.userId, request.ip, method);
      return { user: await userView(session.userId), csrfToken };
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in user and the CSRF token of this session',
        response: { 200: SessionResponseSchema, ...problemResponses(401) },
      },
      preHandler: requireUser,
    },
    async (request) => ({ user: await userView(request.user!.id), csrfToken: request.authSession!.csrfToken }),
  );

  app.post(
    '/logout',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: ends this session on the server and clears the cookie',
        response: { 204: Type.Null(), ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      const session = request.authSession;
      if (session) {
        sessions.destroy(session.id);
        await recordAudit(app.db, { userId: session.userId, email: request.user?.email ?? null, ip: request.ip }, {
          action: 'auth.logout',
          objectType: 'session',
          objectId: session.id,
        });
      }
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/password',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change my password (ends my other sessions)',
        body: ChangePasswordBodySchema,
        response: { 200: CsrfResponseSchema, ...problemResponses(400, 401, 403, 429) },
      },
      config: { rateLimit },
      preHandler: requireUser,
    },
    async (request, reply) => {
      const me = request.user!;
      const limiterKey = `login:${me.email}`;
      assertNotLimited(reply, loginFailures, limiterKey);
      const user = (await findUserById(app.db, me.id))!;
      if (!(await verifyPassword(user.password_hash, request.body.currentPassword))) {
        loginFailures.fail(limiterKey);
        throw new InvalidParameterProblem('currentPassword', 'is not your current password', 'body');
      }
      assertAcceptablePassword(request, request.body.newPassword, me.email, 'newPassword');
      if (request.body.newPassword === request.body.currentPassword) {
        throw new InvalidParameterProblem('newPassword', 'must differ from the current password', 'body');
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      const now = new Date().toISOString();
      await app.db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, updated_at: now }).where('id', '=', me.id).execute();
        await recordAudit(trx, actorOf(request), { action: 'user.password_changed', objectType: 'user', objectId: me.id });
      });
      const ended = sessions.destroyAllForUser(me.id, request.authSession!.id);
      const { token, csrfToken } = sessions.rotate(request.authSession!.id, 'active');
      setSessionCookie(request, reply, token);
      request.log.info({ userId: me.id, endedSessions: ended }, 'password changed');
      await mailer.queue({ kind: 'password_changed', to: me.email, ...passwordChangedMail(user.locale) });
      return { csrfToken };
    },
  );

  app.get(
    '/sessions',
    {
      schema: {
        tags: ['accounts'],
        summary: 'My active sessions (devices signed in)',
        response: { 200: MySessionListSchema, ...problemResponses(401) },
      },
      preHandler: requireUser,
    },
    async (request) => ({
      items: sessions.listActive(request.user!.id).map((s) => ({
        id: s.id,
        current: s.id === request.authSession!.id,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        ip: s.ip,
        userAgent: s.userAgent,
      })),
    }),
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'End one of my sessions (sign a device out)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
      preHandler: requireUser,
    },
    async (request, reply) => {
      const mine = sessions.listActive(request.user!.id).find((s) => s.id === request.params.id);
      if (!mine) throw new NotFoundProblem('Session');
      sessions.destroy(mine.id);
      await recordAudit(app.db, actorOf(request), { action: 'auth.session_ended', objectType: 'session', objectId: mine.id });
      if (mine.id === request.authSession!.id) clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  await app.register(mfaEnrolmentRoutes);
  await app.register(passwordResetRoutes);
};

export default authRoutes;
