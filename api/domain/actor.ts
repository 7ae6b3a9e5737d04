import type { AuthUser } from './authorization.ts';
import type { Lang } from './languages.ts';

/**
 * Who asks a service to do something: the signed-in user (or nobody: a sign-in attempt,
 * a token link, the public), where from, and the language they read. Services get this,
 * never an HTTP request.
 */
export interface Actor {
  user: AuthUser | null;
  ip: string | null;
  userAgent: string | null;
  lang: Lang;
}

/** Who acted, as the audit log records it (the user, or nobody with the address tried). */
export interface AuditActor {
  userId: string | null;
  email: string | null;
  ip: string | null;
}

/** Who made a change, as the field history records it (the audit log keeps ip and e-mail as well). */
export interface HistoryActor {
  userId: string | null;
  name: string | null;
}

export function auditActorOf(actor: Actor): AuditActor {
  return { userId: actor.user?.id ?? null, email: actor.user?.email ?? null, ip: actor.ip };
}

export function historyActorOf(actor: Actor): HistoryActor {
  return { userId: actor.user?.id ?? null, name: actor.user?.name ?? null };
}
