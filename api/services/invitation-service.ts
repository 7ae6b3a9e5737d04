import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hashPassword } from '../accounts/password-hashing.ts';
import { hashToken, minutesFrom, randomToken } from '../accounts/tokens.ts';
import { auditActorOf, type Actor } from '../domain/actor.ts';
import { authorize, ENTERPRISE_ROLES, type Role } from '../domain/authorization.ts';
import { ConflictError, NotFoundError, invalidParameter } from '../domain/errors.ts';
import type { Lang } from '../domain/languages.ts';
import { msg } from '../domain/messages/index.ts';
import type { Mailer } from '../mail/mailer.ts';
import { invitationMail, invitedAgainMail } from '../mail/templates.ts';
import { recordAudit } from '../repositories/audit-log.ts';
import { enterpriseNames, enterpriseRef } from '../repositories/enterprises.ts';
import {
  findInvitationByToken,
  findInvitationRecord,
  getInvitation,
  insertInvitation,
  listInvitations,
  markAccepted,
  revokeInvitation,
  pendingFor,
  setAcceptedUser,
  type InvitationRow,
} from '../repositories/invitations.ts';
import { findUserByEmail, getUserView, insertUser, normaliseEmail } from '../repositories/users.ts';
import { enforce } from './authorize.ts';
import type { Clock, Site } from './logger.ts';
import { tokenProblem } from './one-time-links.ts';
import { assertAcceptablePassword } from './password-policy.ts';

/** Issue 4: an invitation link works once and for 7 days. */
const INVITATION_DAYS = 7;

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  enterprise: { id: string; slug: string; name: string } | null;
  invitedBy: { id: string; name: string };
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

function statusOf(
  row: { accepted_at: string | null; revoked_at: string | null; expires_at: string },
  now: string,
): InvitationStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  if (row.expires_at <= now) return 'expired';
  return 'pending';
}

function toView(row: InvitationRow, now: string): InvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    enterprise: enterpriseRef(row),
    invitedBy: { id: row.invited_by, name: row.invited_by_name },
    status: statusOf(row, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

const isMunicipalRole = (role: Role) => role === 'admin' || role === 'staff';

export interface InvitationServiceDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  /** Where people reach the site (links in mails, HSDS URLs); read at each use, as operators may change it. */
  site: Site;
  clock: Clock;
}

/**
 * Invitations (issue 4): admins invite anyone, staff invite enterprise people, managers
 * invite members to their own enterprise. The invitee gets a one-time link, valid 7 days.
 */
