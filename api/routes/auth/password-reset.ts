import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { findUserByEmail, normaliseEmail } from '../../accounts/users.ts';
import { hashPassword } from '../../accounts/password-hashing.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { hashToken, minutesFrom, randomToken } from '../../accounts/tokens.ts';
import { passwordResetMail } from '../../mail/templates.ts';
import { assertAcceptablePassword, assertNotLimited, authRateLimit, tokenProblem } from './helpers.ts';
import { AcceptedSchema, ResetConfirmBodySchema, ResetRequestBodySchema } from './schemas.ts';

/** ASVS V6.4.1: a reset link is short-lived and works once. */
const RESET_LINK_MINUTES = 60;

/** Forgotten password: request a one-time link by e-mail, then set a new password with it. */
const passwordResetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { sessions, resetRequests, mailer } = app.accounts;
  const rateLimit = authRateLimit(app);

  app.post(
    '/password-reset',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Ask for a password-reset link by e-mail',
        description: 'Always the same answer, whether or not the address has an account (no user enumeration).',
        body: ResetRequestBodySchema,
        response: { 202: AcceptedSchema, ...problemResponses(400, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const limiterKey = `reset:${email}`;
      assertNotLimited(reply, resetRequests, limiterKey);
      // Every request counts (not only failures): it bounds the mail one address can be sent.
      resetRequests.fail(limiterKey);
      const user = await findUserByEmail(app.db, email);
      const token = randomToken();
      if (user && user.status === 'active') {
        await app.db.transaction().execute(async (trx) => {
          // Only the newest link works.
          await trx.deleteFrom('password_reset_tokens').where('user_id', '=', user.id).where('used_at', 'is', null).execute();
          await trx
            .insertInto('password_reset_tokens')
            .values({
              id: randomUUID(),
              token_hash: hashToken(token),
              user_id: user.id,
              created_at: new Date().toISOString(),
              expires_at: minutesFrom(new Date(), RESET_LINK_MINUTES),
              used_at: null,
            })
            .execute();
          await recordAudit(trx, { userId: null, email, ip: request.ip }, { action: 'auth.password_reset_requested', objectType: 'user', objectId: user.id });
        });
        const locale = request.body.locale ?? user.locale;
        const link = `${app.config.publicOrigin}/admin/reset-password#token=${token}`;
        await mailer.queue({ kind: 'password_reset', to: user.email, ...passwordResetMail(locale, { link, minutes: RESET_LINK_MINUTES }) });
      } else {
        await recordAudit(app.db, { userId: null, email, ip: request.ip }, {
          action: 'auth.password_reset_requested',
          objectType: 'user',
          objectId: null,
          details: { outcome: user ? 'deactivated' : 'unknown_email' },
        });
      }
      return reply.code(202).send({
        status: 'accepted' as const,
        message: 'If an account uses this address, a link to reset the password is on its way.',
      });
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with the one-time link from the e-mail (ends every session of the account)',
        body: ResetConfirmBodySchema,
        response: { 204: Type.Null(), ...problemResponses(400, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => {
      const row = await app.db
        .selectFrom('password_reset_tokens as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .select(['t.id', 't.user_id', 't.expires_at', 't.used_at', 'u.email', 'u.status'])
        .where('t.token_hash', '=', hashToken(request.body.token))
        .executeTakeFirst();
      if (!row || row.status !== 'active') throw tokenProblem('invalid', 'password-reset');
      if (row.used_at) throw tokenProblem('used', 'password-reset');
      if (row.expires_at <= new Date().toISOString()) throw tokenProblem('expired', 'password-reset');
      assertAcceptablePassword(request, request.body.password, row.email, 'password');
      const passwordHash = await hashPassword(request.body.password);
      const now = new Date().toISOString();
      const spent = await app.db.transaction().execute(async (trx) => {
        // Conditional: of two concurrent uses of one link, only one wins.
        const marked = await trx.updateTable('password_reset_tokens').set({ used_at: now }).where('id', '=', row.id).where('used_at', 'is', null).executeTakeFirst();
        if (Number(marked.numUpdatedRows) !== 1) return false;
        await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, updated_at: now }).where('id', '=', row.user_id).execute();
        await recordAudit(trx, { userId: row.user_id, email: row.email, ip: request.ip }, { action: 'auth.password_reset', objectType: 'user', objectId: row.user_id });
        return true;
      });
      if (!spent) throw tokenProblem('used', 'password-reset');
      // Whoever knew the old password is signed out everywhere.
      sessions.destroyAllForUser(row.user_id);
      app.accounts.loginFailures.reset(`login:${row.email}`);
      return reply.code(204).send(null);
    },
  );
};

export default passwordResetRoutes;
