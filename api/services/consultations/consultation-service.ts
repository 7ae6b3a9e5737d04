import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { auditActorOf, type Actor } from '../../domain/actor.ts';
import { isMunicipal } from '../../domain/authorization.ts';
import { athensDate } from '../../domain/consultations/athens-time.ts';
import { checkReadyToPublish, parseConsultationDraft } from '../../domain/consultations/consultation-input.ts';
import { checkEditable, checkTransition, staffActions } from '../../domain/consultations/consultation-status.ts';
import { rotationFacts, rotationWindow } from '../../domain/consultations/rotation.ts';
import { offersVisibleTo } from '../../domain/consultations/sealing.ts';
import { parseCpv } from '../../domain/cpv.ts';
import { AppError, ForbiddenError, invalidBody, NotFoundError } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import type {
  ConsultationDetail,
  ConsultationInput,
  ConsultationSummaryView,
  OffersResponse,
} from '../../http/consultation-schemas.ts';
import { recordAudit } from '../../repositories/audit-log.ts';
import { listInvitations, rotationHistory } from '../../repositories/consultation-invitations.ts';
import { countStandingOffers, findAward, listOfferContents } from '../../repositories/consultation-offers.ts';
import {
  cancelConsultation,
  closeDueConsultations,
  getConsultation,
  insertConsultation,
  listConsultations,
  publishConsultation,
  type ConsultationFilters,
  type ConsultationRecord,
} from '../../repositories/consultations.ts';
import { cpvExists } from '../../repositories/contracts.ts';
import { enterpriseExists } from '../../repositories/enterprises.ts';
import type { Clock } from '../logger.ts';
import { callAttachmentViews, offerAttachmentViews } from './attachment-views.ts';
import { consultationView, offerView, rotationView, versionFromIfMatch } from './consultation-views.ts';
import type { ConsultationMails } from './consultation-mails.ts';
import { refuseIf, valueOf } from './rule-errors.ts';

export interface ConsultationServiceDeps {
  db: Kysely<Database>;
  clock: Clock;
  mails: ConsultationMails;
  /** CONSULTATION_MIN_DEADLINE_MINUTES: the shortest time between publishing and the deadline. */
  minDeadlineMinutes: () => number;
}

/** Staff only: enterprise people never reach the municipality's side of a request (404, they do not learn it exists). */
export function requireStaff(actor: Actor): void {
  if (!actor.user) throw new ForbiddenError(msg('auth.action_forbidden', { action: 'consultation' }));
  if (!isMunicipal(actor.user)) throw new NotFoundError('consultation');
}

const changedSinceRead = () =>
  new AppError(
    'precondition_failed',
    'precondition_failed',
    msg('if_match.failed.title'),
    msg('consultations.changed'),
  );

/**
 * Requests for quotes, the municipality's side (issue 13): create from an eligibility result,
 * list, read, publish (mails every invitee's people), cancel, and the offers — sealed until the
 * deadline: staff get `{ sealed: true, count }`, and nothing about an offer's content reaches
 * the audit log or any other view before then. The clock is injected (tests move it past the deadline).
 */
