import { sql, type Kysely, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type {
  ConsultationAttachmentsTable,
  ConsultationStatus,
  ConsultationsTable,
  Database,
} from '../../db/schema.ts';
import type { ConsultationDraft } from '../domain/consultations/consultation-input.ts';
import type { EvaluationRule } from '../domain/consultations/evaluation-rule.ts';
import { addInvitations } from './consultation-invitations.ts';

/**
 * Requests for quotes (issue 13): the request, its CPV codes and the call's attachments.
 * Invitations and the rotation history are in consultation-invitations.ts, offers,
 * evaluations and the award in consultation-offers.ts.
 * Every function takes the database (or the transaction) first and the time from the
 * caller (the services' clock). Portable SQL only. A repository never decides a rule:
 * the status and deadline checks are api/domain/consultations/; the `where status = …`
 * guards below only make a stale write miss (the caller answers 409/412).
 */

type Db = Kysely<Database> | Transaction<Database>;

/** A stored request: what staff wrote (the draft's fields) and what happened to it. */
export interface ConsultationRecord extends Omit<ConsultationDraft, 'deadline' | 'invitedEnterpriseIds'> {
  id: string;
  /** UTC ISO instant, or null in a draft without one. */
  deadline: string | null;
  status: ConsultationStatus;
  cancelReason: string | null;
  eligibilityNeed: unknown;
  lotOrder: string[] | null;
  lotNote: string | null;
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  closedAt: string | null;
  evaluatedAt: string | null;
  evaluatedBy: string | null;
  awardedAt: string | null;
  awardedBy: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
}

function toRecord(row: Selectable<ConsultationsTable>, cpvCodes: string[]): ConsultationRecord {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    cpvCodes,
    route: row.route,
    valueNetCents: row.value_net_cents,
    optionsValueNetCents: row.options_value_net_cents,
    placeAreaId: row.place_area_id,
    placeText: row.place_text,
    startDate: row.starts_on,
    durationMonths: row.duration_months,
    deadline: row.deadline_at,
    evaluation: JSON.parse(row.evaluation) as EvaluationRule,
    status: row.status,
    cancelReason: row.cancel_reason,
    department: row.department,
    openToAllEligible: row.open_to_all_eligible === 1,
    publicListing: row.public_listing === 1,
    eligibilityNeed: row.eligibility_need === null ? null : (JSON.parse(row.eligibility_need) as unknown),
    lotOrder: row.lot_order === null ? null : (JSON.parse(row.lot_order) as string[]),
    lotNote: row.lot_note,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    closedAt: row.closed_at,
    evaluatedAt: row.evaluated_at,
    evaluatedBy: row.evaluated_by,
    awardedAt: row.awarded_at,
    awardedBy: row.awarded_by,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
  };
}

async function cpvCodesOf(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('consultation_cpv_codes')
    .select(['consultation_id', 'cpv_code'])
    .where('consultation_id', 'in', ids)
    .orderBy('position')
    .execute();
  for (const row of rows) map.get(row.consultation_id)!.push(row.cpv_code);
  return map;
}

/** The draft's columns (what staff write). */
function draftColumns(draft: ConsultationDraft, eligibilityNeed: unknown) {
  return {
    title: draft.title,
    description: draft.description,
    route: draft.route,
    value_net_cents: draft.valueNetCents,
    options_value_net_cents: draft.optionsValueNetCents,
    place_area_id: draft.placeAreaId,
    place_text: draft.placeText,
    starts_on: draft.startDate,
    duration_months: draft.durationMonths,
    deadline_at: draft.deadline ? draft.deadline.toISOString() : null,
    evaluation: JSON.stringify(draft.evaluation),
    department: draft.department,
    open_to_all_eligible: draft.openToAllEligible ? 1 : 0,
    public_listing: draft.publicListing ? 1 : 0,
    eligibility_need:
      eligibilityNeed === undefined || eligibilityNeed === null ? null : JSON.stringify(eligibilityNeed),
  };
}

async function replaceCpvCodes(trx: Transaction<Database>, consultationId: string, codes: string[]): Promise<void> {
  await trx.deleteFrom('consultation_cpv_codes').where('consultation_id', '=', consultationId).execute();
  if (codes.length > 0)
    await trx
      .insertInto('consultation_cpv_codes')
      .values(codes.map((cpv_code, position) => ({ consultation_id: consultationId, cpv_code, position })))
      .execute();
}