export function createInvitationService({ db, mailer, site, clock }: InvitationServiceDeps) {
  async function usableInvitation(token: string) {
    const row = await findInvitationByToken(db, hashToken(token));
    if (!row || row.revoked_at) throw tokenProblem('invalid', 'invitation');
    if (row.accepted_at) throw tokenProblem('used', 'invitation');
    if (row.expires_at <= clock().toISOString()) throw tokenProblem('expired', 'invitation');
    return row;
  }

  return {
    /** Invites an address; a pending invitation to it is replaced (the old link stops working). */
    async create(
      actor: Actor,
      input: { email: string; role: Role; enterpriseId?: string; locale?: Lang },
    ): Promise<InvitationView> {
      const me = actor.user!;
      const { role } = input;
      const email = normaliseEmail(input.email);
      const isEnterpriseRole = ENTERPRISE_ROLES.includes(role);
      let enterpriseId = input.enterpriseId ?? null;
      if (isEnterpriseRole && !enterpriseId && me.role === 'enterprise_manager') enterpriseId = me.enterpriseId;
      if (isEnterpriseRole && !enterpriseId)
        throw invalidParameter('enterpriseId', msg('users.enterprise_required', { role }), 'body');
      if (!isEnterpriseRole && enterpriseId)
        throw invalidParameter('enterpriseId', msg('users.enterprise_not_allowed', { role }), 'body');
      enforce(actor, 'invitation.create', { enterpriseId, role }, 'enterprise');
      const enterprise = enterpriseId ? await enterpriseNames(db, enterpriseId) : null;
      if (enterpriseId && !enterprise) throw invalidParameter('enterpriseId', msg('users.unknown_enterprise'), 'body');
      // Issue 15, item 6: say «already has an account» only to someone who may see that
      // account; anyone else gets the answer a new address gets, and the owner hears of it.
      const existing = await findUserByEmail(db, email);
      if (
        existing &&
        authorize(me, 'user.read', { enterpriseId: existing.enterprise_id, userId: existing.id }) === 'allow'
      ) {
        throw new ConflictError(
          'email_in_use',
          msg('invitations.email_in_use.title'),
          msg('invitations.email_in_use.detail'),
          {
            invalidParams: [{ name: 'email', reason: msg('invitations.email_in_use.reason'), in: 'body' }],
          },
        );
      }
      const token = randomToken();
      const id = randomUUID();
      const now = clock();
      const expiresAt = minutesFrom(now, INVITATION_DAYS * 24 * 60);
      const locale = input.locale ?? 'el';
      await db.transaction().execute(async (trx) => {
        // Replaces only the pending invitations the caller could revoke (a manager never
        // cancels the admin's staff invitation to the same address).
        const replaced = (await pendingFor(trx, email)).filter(
          (p) => authorize(me, 'invitation.revoke', { enterpriseId: p.enterprise_id, role: p.role }) === 'allow',
        );
        for (const old of replaced) {
          await revokeInvitation(trx, old.id, now.toISOString());
          await recordAudit(trx, auditActorOf(actor), {
            action: 'invitation.revoked',
            objectType: 'invitation',
            objectId: old.id,
            details: { email, replacedBy: id },
          });
        }
        await insertInvitation(trx, {
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
        });
        await recordAudit(trx, auditActorOf(actor), {
          action: 'invitation.created',
          objectType: 'invitation',
          objectId: id,
          details: { email, role, enterpriseId, existingAccount: existing ? true : undefined },
        });
      });
      const enterpriseName = enterprise ? (enterprise.trade_name ?? enterprise.legal_name) : null;
      if (existing) {
        // The link is never sent: the address already has an account, and accepting would be refused anyway.
        await mailer.queue({
          kind: 'invitation_existing_account',
          to: email,
          ...invitedAgainMail(existing.locale === 'en' ? 'en' : 'el', { inviterName: me.name, role, enterpriseName }),
        });
      } else {
        await mailer.queue({
          kind: 'invitation',
          to: email,
          ...invitationMail(locale, {
            link: `${site.publicOrigin}/admin/invitation#token=${token}`,
            inviterName: me.name,
            role,
            enterpriseName,
            expiresAt,
          }),
        });
      }
      return toView((await getInvitation(db, id))!, clock().toISOString());
    },

    /** Invitations the user can see (a manager: their own enterprise's; staff: enterprise people). */
    async list(actor: Actor, status: InvitationStatus | 'all'): Promise<InvitationView[]> {
      const me = actor.user!;
      const scope =
        me.role === 'enterprise_manager'
          ? { enterpriseId: me.enterpriseId! }
          : me.role === 'staff'
            ? { enterpriseId: null }
            : {};
      const now = clock().toISOString();
      return (await listInvitations(db, scope))
        .map((row) => toView(row, now))
        .filter((i) => status === 'all' || i.status === status);
    },

    /** Withdraws a pending invitation (its link stops working). */
    async revoke(actor: Actor, id: string): Promise<void> {
      const row = await findInvitationRecord(db, id);
      if (!row) throw new NotFoundError('invitation');
      enforce(actor, 'invitation.revoke', { enterpriseId: row.enterprise_id, role: row.role }, 'invitation');
      if (row.accepted_at)
        throw new ConflictError(
          'invitation_accepted',
          msg('invitations.accepted.title'),
          msg('invitations.accepted.detail'),
        );
      if (row.revoked_at) return;
      await db.transaction().execute(async (trx) => {
        await revokeInvitation(trx, row.id, clock().toISOString());
        await recordAudit(trx, auditActorOf(actor), {
          action: 'invitation.revoked',
          objectType: 'invitation',
          objectId: row.id,
          details: { email: row.email },
        });
      });
    },

    /** What a link is for, before accepting it. */
    async preview(token: string) {
      const row = await usableInvitation(token);
      return {
        email: row.email,
        role: row.role,
        enterprise:
          row.enterprise_id && row.slug
            ? { id: row.enterprise_id, slug: row.slug, name: row.trade_name ?? row.legal_name ?? '' }
            : null,
        expiresAt: row.expires_at,
        mfaRequired: isMunicipalRole(row.role),
      };
    },

    /** Creates the account with the chosen name and password. */
    async accept(actor: Actor, input: { token: string; name: string; password: string }) {
      const row = await usableInvitation(input.token);
      assertAcceptablePassword(input.password, row.email, 'password');
      if (await findUserByEmail(db, row.email)) {
        throw new ConflictError(
          'email_in_use',
          msg('invitations.email_in_use.title'),
          msg('invitations.email_in_use.sign_in'),
        );
      }
      const passwordHash = await hashPassword(input.password);
      const now = clock().toISOString();
      const userId = await db.transaction().execute(async (trx) => {
        if (!(await markAccepted(trx, row.id, now))) throw tokenProblem('used', 'invitation');
        const id = await insertUser(trx, {
          email: row.email,
          name: input.name,
          role: row.role,
          enterpriseId: row.enterprise_id,
          passwordHash,
          locale: row.locale === 'en' ? 'en' : 'el',
        });
        await setAcceptedUser(trx, row.id, id);
        const auditActor = { userId: id, email: row.email, ip: actor.ip };
        await recordAudit(trx, auditActor, {
          action: 'invitation.accepted',
          objectType: 'invitation',
          objectId: row.id,
        });
        await recordAudit(trx, auditActor, {
          action: 'user.created',
          objectType: 'user',
          objectId: id,
          details: { role: row.role, enterpriseId: row.enterprise_id },
        });
        return id;
      });
      return { user: (await getUserView(db, userId))!, mfaEnrolmentRequired: isMunicipalRole(row.role) };
    },
  };
}
