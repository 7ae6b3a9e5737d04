import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../domain/errors.ts';
import { IdParamsSchema } from '../../http/account-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf } from '../../http/request-context.ts';
import {
  authRateLimit,
  clearSessionCookie,
  requireSessionState,
  requireUser,
  setSessionCookie,
} from '../../plugins/auth.ts';
import {
  AcceptedSchema,
  ChangePasswordBodySchema,
  CsrfResponseSchema,
  EnrolmentConfirmResponseSchema,
  EnrolmentResponseSchema,
  LoginBodySchema,
  LoginResponseSchema,
  MfaBodySchema,
  MySessionListSchema,
  PasswordConfirmBodySchema,
  RecoveryCodesResponseSchema,
  ResetConfirmBodySchema,
  ResetRequestBodySchema,
  MeResponseSchema,
  SessionResponseSchema,
  UpdateMeBodySchema,
} from './schemas.ts';

const tags = ['accounts'];

/**
 * Sign-in (password, then the second factor), the current session, sign-out, password
 * change, "my sessions", the second factor's set-up and the forgotten-password links.
 * Mounted at /api/v1/auth. The work is in services/auth-service.ts and its neighbours;
 * here: schemas, the session cookie and status codes.
 */
const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { auth, secondFactor, passwordReset } = app.services;
  const rateLimit = authRateLimit(app.config);

  app.post(
    '/login',
    {
      schema: {
        tags,
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
      const { token, ...result } = await auth.signIn(actorOf(request), request.body, request.authSession?.id ?? null);
      setSessionCookie(request, reply, token);
      return result;
    },
  );

  app.post(
    '/mfa',
    {
      schema: {
        tags,
        summary: 'Second sign-in step: authenticator (TOTP) code or a recovery code',
        description: 'Needs the session from POST /auth/login and its x-csrf-token. Issues a new session id.',
        body: MfaBodySchema,
        response: { 200: SessionResponseSchema, ...problemResponses(400, 401, 403, 429) },
      },
      config: { rateLimit },
      preHandler: requireSessionState('mfa_pending'),
    },
    async (request, reply) => {
      try {
        const { token, ...result } = await auth.completeSecondFactor(
          actorOf(request),
          request.authSession!,
          request.body.code,
        );
        setSessionCookie(request, reply, token);
        return result;
      } catch (error) {
        // Too many wrong codes ended the half-finished sign-in: drop its cookie too.
        if (error instanceof AppError && error.extra.restartSignIn) clearSessionCookie(request, reply);
        throw error;
      }
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags,
        summary: 'The signed-in user and the CSRF token of this session',
        response: { 200: SessionResponseSchema, ...problemResponses(401) },
      },
      preHandler: requireUser,
    },
    async (request) => ({ user: await auth.userView(request.user!.id), csrfToken: request.authSession!.csrfToken }),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Change my own account settings: the language of my e-mail',
        description:
          'Only the signed-in account itself (no id in the path). Mail queued afterwards is written in the new language. Audited as user.locale_changed.',
        body: UpdateMeBodySchema,
        response: { 200: MeResponseSchema, ...problemResponses(400, 401, 403) },
      },
      preHandler: requireUser,
    },
    async (request) => ({ user: await auth.changeMailLanguage(actorOf(request), request.body.locale) }),
  );

  app.post(
    '/logout',
    {
      schema: {
        tags,
        summary: 'Sign out: ends this session on the server and clears the cookie',
        response: { 204: Type.Null(), ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      await auth.signOut(actorOf(request), request.authSession);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/password',
    {
      schema: {
        tags,
        summary: 'Change my password (ends my other sessions)',
        body: ChangePasswordBodySchema,
        response: { 200: CsrfResponseSchema, ...problemResponses(400, 401, 403, 429) },
      },
      config: { rateLimit },
      preHandler: requireUser,
    },
    async (request, reply) => {
      const { token, csrfToken } = await auth.changePassword(actorOf(request), request.authSession!.id, request.body);
      setSessionCookie(request, reply, token);
      return { csrfToken };
    },
  );

  app.get(
    '/sessions',
    {
      schema: {
        tags,
        summary: 'My active sessions (devices signed in)',
        response: { 200: MySessionListSchema, ...problemResponses(401) },
      },
      preHandler: requireUser,
    },
    async (request) => ({ items: auth.listSessions(request.user!.id, request.authSession!.id) }),
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags,
        summary: 'End one of my sessions (sign a device out)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
      preHandler: requireUser,
    },
    async (request, reply) => {
      const { endedCurrent } = await auth.endSession(actorOf(request), request.authSession!.id, request.params.id);
      if (endedCurrent) clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  // --- The second factor (RFC 6238 TOTP with 10 one-time recovery codes) ---

  app.post(
    '/mfa/enrolment',
    {
      schema: {
        tags,
        summary: 'Start setting up an authenticator app: a new secret and its QR code',
        response: { 200: EnrolmentResponseSchema, ...problemResponses(401, 403, 409) },
      },
      preHandler: requireSessionState('mfa_enrolment', 'active'),
    },
    async (request) => secondFactor.startEnrolment(request.authSession!.userId),
  );

  app.post(
    '/mfa/enrolment/confirm',
    {
      schema: {
        tags,
        summary: 'Finish setting up the authenticator with a code from it; returns 10 recovery codes (shown once)',
        body: MfaBodySchema,
        response: { 200: EnrolmentConfirmResponseSchema, ...problemResponses(400, 401, 403, 409, 429) },
      },
      config: { rateLimit },
      preHandler: requireSessionState('mfa_enrolment', 'active'),
    },
    async (request, reply) => {
      const { token, ...result } = await secondFactor.confirmEnrolment(
        actorOf(request),
        request.authSession!,
        request.body.code,
      );
      if (token) setSessionCookie(request, reply, token);
      return result;
    },
  );

  app.post(
    '/mfa/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Replace my recovery codes (the old ones stop working); needs my password',
        body: PasswordConfirmBodySchema,
        response: { 200: RecoveryCodesResponseSchema, ...problemResponses(400, 401, 403, 409, 429) },
      },
      config: { rateLimit },
      preHandler: requireUser,
    },
    async (request) => ({
      recoveryCodes: await secondFactor.replaceRecoveryCodes(actorOf(request), request.body.password),
    }),
  );

  app.delete(
    '/mfa',
    {
      schema: {
        tags,
        summary: 'Turn off my second factor (enterprise users only; staff and admins must keep one)',
        body: PasswordConfirmBodySchema,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 429) },
      },
      config: { rateLimit },
      preHandler: requireUser,
    },
    async (request, reply) => {
      await secondFactor.disable(actorOf(request), request.body.password);
      return reply.code(204).send(null);
    },
  );

  // --- Forgotten password ---

  app.post(
    '/password-reset',
    {
      schema: {
        tags,
        summary: 'Ask for a password-reset link by e-mail',
        description: 'Always the same answer, whether or not the address has an account (no user enumeration).',
        body: ResetRequestBodySchema,
        response: { 202: AcceptedSchema, ...problemResponses(400, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => reply.code(202).send(await passwordReset.request(actorOf(request), request.body)),
  );

  app.post(
    '/password-reset/confirm',
    {
      schema: {
        tags,
        summary: 'Set a new password with the one-time link from the e-mail (ends every session of the account)',
        body: ResetConfirmBodySchema,
        response: { 204: Type.Null(), ...problemResponses(400, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => {
      await passwordReset.confirm(actorOf(request), request.body);
      return reply.code(204).send(null);
    },
  );
};

export default authRoutes;