/** A new draft with its CPV codes and invitees. `eligibilityNeed`: the search it came from (JSON-able), if any. */
export async function insertConsultation(
  trx: Transaction<Database>,
  values: { id: string; draft: ConsultationDraft; eligibilityNeed?: unknown; by: string | null; at: string },
): Promise<void> {
  await trx
    .insertInto('consultations')
    .values({
      id: values.id,
      ...draftColumns(values.draft, values.eligibilityNeed),
      created_at: values.at,
      created_by: values.by,
      updated_at: values.at,
    })
    .execute();
  await replaceCpvCodes(trx, values.id, values.draft.cpvCodes);
  await addInvitations(trx, values.id, values.draft.invitedEnterpriseIds, values.by, values.at);
}

/**
 * Rewrites a draft (only while it is a draft at `version`); invitees no longer listed are
 * dropped, those still listed keep their invitation date. False when the draft moved on.
 */
export async function updateConsultationDraft(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: { draft: ConsultationDraft; eligibilityNeed?: unknown; by: string | null; at: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('consultations')
    .set((eb) => ({
      ...draftColumns(values.draft, values.eligibilityNeed),
      updated_at: values.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await replaceCpvCodes(trx, id, values.draft.cpvCodes);
  let remove = trx.deleteFrom('consultation_invitations').where('consultation_id', '=', id);
  if (values.draft.invitedEnterpriseIds.length > 0)
    remove = remove.where('enterprise_id', 'not in', values.draft.invitedEnterpriseIds);
  await remove.execute();
  await addInvitations(trx, id, values.draft.invitedEnterpriseIds, values.by, values.at);
  return true;
}

export async function getConsultation(db: Db, id: string): Promise<ConsultationRecord | undefined> {
  const row = await db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toRecord(row, (await cpvCodesOf(db, [id])).get(id)!);
}

export interface ConsultationSummary extends ConsultationRecord {
  invitedCount: number;
  declinedCount: number;
  /** Standing (submitted, not withdrawn) offers: a number staff may see even while sealed. */
  standingOffers: number;
}

export interface ConsultationFilters {
  status?: ConsultationStatus[];
  department?: string;
  /** Words of the title. */
  q?: string;
}

/** Staff's list, newest first, with the counts only (never an offer's content). */
export async function listConsultations(
  db: Db,
  filters: ConsultationFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: ConsultationSummary[]; total: number }> {
  let query = db.selectFrom('consultations as c');
  if (filters.status && filters.status.length > 0) query = query.where('c.status', 'in', filters.status);
  if (filters.department) query = query.where('c.department', '=', filters.department);
  // Words of the title; LIKE wildcards typed by the user are matched literally.
  for (const word of (filters.q ?? '').split(/\s+/).filter(Boolean))
    query = query.where(sql<SqlBool>`c.title like ${`%${word.replace(/[%_\\]/g, (m) => `\\${m}`)}%`} escape '\\'`);
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('c')
    .select((eb) => [
      eb
        .selectFrom('consultation_invitations as i')
        .whereRef('i.consultation_id', '=', 'c.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('invited_count'),
      eb
        .selectFrom('consultation_invitations as i')
        .whereRef('i.consultation_id', '=', 'c.id')
        .where('i.declined_at', 'is not', null)
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('declined_count'),
      eb
        .selectFrom('consultation_offers as o')
        .whereRef('o.consultation_id', '=', 'c.id')
        .where('o.state', '=', 'submitted')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('standing_offers'),
    ])
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const codes = await cpvCodesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    rows: rows.map((r) => ({
      ...toRecord(r, codes.get(r.id)!),
      invitedCount: Number(r.invited_count),
      declinedCount: Number(r.declined_count),
      standingOffers: Number(r.standing_offers),
    })),
    total: Number(n),
  };
}

export interface EnterpriseConsultation {
  consultation: ConsultationRecord;
  /** Null for a request open to every eligible enterprise that did not invite this one by name. */
  invitation: { invitedAt: string; declinedAt: string | null } | null;
  /** The enterprise's own offer (state and version only; the figures through consultation-offers.ts). */
  offer: { id: string; state: 'submitted' | 'withdrawn'; version: number } | null;
}

/**
 * What an enterprise's people see in the app: published requests it was invited to, and
 * published requests open to all eligible enterprises (the service keeps those it is
 * eligible for). Never drafts.
 */
export async function listConsultationsForEnterprise(db: Db, enterpriseId: string): Promise<EnterpriseConsultation[]> {
  const rows = await db
    .selectFrom('consultations as c')
    .leftJoin('consultation_invitations as i', (join) =>
      join.onRef('i.consultation_id', '=', 'c.id').on('i.enterprise_id', '=', enterpriseId),
    )
    .leftJoin('consultation_offers as o', (join) =>
      join.onRef('o.consultation_id', '=', 'c.id').on('o.enterprise_id', '=', enterpriseId),
    )
    .selectAll('c')
    .select([
      'i.invited_at',
      'i.declined_at',
      'o.id as offer_id',
      'o.state as offer_state',
      'o.version as offer_version',
    ])
    .where('c.status', '!=', 'draft')
    .where('c.published_at', 'is not', null)
    .where((eb) => eb.or([eb('i.enterprise_id', 'is not', null), eb('c.open_to_all_eligible', '=', 1)]))
    .orderBy('c.deadline_at', 'desc')
    .orderBy('c.id')
    .execute();
  const codes = await cpvCodesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    consultation: toRecord(r, codes.get(r.id)!),
    invitation: r.invited_at ? { invitedAt: r.invited_at, declinedAt: r.declined_at } : null,
    offer: r.offer_id ? { id: r.offer_id, state: r.offer_state!, version: r.offer_version! } : null,
  }));
}

/** Open requests listed publicly (title, codes, deadline), deadline not yet passed, soonest first. */
export async function listPublicConsultations(db: Db, now: string): Promise<ConsultationRecord[]> {
  const rows = await db
    .selectFrom('consultations')
    .selectAll()
    .where('status', '=', 'open')
    .where('public_listing', '=', 1)
    .where('deadline_at', '>', now)
    .orderBy('deadline_at')
    .orderBy('id')
    .execute();
  const codes = await cpvCodesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRecord(r, codes.get(r.id)!));
}

