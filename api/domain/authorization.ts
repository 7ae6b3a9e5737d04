/**
 * Who may do what to which object (issue 4, scope 1). Pure: no Fastify, no database.
 * Every mutating route asks `authorize()` (or `can()`) about the object it is about to
 * change. Enterprise users never learn that another enterprise's objects exist: for
 * those the decision is `not_found` (the API answers 404), for everything else that is
 * not allowed it is `forbidden` (403).
 *
 * Other features add their actions to ACTIONS below; keep each rule one readable line.
 */

export type Role = 'admin' | 'staff' | 'enterprise_manager' | 'enterprise_member';
export const ROLES: readonly Role[] = ['admin', 'staff', 'enterprise_manager', 'enterprise_member'];
export const ENTERPRISE_ROLES: readonly Role[] = ['enterprise_manager', 'enterprise_member'];

/** A deactivated account cannot sign in; it is kept for the audit trail. */
export const USER_STATUSES = ['active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** The signed-in user as every route sees it (request.user). */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  enterpriseId: string | null;
}

/**
 * What an object looks like to the rules: which enterprise it belongs to (null = the
 * municipality's own, e.g. a staff account), and for people and invitations their role
 * and id.
 */
export interface ObjectScope {
  enterpriseId: string | null;
  role?: Role;
  userId?: string;
}

export type Decision = 'allow' | 'forbidden' | 'not_found';

export type Action =
  | 'user.list'
  | 'user.read'
  | 'user.deactivate'
  | 'user.reactivate'
  | 'user.reset_mfa'
  | 'user.end_sessions'
  | 'invitation.list'
  | 'invitation.create'
  | 'invitation.revoke'
  | 'mail_outbox.read'
  | 'audit_log.read'
  | 'enterprise.read_private'
  | 'enterprise.update'
  // Staff register enterprises and decide what the public sees (issue 16).
  | 'enterprise.create'
  | 'enterprise.publish'
  // Self-service and moderation (issue 5).
  | 'enterprise.propose_change'
  | 'enterprise.verify'
  | 'enterprise.read_history'
  | 'change_request.read'
  | 'change_request.review'
  | 'document.read'
  | 'document.write'
  | 'compliance.read';

export function isMunicipal(user: AuthUser): boolean {
  return user.role === 'admin' || user.role === 'staff';
}

function ownEnterprise(user: AuthUser, object: ObjectScope): boolean {
  return user.enterpriseId !== null && object.enterpriseId === user.enterpriseId;
}

type Rule = (user: AuthUser, object: ObjectScope) => boolean;

/**
 * For each action: may this user do it to an object they can see? Visibility (the 404
 * rule for enterprise users) is decided first, in authorize().
 */
const RULES: Record<Action, Rule> = {
  // Staff read everyone; a manager reads their own enterprise's people.
  'user.list': (u) => isMunicipal(u) || u.role === 'enterprise_manager',
  'user.read': (u, o) =>
    isMunicipal(u) || (u.role === 'enterprise_manager' && ownEnterprise(u, o)) || o.userId === u.id,
  // Admins manage every account except their own (no self-lockout); a manager manages the
  // members (not other managers) of their own enterprise.
  'user.deactivate': (u, o) => manages(u, o),
  'user.reactivate': (u, o) => manages(u, o),
  'user.end_sessions': (u, o) => manages(u, o),
  // Resetting a second factor hands the account to whoever holds the password: admins only.
  'user.reset_mfa': (u, o) => u.role === 'admin' && o.userId !== u.id,
  'invitation.list': (u) => isMunicipal(u) || u.role === 'enterprise_manager',
  // Admins invite anyone; staff invite enterprise people (DESIGN §1: staff invite enterprises);
  // managers invite members to their own enterprise only.
  'invitation.create': (u, o) =>
    u.role === 'admin' ||
    (u.role === 'staff' && o.enterpriseId !== null) ||
    (u.role === 'enterprise_manager' && ownEnterprise(u, o) && o.role === 'enterprise_member'),
  'invitation.revoke': (u, o) =>
    u.role === 'admin' ||
    (u.role === 'staff' && o.enterpriseId !== null) ||
    (u.role === 'enterprise_manager' && ownEnterprise(u, o) && o.role === 'enterprise_member'),
  'mail_outbox.read': (u) => u.role === 'admin',
  'audit_log.read': (u) => u.role === 'admin',
  'enterprise.read_private': (u, o) => isMunicipal(u) || ownEnterprise(u, o),
  'enterprise.update': (u, o) => isMunicipal(u) || ownEnterprise(u, o),
  'enterprise.create': (u) => isMunicipal(u),
  'enterprise.publish': (u) => isMunicipal(u),
  // Enterprises propose (moderated); staff edit directly and review proposals.
  'enterprise.propose_change': (u, o) => !isMunicipal(u) && ownEnterprise(u, o),
  'enterprise.verify': (u) => isMunicipal(u),
  'enterprise.read_history': (u) => isMunicipal(u),
  'change_request.read': (u, o) => isMunicipal(u) || ownEnterprise(u, o),
  'change_request.review': (u) => isMunicipal(u),
  'document.read': (u, o) => isMunicipal(u) || ownEnterprise(u, o),
  'document.write': (u, o) => isMunicipal(u) || ownEnterprise(u, o),
  'compliance.read': (u) => isMunicipal(u),
};

function manages(user: AuthUser, object: ObjectScope): boolean {
  if (object.userId === user.id) return false;
  if (user.role === 'admin') return true;
  return user.role === 'enterprise_manager' && ownEnterprise(user, object) && object.role === 'enterprise_member';
}

/**
 * Actions that are about no particular object (lists, creating). For these an enterprise
 * user's foreign object is still hidden: `invitation.create` for another enterprise → 404.
 */
export function authorize(
  user: AuthUser | null,
  action: Action,
  object: ObjectScope = { enterpriseId: null },
): Decision {
  if (!user) return 'forbidden';
  if (!isMunicipal(user)) {
    // An enterprise user sees their own enterprise's objects and their own account, nothing else.
    const visible = ownEnterprise(user, object) || (object.userId !== undefined && object.userId === user.id);
    const aboutNoObject = action === 'user.list' || action === 'invitation.list';
    if (!visible && !aboutNoObject) return 'not_found';
  }
  return RULES[action](user, object) ? 'allow' : 'forbidden';
}

/** True when the user may do `action` to `object`. */
export function can(user: AuthUser | null, action: Action, object: ObjectScope = { enterpriseId: null }): boolean {
  return authorize(user, action, object) === 'allow';
}