export function createConsultationService(deps: ConsultationServiceDeps) {
  const { db, clock, mails } = deps;

  /** The close job's work, also done before every read so that a passed deadline reads `closed`. */
  async function closeDue(): Promise<string[]> {
    const now = clock().toISOString();
    const ids = await closeDueConsultations(db, now);
    for (const id of ids)
      await recordAudit(
        db,
        { userId: null, email: null, ip: null },
        { action: 'consultation.close', objectType: 'consultation', objectId: id },
      );
    return ids;
  }

  async function existing(id: string): Promise<ConsultationRecord> {
    await closeDue();
    const record = await getConsultation(db, id);
    if (!record) throw new NotFoundError('consultation');
    return record;
  }

  async function summary(record: ConsultationRecord): Promise<ConsultationSummaryView> {
    const invitations = await listInvitations(db, record.id);
    return {
      ...consultationView(record, clock()),
      invitedCount: invitations.length,
      declinedCount: invitations.filter((i) => i.declinedAt !== null).length,
      offersReceived: await countStandingOffers(db, record.id),
    };
  }

  return {
    closeDue,

    async create(actor: Actor, input: ConsultationInput): Promise<{ id: string; status: 'draft'; version: number }> {
      requireStaff(actor);
      const draft = valueOf(
        parseConsultationDraft({
          ...input,
          evaluation: input.evaluation ?? 'lowest_price',
          department: input.department ?? '',
        }),
        actor.lang,
      );
      const problems = [];
      for (const [i, code] of draft.cpvCodes.entries())
        if (!(await cpvExists(db, code)))
          problems.push({
            name: `cpv[${i}]`,
            reason: msg('consultations.cpv_unknown', { code: parseCpv(code)?.code ?? code }),
          });
      for (const [i, id] of draft.invitedEnterpriseIds.entries())
        if (!(await enterpriseExists(db, id)))
          problems.push({
            name: `invitedEnterpriseIds[${i}]`,
            reason: msg('consultations.enterprise_unknown', { id }),
          });
      if (problems.length > 0) throw invalidBody(problems);
      const id = randomUUID();
      const at = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await insertConsultation(trx, { id, draft, eligibilityNeed: input.eligibilityNeed, by: actor.user!.id, at });
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.create',
          objectType: 'consultation',
          objectId: id,
          details: { title: draft.title, route: draft.route, invited: draft.invitedEnterpriseIds.length },
        });
      });
      return { id, status: 'draft', version: 1 };
    },

    async list(actor: Actor, filters: ConsultationFilters, page: { page: number; pageSize: number }) {
      requireStaff(actor);
      await closeDue();
      const { rows, total } = await listConsultations(db, filters, {
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
      });
      const now = clock();
      return {
        items: rows.map((row) => ({
          ...consultationView(row, now),
          invitedCount: row.invitedCount,
          declinedCount: row.declinedCount,
          offersReceived: row.standingOffers,
        })),
        total,
        ...page,
      };
    },

    async get(actor: Actor, id: string): Promise<ConsultationDetail> {
      requireStaff(actor);
      const record = await existing(id);
      const invitations = await listInvitations(db, id);
      const today = athensDate(clock());
      const ids = invitations.map((i) => i.enterpriseId);
      const rotation = rotationFacts(ids, await rotationHistory(db, ids, rotationWindow(today).from), today);
      const award = await findAward(db, id);
      return {
        ...(await summary(record)),
        invitations: invitations.map((i) => ({
          enterprise: { id: i.enterpriseId, slug: i.enterpriseSlug, name: i.enterpriseName },
          invitedAt: i.invitedAt,
          declinedAt: i.declinedAt,
          declineReason: i.declineReason,
          rotation: rotationView(rotation.find((r) => r.enterpriseId === i.enterpriseId)),
        })),
        actions: staffActions(record, clock()),
        award: award
          ? {
              offerId: award.offer_id,
              enterpriseId: award.enterprise_id,
              decisionNumber: award.decision_number,
              decisionDate: award.decision_date,
              diavgeiaAda: award.diavgeia_ada,
              contractId: award.contract_id,
            }
          : null,
        attachments: await callAttachmentViews(db, id, 'staff'),
      };
    },

    /** Requests and awards of the last 12 months per enterprise, so staff can rotate fairly when inviting. */
    async rotation(actor: Actor, enterpriseIds: string[]) {
      requireStaff(actor);
      const today = athensDate(clock());
      const facts = rotationFacts(
        enterpriseIds,
        await rotationHistory(db, enterpriseIds, rotationWindow(today).from),
        today,
      );
      return {
        items: enterpriseIds.map((enterpriseId) => ({
          enterpriseId,
          ...rotationView(facts.find((r) => r.enterpriseId === enterpriseId)),
        })),
      };
    },

    /** draft → open; mails every invited enterprise's people in their language. */
    async publish(actor: Actor, id: string, ifMatch: string | undefined): Promise<ConsultationDetail> {
      requireStaff(actor);
      const record = await existing(id);
      const now = clock();
      refuseIf([checkEditable(record, now)], actor.lang);
      valueOf(checkTransition('publish', record, 'staff', now), actor.lang);
      const expected = versionFromIfMatch(ifMatch, 'consultation', id);
      if (expected !== null && expected !== record.version) throw changedSinceRead();
      const invitations = await listInvitations(db, id);
      refuseIf(
        checkReadyToPublish(
          {
            deadline: record.deadline,
            invitedCount: invitations.length,
            openToAllEligible: record.openToAllEligible,
            startDate: record.startDate,
          },
          now,
          deps.minDeadlineMinutes(),
        ),
        actor.lang,
      );
      await db.transaction().execute(async (trx) => {
        if (!(await publishConsultation(trx, id, record.version, actor.user!.id, now.toISOString())))
          throw changedSinceRead();
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.publish',
          objectType: 'consultation',
          objectId: id,
          details: { deadline: record.deadline },
        });
      });
      await mails.invitations(
        record,
        invitations.map((i) => i.enterpriseId),
      );
      return this.get(actor, id);
    },

    async cancel(actor: Actor, id: string, reason: string): Promise<ConsultationDetail> {
      requireStaff(actor);
      const record = await existing(id);
      const now = clock();
      valueOf(checkTransition('cancel', record, 'staff', now, reason), actor.lang);
      await db.transaction().execute(async (trx) => {
        if (!(await cancelConsultation(trx, id, record.version, reason.trim(), actor.user!.id, now.toISOString())))
          throw changedSinceRead();
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.cancel',
          objectType: 'consultation',
          objectId: id,
          details: { reason: reason.trim() },
        });
      });
      return this.get(actor, id);
    },

    /**
     * The offers as staff may see them: `{ sealed: true, count }` before the deadline; after it
     * the standing offers, and the opening is audited (who read them, when).
     */
    async offers(actor: Actor, id: string): Promise<OffersResponse> {
      requireStaff(actor);
      const record = await existing(id);
      if (record.status === 'draft' || record.deadline === null) return { sealed: true, count: 0 };
      const offers = await listOfferContents(db, id);
      const view = offersVisibleTo(
        { kind: 'staff' },
        { deadline: record.deadline, cancelledAt: record.cancelledAt },
        offers,
        clock(),
      )!;
      if (view.sealed) return view;
      await recordAudit(db, auditActorOf(actor), {
        action: 'consultation.offers.open',
        objectType: 'consultation',
        objectId: id,
        details: { offers: view.offers.length },
      });
      const opened = [];
      for (const offer of view.offers)
        opened.push({ ...offerView(offer), attachments: await offerAttachmentViews(db, offer, 'staff') });
      return { sealed: false, offers: opened };
    },
  };
}

export type ConsultationService = ReturnType<typeof createConsultationService>;
