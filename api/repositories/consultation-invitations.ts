import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RotationHistory } from '../domain/consultations/rotation.ts';

/**
 * The enterprises a request for quotes was sent to (issue 13): invitations, declines, the
 * invitation mails sent, and the rotation history (requests and awards of the last 12
 * months) the invite list shows. Times come from the caller (the services' clock).
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface InvitationRecord {
  enterpriseId: string;
  enterpriseName: string;
  enterpriseSlug: string;
  invitedAt: string;
  notifiedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
}

export async function addInvitations(
  trx: Db,
  consultationId: string,
  enterpriseIds: string[],
  by: string | null,
  at: string,
): Promise<void> {
  if (enterpriseIds.length === 0) return;
  await trx
    .insertInto('consultation_invitations')
    .values(
      enterpriseIds.map((enterprise_id) => ({
        consultation_id: consultationId,
        enterprise_id,
        invited_at: at,
        invited_by: by,
      })),
    )
    .onConflict((oc) => oc.columns(['consultation_id', 'enterprise_id']).doNothing())
    .execute();
}

export async function listInvitations(db: Db, consultationId: string): Promise<InvitationRecord[]> {
  const rows = await db
    .selectFrom('consultation_invitations as i')
    .innerJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .select((eb) => [
      'i.enterprise_id',
      'i.invited_at',
      'i.notified_at',
      'i.declined_at',
      'i.decline_reason',
      'e.slug',
      eb.fn.coalesce('e.trade_name', 'e.legal_name').as('name'),
    ])
    .where('i.consultation_id', '=', consultationId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    enterpriseId: r.enterprise_id,
    enterpriseName: r.name,
    enterpriseSlug: r.slug,
    invitedAt: r.invited_at,
    notifiedAt: r.notified_at,
    declinedAt: r.declined_at,
    declineReason: r.decline_reason,
  }));
}

export async function findInvitation(db: Db, consultationId: string, enterpriseId: string) {
  return db
    .selectFrom('consultation_invitations')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

/** After the invitation mails went out (publishing, or an invitee added while open). */
export async function markInvitationsNotified(
  db: Db,
  consultationId: string,
  enterpriseIds: string[],
  at: string,
): Promise<void> {
  if (enterpriseIds.length === 0) return;
  await db
    .updateTable('consultation_invitations')
    .set({ notified_at: at })
    .where('consultation_id', '=', consultationId)
    .where('enterprise_id', 'in', enterpriseIds)
    .execute();
}

/** Records "we do not take part" (an invited enterprise), or clears it (null) when it offers after all. */
export async function setDeclined(
  db: Db,
  consultationId: string,
  enterpriseId: string,
  decline: { at: string; by: string | null; reason: string | null } | null,
): Promise<boolean> {
  const result = await db
    .updateTable('consultation_invitations')
    .set({
      declined_at: decline?.at ?? null,
      declined_by: decline?.by ?? null,
      decline_reason: decline?.reason ?? null,
    })
    .where('consultation_id', '=', consultationId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- Rotation ------------------------------------------------------------------------------

/**
 * The raw history behind the rotation facts (domain/consultations/rotation.ts) of these
 * enterprises since `fromDate` (YYYY-MM-DD, a day earlier is harmless: the domain filters):
 * the published requests they were asked to, and the contracts awarded to them.
 */
export async function rotationHistory(db: Db, enterpriseIds: string[], fromDate: string): Promise<RotationHistory> {
  if (enterpriseIds.length === 0) return { requests: [], awards: [] };
  const requests = await db
    .selectFrom('consultation_invitations as i')
    .innerJoin('consultations as c', 'c.id', 'i.consultation_id')
    .select(['i.enterprise_id', 'i.consultation_id', 'i.invited_at', 'c.published_at'])
    .where('i.enterprise_id', 'in', enterpriseIds)
    .where('c.published_at', 'is not', null)
    .where((eb) => eb.or([eb('c.published_at', '>=', fromDate), eb('i.invited_at', '>=', fromDate)]))
    .execute();
  const awards = await db
    .selectFrom('contracts')
    .select(['enterprise_id', 'awarded_on', 'value_net_cents'])
    .where('enterprise_id', 'in', enterpriseIds)
    .where('awarded_on', '>=', fromDate)
    .execute();
  return {
    // Asked when the enterprise could first see it: the later of the invitation and the publication.
    requests: requests.map((r) => ({
      enterpriseId: r.enterprise_id,
      consultationId: r.consultation_id,
      askedAt: r.invited_at > r.published_at! ? r.invited_at : r.published_at!,
    })),
    awards: awards.map((a) => ({
      enterpriseId: a.enterprise_id,
      awardedOn: a.awarded_on,
      valueNetCents: a.value_net_cents,
    })),
  };
}

/** The active people of these enterprises, with the language each reads (for the invitation and outcome mails). */
export async function peopleOfEnterprises(db: Db, enterpriseIds: string[]) {
  if (enterpriseIds.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale', 'enterprise_id'])
    .where('enterprise_id', 'in', enterpriseIds)
    .where('status', '=', 'active')
    .where('role', 'in', ['enterprise_manager', 'enterprise_member'])
    .orderBy('email')
    .execute();
}

/** Enterprise id → the name people know it by (trade name, else legal name). */
export async function enterpriseDisplayNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('enterprises')
    .select((eb) => ['id', eb.fn.coalesce('trade_name', 'legal_name').as('name')])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
