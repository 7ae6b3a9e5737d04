import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import { Type, type Static } from 'typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { HttpProblem, InvalidParameterProblem, NotFoundProblem } from '../../http/errors.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ENTERPRISE_ROLES } from '../../domain/authorization.ts';
import { findUserByEmail, getUserView, insertUser, normaliseEmail } from '../../accounts/users.ts';
import { hashPassword } from '../../accounts/password-hashing.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { hashToken, minutesFrom, randomToken } from '../../accounts/tokens.ts';
import { invitationMail } from '../../mail/templates.ts';
import { actorOf, assertAcceptablePassword, authRateLimit, enforce, tokenProblem } from '../auth/helpers.ts';
import { EmailSchema, IdParamsSchema, LocaleSchema, NewPasswordSchema, RoleSchema, TokenSchema, UserSchema } from '../auth/schemas.ts';

/** Issue 4: an invitation link works once and for 7 days. */
const INVITATION_DAYS = 7;

const InvitationStatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('accepted'),
  Type.Literal('revoked'),
  Type.Literal('expired'),
]);

export const InvitationSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    role: RoleSchema,
    enterprise: Type.Union([Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }), Type.Null()]),
    invitedBy: Type.Object({ id: Type.String(), name: Type.String() }),
    status: InvitationStatusSchema,
    createdAt: Type.String(),
    expiresAt: Type.String(),
    acceptedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type InvitationDto = Static<typeof InvitationSchema>;

const CreateInvitationSchema = Type.Object(
  {
    email: EmailSchema,
    role: RoleSchema,
    enterpriseId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Required for enterprise roles (a manager may omit it: their own)' })),
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false },
);
const InvitationListQuerySchema = Type.Object(
  { status: Type.Optional(Type.Union([InvitationStatusSchema, Type.Literal('all')], { default: 'pending' })) },
  { additionalProperties: false },
);
const TokenBodySchema = Type.Object({ token: TokenSchema }, { additionalProperties: false });
const InvitationPreviewSchema = Type.Object(
  {
    email: Type.String(),
    role: RoleSchema,
    enterprise: Type.Union([Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }), Type.Null()]),
    expiresAt: Type.String(),
    mfaRequired: Type.Boolean({ description: 'Municipal roles set up an authenticator at the first sign-in' }),
  },
  { additionalProperties: false },
);
const AcceptInvitationSchema = Type.Object(
  { token: TokenSchema, name: Type.String({ minLength: 2, maxLength: 120 }), password: NewPasswordSchema },
  { additionalProperties: false },
);
const AcceptedInvitationSchema = Type.Object(
  { user: UserSchema, mfaEnrolmentRequired: Type.Boolean() },
  { additionalProperties: false },
);

function invitationQuery(db: Kysely<Database>) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .innerJoin('users as by', 'by.id', 'i.invited_by')
    .select([
      'i.id',
      'i.email',
      'i.role',
      'i.enterprise_id',
      'i.created_at',
      'i.expires_at',
      'i.accepted_at',
      'i.revoked_at',
      'i.invited_by',
      'by.name as invited_by_name',
      'e.slug as enterprise_slug',
      'e.legal_name as enterprise_legal_name',
      'e.trade_name as enterprise_trade_name',
    ]);
}
type InvitationRow = Awaited<ReturnType<ReturnType<typeof invitationQuery>['executeTakeFirstOrThrow']>>;

function statusOf(row: { accepted_at: string | null; revoked_at: string | null; expires_at: string }, now = new Date().toISOString()) {
  if (row.accepted_at) return 'accepted' as const;
  if (row.revoked_at) return 'revoked' as const;
  if (row.expires_at <= now) return 'expired' as const;
  return 'pending' as const;
}

function toDto(row: InvitationRow): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    enterprise:
      row.enterprise_id && row.enterprise_slug
        ? { id: row.enterprise_id, slug: row.enterprise_slug, name: row.enterprise_trade_name ?? row.enterprise_legal_name ?? '' }
        : null,
    invitedBy: { id: row.invited_by, name: row.invited_by_name },
    status: statusOf(row),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

