import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Who acted: the signed-in user, or nobody (a failed sign-in, a token link) with the address tried. */
export interface AuditActor {
  userId: string | null;
  email: string | null;
  ip: string | null;
}

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

/**
 * Appends to the audit log (DESIGN §7: every change lands in it). Call it inside the
 * transaction that makes the change so that the log and the data never disagree.
 */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      occurred_at: new Date().toISOString(),
      actor_user_id: actor.userId,
      actor_email: actor.email,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId,
      ip: actor.ip,
      details: JSON.stringify(scrub(entry.details ?? {})),
    })
    .execute();
}