/**
 * How many open requests are listed publicly now, and the earliest of their deadlines (when
 * the count next drops), for the widget's "open requests" link (issue 13).
 */
export async function countPublicConsultations(
  db: Db,
  now: string,
): Promise<{ count: number; firstDeadline: string | null }> {
  const row = await db
    .selectFrom('consultations')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('deadline_at').as('firstDeadline')])
    .where('status', '=', 'open')
    .where('public_listing', '=', 1)
    .where('deadline_at', '>', now)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), firstDeadline: row.firstDeadline ?? null };
}

/** draft → open. False when the request is no longer the draft at `version`. */
export async function publishConsultation(
  db: Db,
  id: string,
  version: number,
  by: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('consultations')
    .set((eb) => ({
      status: 'open',
      published_at: at,
      published_by: by,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .where('deadline_at', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** open → closed for every request whose deadline has come; returns their ids (the close job, or lazily on read). */
export async function closeDueConsultations(db: Db, now: string): Promise<string[]> {
  const due = await db
    .selectFrom('consultations')
    .select('id')
    .where('status', '=', 'open')
    .where('deadline_at', '<=', now)
    .execute();
  if (due.length === 0) return [];
  const ids = due.map((d) => d.id);
  await db
    .updateTable('consultations')
    .set((eb) => ({ status: 'closed', closed_at: now, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', 'in', ids)
    .where('status', '=', 'open')
    .execute();
  return ids;
}

export async function cancelConsultation(
  db: Db,
  id: string,
  version: number,
  reason: string,
  by: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('consultations')
    .set((eb) => ({
      status: 'cancelled',
      cancel_reason: reason,
      cancelled_at: at,
      cancelled_by: by,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', 'in', ['draft', 'open', 'closed'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function extendDeadline(
  db: Db,
  id: string,
  version: number,
  deadline: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('consultations')
    .set((eb) => ({ deadline_at: deadline, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The order a drawing of lots gave tied offers (art. 90), with a note (when, who was present). */
export async function recordLot(
  db: Db,
  id: string,
  version: number,
  lotOrder: string[],
  note: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('consultations')
    .set((eb) => ({
      lot_order: JSON.stringify(lotOrder),
      lot_note: note,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', 'in', ['open', 'closed'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- The call's attachments ------------------------------------------------------------------

export type ConsultationAttachmentRow = Selectable<ConsultationAttachmentsTable>;

export async function insertConsultationAttachment(trx: Db, file: ConsultationAttachmentRow): Promise<void> {
  await trx.insertInto('consultation_attachments').values(file).execute();
}

export async function listConsultationAttachments(
  db: Db,
  consultationId: string,
): Promise<ConsultationAttachmentRow[]> {
  return db
    .selectFrom('consultation_attachments')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function findConsultationAttachment(
  db: Db,
  consultationId: string,
  id: string,
): Promise<ConsultationAttachmentRow | undefined> {
  return db
    .selectFrom('consultation_attachments')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Removes the row; the caller removes the file from the upload store after the commit. */
export async function deleteConsultationAttachment(db: Db, consultationId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('consultation_attachments')
    .where('consultation_id', '=', consultationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
