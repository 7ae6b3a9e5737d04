import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  ConsultationAwardsTable,
  ConsultationOffersTable,
  Database,
  OfferAttachmentsTable,
  OfferState,
} from '../../db/schema.ts';
import type { OfferDecision } from '../domain/consultations/evaluation.ts';
import type { OfferTerms } from '../domain/consultations/offer-rules.ts';

/**
 * Offers on requests for quotes, their PDF files, the evaluators' decisions, and the award
 * (issue 13). Offers are SEALED until the deadline: what these functions return goes through
 * api/domain/consultations/sealing.ts (offersVisibleTo / mayReadOffer) before anyone sees it;
 * for staff before the deadline only `countStandingOffers` may be answered.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface OfferRecord {
  id: string;
  consultationId: string;
  enterpriseId: string;
  enterpriseName: string;
  state: OfferState;
  priceNetCents: number;
  vatRate: number;
  vatCents: number;
  totalCents: number;
  validUntil: string;
  note: string | null;
  version: number;
  submittedAt: string;
  submittedBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
  withdrawnAt: string | null;
}

function offerQuery(db: Db) {
  return db
    .selectFrom('consultation_offers as o')
    .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
    .selectAll('o')
    .select((eb) => eb.fn.coalesce('e.trade_name', 'e.legal_name').as('enterprise_name'));
}

function toOffer(row: Selectable<ConsultationOffersTable> & { enterprise_name: string }): OfferRecord {
  return {
    id: row.id,
    consultationId: row.consultation_id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    state: row.state,
    priceNetCents: row.price_net_cents,
    vatRate: row.vat_rate,
    vatCents: row.vat_cents,
    totalCents: row.total_cents,
    validUntil: row.valid_until,
    note: row.note,
    version: row.version,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    withdrawnAt: row.withdrawn_at,
  };
}

/** One enterprise's offer on one request (for that enterprise, or for the award). */
export async function findOffer(
  db: Db,
  consultationId: string,
  enterpriseId: string,
): Promise<OfferRecord | undefined> {
  const row = await offerQuery(db)
    .where('o.consultation_id', '=', consultationId)
    .where('o.enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return row ? toOffer(row) : undefined;
}

export async function findOfferById(db: Db, offerId: string): Promise<OfferRecord | undefined> {
  const row = await offerQuery(db).where('o.id', '=', offerId).executeTakeFirst();
  return row ? toOffer(row) : undefined;
}

/**
 * Every offer of a request with its content, cheapest first. SEALED: pass the result through
 * sealing.ts `offersVisibleTo` before it leaves the service.
 */
export async function listOfferContents(db: Db, consultationId: string): Promise<OfferRecord[]> {
  const rows = await offerQuery(db)
    .where('o.consultation_id', '=', consultationId)
    .orderBy('o.price_net_cents')
    .orderBy('o.submitted_at')
    .execute();
  return rows.map(toOffer);
}

/** The number of standing offers: all staff may know before the deadline. */
export async function countStandingOffers(db: Db, consultationId: string): Promise<number> {
  const { n } = await db
    .selectFrom('consultation_offers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('consultation_id', '=', consultationId)
    .where('state', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return Number(n);
}

function termColumns(terms: OfferTerms) {
  return {
    price_net_cents: terms.priceNetCents,
    vat_rate: terms.vatRate,
    vat_cents: terms.vatCents,
    total_cents: terms.totalCents,
    valid_until: terms.validUntil,
    note: terms.note,
  };
}

/**
 * A first offer, or one submitted again after a withdrawal (same row, next version). Returns
 * the offer's id and version; null when a standing offer exists already (use changeOffer).
 */
export async function submitOffer(
  trx: Transaction<Database>,
  values: {
    id: string;
    consultationId: string;
    enterpriseId: string;
    terms: OfferTerms;
    by: string | null;
    at: string;
  },
): Promise<{ id: string; version: number } | null> {
  const existing = await trx
    .selectFrom('consultation_offers')
    .select(['id', 'state', 'version'])
    .where('consultation_id', '=', values.consultationId)
    .where('enterprise_id', '=', values.enterpriseId)
    .executeTakeFirst();
  if (existing?.state === 'submitted') return null;
  const audit = {
    submitted_at: values.at,
    submitted_by: values.by,
    updated_at: values.at,
    updated_by: values.by,
    withdrawn_at: null,
  };
  if (existing) {
    await trx
      .updateTable('consultation_offers')
      .set({ ...termColumns(values.terms), ...audit, state: 'submitted', version: existing.version + 1 })
      .where('id', '=', existing.id)
      .where('version', '=', existing.version)
      .execute();
    return { id: existing.id, version: existing.version + 1 };
  }
  await trx
    .insertInto('consultation_offers')
    .values({
      id: values.id,
      consultation_id: values.consultationId,
      enterprise_id: values.enterpriseId,
      state: 'submitted',
      ...termColumns(values.terms),
      ...audit,
    })
    .execute();
  return { id: values.id, version: 1 };
}

/** Changes a standing offer at `version` (If-Match); the new version, or null when stale. */
export async function changeOffer(
  db: Db,
  offerId: string,
  version: number,
  terms: OfferTerms,
  by: string | null,
  at: string,
): Promise<number | null> {
  const result = await db
    .updateTable('consultation_offers')
    .set({ ...termColumns(terms), updated_at: at, updated_by: by, version: version + 1 })
    .where('id', '=', offerId)
    .where('version', '=', version)
    .where('state', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? version + 1 : null;
}

/** Withdraws a standing offer at `version`; the new version, or null when stale. */
export async function withdrawOffer(
  db: Db,
  offerId: string,
  version: number,
  by: string | null,
  at: string,
): Promise<number | null> {
  const result = await db
    .updateTable('consultation_offers')
    .set({ state: 'withdrawn', withdrawn_at: at, updated_at: at, updated_by: by, version: version + 1 })
    .where('id', '=', offerId)
    .where('version', '=', version)
    .where('state', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? version + 1 : null;
}

// --- The offers' files ----------------------------------------------------------------------

export type OfferAttachmentRow = Selectable<OfferAttachmentsTable>;

export async function insertOfferAttachment(db: Db, file: OfferAttachmentRow): Promise<void> {
  await db.insertInto('offer_attachments').values(file).execute();
}

/** SEALED like the offer: check `mayReadOffer` first. */
export async function listOfferAttachments(db: Db, offerId: string): Promise<OfferAttachmentRow[]> {
  return db
    .selectFrom('offer_attachments')
    .selectAll()
    .where('offer_id', '=', offerId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function findOfferAttachment(
  db: Db,
  offerId: string,
  id: string,
): Promise<OfferAttachmentRow | undefined> {
  return db
    .selectFrom('offer_attachments')
    .selectAll()
    .where('offer_id', '=', offerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Removes the row; the caller removes the file from the upload store after the commit. */
export async function deleteOfferAttachment(db: Db, offerId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('offer_attachments')
    .where('offer_id', '=', offerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// --- Evaluation ----------------------------------------------------------------------------

/** Replaces the evaluators' decisions on a request's offers, and stamps the request as evaluated. */
export async function saveEvaluation(
  trx: Transaction<Database>,
  consultationId: string,
  decisions: Record<string, OfferDecision>,
  by: string | null,
  at: string,
): Promise<void> {
  await trx.deleteFrom('consultation_offer_evaluations').where('consultation_id', '=', consultationId).execute();
  const rows = Object.entries(decisions).map(([offerId, decision]) => ({
    offer_id: offerId,
    consultation_id: consultationId,
    accepted: decision.accepted ? 1 : 0,
    reason: decision.reason?.trim() || null,
    quality_marks: JSON.stringify(
      Object.fromEntries(Object.entries(decision.qualityMarks).map(([id, mark]) => [id, String(mark)])),
    ),
    evaluated_at: at,
    evaluated_by: by,
  }));
  if (rows.length > 0) await trx.insertInto('consultation_offer_evaluations').values(rows).execute();
  await trx
    .updateTable('consultations')
    .set({ evaluated_at: at, evaluated_by: by, updated_at: at })
    .where('id', '=', consultationId)
    .execute();
}

/** The recorded decisions, by offer id (the input of domain `evaluateOffers`). */
export async function listEvaluationDecisions(db: Db, consultationId: string): Promise<Record<string, OfferDecision>> {
  const rows = await db
    .selectFrom('consultation_offer_evaluations')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .execute();
  return Object.fromEntries(
    rows.map((r) => [
      r.offer_id,
      {
        accepted: r.accepted === 1,
        reason: r.reason,
        qualityMarks: JSON.parse(r.quality_marks) as Record<string, string>,
      },
    ]),
  );
}

// --- Award ---------------------------------------------------------------------------------

export type AwardRow = Selectable<ConsultationAwardsTable>;

/**
 * Records the award in the transaction that has just created the contract (contracts
 * repository `insertContract` first: the award points at it): the decision, the link both
 * ways, and the request's `awarded` status. False, with nothing written by this function,
 * when the request is no longer `open`/`closed` at `version`: the caller then throws, so the
 * contract is rolled back with it.
 */
export async function recordAward(
  trx: Transaction<Database>,
  values: {
    consultationId: string;
    version: number;
    offerId: string;
    enterpriseId: string;
    decisionNumber: string;
    decisionDate: string;
    diavgeiaAda: string | null;
    contractId: string;
    eligibility: unknown;
    by: string | null;
    at: string;
  },
): Promise<boolean> {
  const moved = await trx
    .updateTable('consultations')
    .set((eb) => ({
      status: 'awarded',
      awarded_at: values.at,
      awarded_by: values.by,
      updated_at: values.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', values.consultationId)
    .where('version', '=', values.version)
    .where('status', 'in', ['open', 'closed'])
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return false;
  await trx
    .insertInto('consultation_awards')
    .values({
      consultation_id: values.consultationId,
      offer_id: values.offerId,
      enterprise_id: values.enterpriseId,
      decision_number: values.decisionNumber,
      decision_date: values.decisionDate,
      diavgeia_ada: values.diavgeiaAda,
      contract_id: values.contractId,
      eligibility: values.eligibility === undefined ? null : JSON.stringify(values.eligibility),
      awarded_at: values.at,
      awarded_by: values.by,
    })
    .execute();
  await trx
    .updateTable('contracts')
    .set({ consultation_id: values.consultationId })
    .where('id', '=', values.contractId)
    .execute();
  return true;
}

export async function findAward(db: Db, consultationId: string): Promise<AwardRow | undefined> {
  return db
    .selectFrom('consultation_awards')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .executeTakeFirst();
}

/** The award behind a contract of the register (the other direction of the link). */
export async function findAwardByContract(db: Db, contractId: string): Promise<AwardRow | undefined> {
  return db.selectFrom('consultation_awards').selectAll().where('contract_id', '=', contractId).executeTakeFirst();
}
