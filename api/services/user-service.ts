import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditActorOf, type Actor } from '../domain/actor.ts';
import { ENTERPRISE_ROLES, type Action, type Role, type UserStatus } from '../domain/authorization.ts';
import { ConflictError, NotFoundError, invalidParameter } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { recordAudit } from '../repositories/audit-log.ts';
import { enterpriseExists, listEnterpriseOptions } from '../repositories/enterprises.ts';
import type { SessionStore } from '../repositories/sqlite/session-store.ts';
import {
  countOtherActiveAdmins,
  findUserById,
  getUserView,
  listUserViews,
  removeSecondFactor,
  setRole,
  setStatus,
  type UserView,
} from '../repositories/users.ts';
import { enforce } from './authorize.ts';
import type { Clock } from './logger.ts';

export interface UserServiceDeps {
  db: Kysely<Database>;
  sessions: SessionStore;
  clock: Clock;
}

/**
 * People (issue 4): staff see everyone, a manager their own enterprise's people; admins
 * deactivate, reactivate, reset the second factor and end sessions of any account, a
 * manager of their enterprise's members.
 */
export function createUserService({ db, sessions, clock }: UserServiceDeps) {
  async function loadTarget(actor: Actor, id: string, action: Action) {
    const target = await findUserById(db, id);
    if (!target) throw new NotFoundError('user');
    enforce(actor, action, { enterpriseId: target.enterprise_id, role: target.role, userId: target.id }, 'user');
    return target;
  }

  const view = async (id: string): Promise<UserView> => (await getUserView(db, id))!;

  /** Checks that an enterprise role has an enterprise and a municipal one has none. */
  async function checkEnterpriseForRole(role: Role, enterpriseId: string | null): Promise<void> {
    const isEnterpriseRole = ENTERPRISE_ROLES.includes(role);
    if (isEnterpriseRole && !enterpriseId)
      throw invalidParameter('enterpriseId', msg('users.enterprise_required', { role }), 'body');
    if (!isEnterpriseRole && enterpriseId)
      throw invalidParameter('enterpriseId', msg('users.enterprise_not_allowed', { role }), 'body');
    if (enterpriseId && !(await enterpriseExists(db, enterpriseId)))
      throw invalidParameter('enterpriseId', msg('users.unknown_enterprise'), 'body');
  }

  return {
    async list(
      actor: Actor,
      filter: { q?: string; role?: Role; status?: UserStatus; enterpriseId?: string },
    ): Promise<UserView[]> {
      enforce(actor, 'user.list', { enterpriseId: null }, 'users');
      const me = actor.user!;
      const enterpriseId = me.role === 'enterprise_manager' ? me.enterpriseId! : filter.enterpriseId;
      return listUserViews(db, { ...filter, enterpriseId });
    },

    /** Every enterprise, drafts and hidden ones too (invitations often precede publication), by name in Greek order. */
    async enterpriseOptions() {
      const items = (await listEnterpriseOptions(db)).map((row) => ({
        id: row.id,
        slug: row.slug,
        name: row.trade_name ?? row.legal_name,
        legalName: row.legal_name,
        afm: row.afm,
        status: row.status,
      }));
      items.sort((a, b) => a.name.localeCompare(b.name, 'el'));
      return items;
    },

    async get(actor: Actor, id: string): Promise<UserView> {
      await loadTarget(actor, id, 'user.read');
      return view(id);
    },

    /** New role and enterprise; the account's sessions end. The last active admin stays admin. */
    async changeRole(actor: Actor, id: string, input: { role: Role; enterpriseId: string | null }): Promise<UserView> {
      const target = await loadTarget(actor, id, 'user.read');
      const { role, enterpriseId } = input;
      await checkEnterpriseForRole(role, enterpriseId);
      if (target.role === role && target.enterprise_id === enterpriseId) return view(target.id);
      await db.transaction().execute(async (trx) => {
        // Counted inside the transaction, so two admins demoting each other cannot both succeed.
        if (
          target.role === 'admin' &&
          role !== 'admin' &&
          target.status === 'active' &&
          (await countOtherActiveAdmins(trx, target.id)) === 0
        ) {
          throw new ConflictError('last_admin', msg('users.last_admin.title'), msg('users.last_admin.detail'), {
            invalidParams: [{ name: 'role', reason: msg('users.last_admin.reason'), in: 'body' }],
          });
        }
        await setRole(trx, target.id, role, enterpriseId, clock().toISOString());
        await recordAudit(trx, auditActorOf(actor), {
          action: 'user.role_changed',
          objectType: 'user',
          objectId: target.id,
          details: {
            email: target.email,
            from: { role: target.role, enterpriseId: target.enterprise_id },
            to: { role, enterpriseId },
          },
        });
      });
      // New powers (or fewer) take effect at the next sign-in, with the second factor the new role needs.
      sessions.destroyAllForUser(target.id);
      return view(target.id);
    },

    /** Deactivates (sessions end) or reactivates an account. */
    async setStatus(actor: Actor, id: string, status: UserStatus): Promise<UserView> {
      const target = await loadTarget(actor, id, status === 'deactivated' ? 'user.deactivate' : 'user.reactivate');
      if (target.status !== status) {
        await db.transaction().execute(async (trx) => {
          await setStatus(trx, target.id, status, clock().toISOString());
          await recordAudit(trx, auditActorOf(actor), {
            action: `user.${status}`,
            objectType: 'user',
            objectId: target.id,
            details: { email: target.email },
          });
        });
        if (status === 'deactivated') sessions.destroyAllForUser(target.id);
      }
      return view(target.id);
    },

    /** Removes the second factor (lost phone): the person sets up a new one at the next sign-in. */
    async resetSecondFactor(actor: Actor, id: string): Promise<UserView> {
      const target = await loadTarget(actor, id, 'user.reset_mfa');
      await db.transaction().execute(async (trx) => {
        await removeSecondFactor(trx, target.id);
        await recordAudit(trx, auditActorOf(actor), {
          action: 'user.mfa_reset',
          objectType: 'user',
          objectId: target.id,
          details: { email: target.email },
        });
      });
      sessions.destroyAllForUser(target.id);
      return view(target.id);
    },

    async endSessions(actor: Actor, id: string): Promise<{ user: UserView; endedSessions: number }> {
      const target = await loadTarget(actor, id, 'user.end_sessions');
      const endedSessions = sessions.destroyAllForUser(target.id);
      await recordAudit(db, auditActorOf(actor), {
        action: 'user.sessions_ended',
        objectType: 'user',
        objectId: target.id,
        details: { email: target.email, endedSessions },
      });
      return { user: await view(target.id), endedSessions };
    },
  };
}
