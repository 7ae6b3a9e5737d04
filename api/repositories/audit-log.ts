import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AuditLogTable, Database } from '../../db/schema.ts';
import type { AuditActor } from '../domain/actor.ts';

export type { AuditActor };

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string | null;
  /** Context for a reader of the log. NEVER a password, token, TOTP or recovery code. */
  details?: Record<string, unknown>;
}

// Keys that must never reach the log even if a caller passes them by mistake (ASVS V16.2.5).
const SECRET_KEYS = /pass|token|secret|code|otp|cookie|csrf|hash/i;

function scrub(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    out[key] = SECRET_KEYS.test(key) ? '[redacted]' : value;
  }
  return out;
}

/** The row an entry becomes (also for bulk writers that insert rows themselves). */
export function auditRow(
  actor: AuditActor,
  entry: AuditEntry,
  at: string = new Date().toISOString(),
): Insertable<AuditLogTable> {
  return {
    occurred_at: at,
    actor_user_id: actor.userId,
    actor_email: actor.email,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId,
    ip: actor.ip,
    details: JSON.stringify(scrub(entry.details ?? {})),
  };
}

/**
 * Appends to the audit log (DESIGN §7: every change lands in it). Call it inside the
 * transaction that makes the change so that the log and the data never disagree.
 */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(actor, entry)).execute();
}

/** Whether the user completed a sign-in from this address before (the sign-in throttle exempts such addresses from the per-account delay). */
export async function hasSignedInFrom(db: Kysely<Database>, userId: string, ip: string): Promise<boolean> {
  const row = await db
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'auth.login')
    .where('actor_user_id', '=', userId)
    .where('ip', '=', ip)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