/**
 * Invitations (issue 4): admins invite anyone, staff invite enterprise people, managers
 * invite members to their own enterprise. The invitee gets a one-time link, valid 7 days.
 * Mounted at /api/v1/invitations.
 */
const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const rateLimit = authRateLimit(app);

  app.post(
    '/',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Invite someone by e-mail',
        description: 'A pending invitation to the same address is replaced (the old link stops working).',
        body: CreateInvitationSchema,
        response: { 201: InvitationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
      preHandler: requireRole('admin', 'staff', 'enterprise_manager'),
    },
    async (request, reply) => {
      const me = request.user!;
      const { role } = request.body;
      const email = normaliseEmail(request.body.email);
      const isEnterpriseRole = ENTERPRISE_ROLES.includes(role);
      let enterpriseId = request.body.enterpriseId ?? null;
      if (isEnterpriseRole && !enterpriseId && me.role === 'enterprise_manager') enterpriseId = me.enterpriseId;
      if (isEnterpriseRole && !enterpriseId) throw new InvalidParameterProblem('enterpriseId', `is required for the role ${role}`, 'body');
      if (!isEnterpriseRole && enterpriseId) throw new InvalidParameterProblem('enterpriseId', `must be empty for the role ${role}`, 'body');
      enforce(request, 'invitation.create', { enterpriseId, role }, 'Enterprise');
      const enterprise = enterpriseId
        ? await app.db.selectFrom('enterprises').select(['id', 'legal_name', 'trade_name']).where('id', '=', enterpriseId).executeTakeFirst()
        : null;
      if (enterpriseId && !enterprise) throw new InvalidParameterProblem('enterpriseId', 'is not a known enterprise', 'body');
      if (await findUserByEmail(app.db, email)) {
        throw new HttpProblem(409, 'email_in_use', 'Already has an account', 'This address already has an account.', {
          invalidParams: [{ name: 'email', reason: 'already has an account', in: 'body' }],
        });
      }
      const token = randomToken();
      const id = randomUUID();
      const now = new Date();
      const expiresAt = minutesFrom(now, INVITATION_DAYS * 24 * 60);
      const locale = request.body.locale ?? 'el';
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('invitations')
          .set({ revoked_at: now.toISOString() })
          .where('email', '=', email)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .execute();
        await trx
          .insertInto('invitations')
          .values({
            id,
            token_hash: hashToken(token),
            email,
            role,
            enterprise_id: enterpriseId,
            invited_by: me.id,
            locale,
            created_at: now.toISOString(),
            expires_at: expiresAt,
            accepted_at: null,
            accepted_user_id: null,
            revoked_at: null,
          })
          .execute();
        await recordAudit(trx, actorOf(request), {
          action: 'invitation.created',
          objectType: 'invitation',
          objectId: id,
          details: { email, role, enterpriseId },
        });
      });
      const link = `${app.config.publicOrigin}/admin/invitation#token=${token}`;
      await app.accounts.mailer.queue({
        kind: 'invitation',
        to: email,
        ...invitationMail(locale, {
          link,
          inviterName: me.name,
          role,
          enterpriseName: enterprise ? (enterprise.trade_name ?? enterprise.legal_name) : null,
          expiresAt,
        }),
      });
      const row = await invitationQuery(app.db).where('i.id', '=', id).executeTakeFirstOrThrow();
      return reply.code(201).send(toDto(row));
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Invitations I can see (a manager: their own enterprise only)',
        querystring: InvitationListQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(InvitationSchema) }, { additionalProperties: false }), ...problemResponses(400, 401, 403) },
      },
      preHandler: requireRole('admin', 'staff', 'enterprise_manager'),
    },
    async (request) => {
      const me = request.user!;
      let query = invitationQuery(app.db);
      if (me.role === 'enterprise_manager') query = query.where('i.enterprise_id', '=', me.enterpriseId!);
      else if (me.role === 'staff') query = query.where('i.enterprise_id', 'is not', null);
      const rows = await query.orderBy('i.created_at', 'desc').limit(500).execute();
      const status = request.query.status ?? 'pending';
      const items = rows.map(toDto).filter((i) => status === 'all' || i.status === status);
      return { items };
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Withdraw a pending invitation (its link stops working)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) },
      },
      preHandler: requireRole('admin', 'staff', 'enterprise_manager'),
    },
    async (request, reply) => {
      const row = await app.db.selectFrom('invitations').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!row) throw new NotFoundProblem('Invitation');
      enforce(request, 'invitation.revoke', { enterpriseId: row.enterprise_id, role: row.role }, 'Invitation');
      if (row.accepted_at) throw new HttpProblem(409, 'invitation_accepted', 'Already accepted', 'This invitation has been accepted; deactivate the account instead.');
      if (!row.revoked_at) {
        await app.db.transaction().execute(async (trx) => {
          await trx.updateTable('invitations').set({ revoked_at: new Date().toISOString() }).where('id', '=', row.id).execute();
          await recordAudit(trx, actorOf(request), { action: 'invitation.revoked', objectType: 'invitation', objectId: row.id, details: { email: row.email } });
        });
      }
      return reply.code(204).send(null);
    },
  );

  async function usableInvitation(token: string) {
    const row = await app.db
      .selectFrom('invitations as i')
      .leftJoin('enterprises as e', 'e.id', 'i.enterprise_id')
      .select(['i.id', 'i.email', 'i.role', 'i.enterprise_id', 'i.expires_at', 'i.accepted_at', 'i.revoked_at', 'i.locale', 'e.slug', 'e.legal_name', 'e.trade_name'])
      .where('i.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!row || row.revoked_at) throw tokenProblem('invalid', 'invitation');
    if (row.accepted_at) throw tokenProblem('used', 'invitation');
    if (row.expires_at <= new Date().toISOString()) throw tokenProblem('expired', 'invitation');
    return row;
  }

  app.post(
    '/preview',
    {
      schema: {
        tags: ['accounts'],
        summary: 'What an invitation link is for (address, role, enterprise), before accepting it',
        body: TokenBodySchema,
        response: { 200: InvitationPreviewSchema, ...problemResponses(400, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request) => {
      const row = await usableInvitation(request.body.token);
      return {
        email: row.email,
        role: row.role,
        enterprise: row.enterprise_id && row.slug ? { id: row.enterprise_id, slug: row.slug, name: row.trade_name ?? row.legal_name ?? '' } : null,
        expiresAt: row.expires_at,
        mfaRequired: row.role === 'admin' || row.role === 'staff',
      };
    },
  );

  app.post(
    '/accept',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation: choose a name and password; the account is created',
        body: AcceptInvitationSchema,
        response: { 201: AcceptedInvitationSchema, ...problemResponses(400, 409, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => {
      const row = await usableInvitation(request.body.token);
      assertAcceptablePassword(request, request.body.password, row.email, 'password');
      if (await findUserByEmail(app.db, row.email)) {
        throw new HttpProblem(409, 'email_in_use', 'Already has an account', 'This address already has an account: sign in instead.');
      }
      const passwordHash = await hashPassword(request.body.password);
      const now = new Date().toISOString();
      const userId = await app.db.transaction().execute(async (trx) => {
        const marked = await trx
          .updateTable('invitations')
          .set({ accepted_at: now })
          .where('id', '=', row.id)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(marked.numUpdatedRows) !== 1) throw tokenProblem('used', 'invitation');
        const id = await insertUser(trx, {
          email: row.email,
          name: request.body.name,
          role: row.role,
          enterpriseId: row.enterprise_id,
          passwordHash,
          locale: row.locale === 'en' ? 'en' : 'el',
        });
        await trx.updateTable('invitations').set({ accepted_user_id: id }).where('id', '=', row.id).execute();
        const actor = { userId: id, email: row.email, ip: request.ip };
        await recordAudit(trx, actor, { action: 'invitation.accepted', objectType: 'invitation', objectId: row.id });
        await recordAudit(trx, actor, { action: 'user.created', objectType: 'user', objectId: id, details: { role: row.role, enterpriseId: row.enterprise_id } });
        return id;
      });
      return reply.code(201).send({ user: (await getUserView(app.db, userId))!, mfaEnrolmentRequired: row.role === 'admin' || row.role === 'staff' });
    },
  );
};

export default invitationRoutes;
