import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { auditActorOf, type Actor } from '../../domain/actor.ts';
import { athensDate } from '../../domain/consultations/athens-time.ts';
import { checkAward, contractFromAward, noLongerEligible } from '../../domain/consultations/award.ts';
import { checkTransition } from '../../domain/consultations/consultation-status.ts';
import { evaluateOffers, type Evaluation } from '../../domain/consultations/evaluation.ts';
import type { Bilingual } from '../../domain/consultations/problems.ts';
import { offersSealed } from '../../domain/consultations/sealing.ts';
import { centsToDecimal } from '../../domain/eligibility-format.ts';
import { AppError, NotFoundError } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import type { AwardInputBody, ComparisonView, EvaluationInputBody } from '../../http/consultation-schemas.ts';
import type { EligibilityResponse, NeedBody } from '../../http/eligibility-schemas.ts';
import { recordAudit } from '../../repositories/audit-log.ts';
import {
  listEvaluationDecisions,
  listOfferContents,
  recordAward,
  saveEvaluation,
} from '../../repositories/consultation-offers.ts';
import { getConsultation, recordLot, type ConsultationRecord } from '../../repositories/consultations.ts';
import { insertContract } from '../../repositories/contracts.ts';
import type { Clock } from '../logger.ts';
import type { ConsultationMails } from './consultation-mails.ts';
import { requireStaff } from './consultation-service.ts';
import { comparisonView } from './consultation-views.ts';
import { ruleError, valueOf } from './rule-errors.ts';

export interface AwardServiceDeps {
  db: Kysely<Database>;
  clock: Clock;
  mails: ConsultationMails;
  /** The eligibility engine (services/eligibility), re-run at the award on the clock's day. */
  searchEligibility: (need: NeedBody, location: 'body' | 'query', today?: string) => Promise<EligibilityResponse>;
  closeDue: () => Promise<unknown>;
}

/**
 * The need a request stands for, as the eligibility engine reads it (value with options, art. 6 §1),
 * on a given award decision date (certificates must be valid on it, art. 73; the splitting year
 * counts from it). Without a planned start the work starts on the decision date.
 */
export function needOf(consultation: ConsultationRecord, decisionDate: string): NeedBody {
  return {
    cpv: consultation.cpvCodes,
    route: consultation.route,
    valueNet: centsToDecimal(consultation.valueNetCents + consultation.optionsValueNetCents),
    decisionDate,
    startDate: consultation.startDate && consultation.startDate > decisionDate ? consultation.startDate : decisionDate,
    ...(consultation.durationMonths ? { durationMonths: consultation.durationMonths } : {}),
    ...(consultation.placeAreaId ? { place: consultation.placeAreaId } : {}),
  };
}

/**
 * Eligible on `today`, the consultations' clock's day in Athens (or eligible with conditions to
 * confirm), or the reasons it is not. The award is decided today even when its recorded decision
 * date is earlier (from the deadline on): a certificate must still be valid today, which also
 * makes it valid on any earlier decision date.
 */
export async function eligibilityNow(
  search: AwardServiceDeps['searchEligibility'],
  consultation: ConsultationRecord,
  enterpriseId: string,
  today: string,
): Promise<{ eligible: true; entry: unknown } | { eligible: false; reasons: Bilingual[] }> {
  const result = await search(needOf(consultation, today), 'body', today);
  const entry = [...result.eligible, ...result.conditional].find((e) => e.enterprise.id === enterpriseId);
  if (entry) return { eligible: true, entry };
  const failed = result.ineligible.find((e) => e.enterprise.id === enterpriseId);
  if (failed)
    return { eligible: false, reasons: failed.checks.filter((c) => c.outcome === 'fail').map((c) => c.message) };
  return {
    eligible: false,
    reasons: [
      {
        el: 'δεν προσφέρει πλέον υπηρεσία με τους κωδικούς CPV του αιτήματος',
        en: "no longer offers a service with the request's CPV codes",
      },
    ],
  };
}

/**
 * After the deadline (issue 13): the comparison ranked by the request's rule, each offer
 * accepted or rejected with a reason, and the award — eligibility re-run at that moment (the
 * award is refused with the reasons), the register's contract created and linked both ways in
 * the same transaction, and every participant told the outcome by mail.
 */
export function createAwardService(deps: AwardServiceDeps) {
  const { db, clock } = deps;

  const changedSinceRead = () =>
    new AppError(
      'precondition_failed',
      'precondition_failed',
      msg('if_match.failed.title'),
      msg('consultations.changed'),
    );

  /** The request after its deadline (offers opened), or a refusal: 404, or 409 while sealed. */
  async function opened(actor: Actor, id: string) {
    requireStaff(actor);
    await deps.closeDue();
    const consultation = await getConsultation(db, id);
    if (!consultation) throw new NotFoundError('consultation');
    const now = clock();
    if (
      consultation.deadline === null ||
      offersSealed({ deadline: consultation.deadline, cancelledAt: consultation.cancelledAt }, now)
    )
      valueOf(checkTransition('award', consultation, 'staff', now), actor.lang);
    const offers = (await listOfferContents(db, id)).filter((o) => o.state === 'submitted');
    return { consultation: consultation as ConsultationRecord & { deadline: string }, offers };
  }

  async function evaluation(
    consultation: ConsultationRecord,
    offers: Awaited<ReturnType<typeof opened>>['offers'],
    lang: Actor['lang'],
  ): Promise<Evaluation | null> {
    if (consultation.evaluatedAt === null) return null;
    return valueOf(
      evaluateOffers({
        rule: consultation.evaluation,
        offers: offers.map((o) => ({ offerId: o.id, ...o })),
        decisions: await listEvaluationDecisions(db, consultation.id),
        lotOrder: consultation.lotOrder,
        evaluatedOn: athensDate(clock()),
      }),
      lang,
    );
  }

  return {
    /** The comparison as recorded; before any decision, every offer accepted by default (a draft for the evaluators). */
    async comparison(actor: Actor, id: string): Promise<ComparisonView> {
      const { consultation, offers } = await opened(actor, id);
      const recorded = await evaluation(consultation, offers, actor.lang);
      if (recorded) return comparisonView(recorded, consultation.evaluatedAt);
      const decisions = Object.fromEntries(
        offers.map((o) => [o.id, { accepted: true, reason: null, qualityMarks: {} }]),
      );
      const draft = evaluateOffers({
        rule: consultation.evaluation,
        offers: offers.map((o) => ({ offerId: o.id, ...o })),
        decisions,
        lotOrder: null,
        evaluatedOn: athensDate(clock()),
      });
      return draft.ok
        ? comparisonView(draft.value, null)
        : { rule: consultation.evaluation, evaluatedAt: null, offers: [], winnerOfferId: null, tieForFirst: [] };
    },

    /** Records each offer accepted or rejected (with a reason), quality marks, and a lot's order if one was drawn. */
    async evaluate(actor: Actor, id: string, body: EvaluationInputBody): Promise<ComparisonView> {
      const { consultation, offers } = await opened(actor, id);
      // Evaluating is part of the award's step: only a closed (not yet awarded or cancelled) request.
      valueOf(checkTransition('award', consultation, 'staff', clock()), actor.lang);
      const decisions = Object.fromEntries(
        Object.entries(body.decisions).map(([offerId, d]) => [
          offerId,
          { accepted: d.accepted, reason: d.reason ?? null, qualityMarks: d.qualityMarks ?? {} },
        ]),
      );
      const result = valueOf(
        evaluateOffers({
          rule: consultation.evaluation,
          offers: offers.map((o) => ({ offerId: o.id, ...o })),
          decisions,
          lotOrder: body.lotOrder ?? null,
          evaluatedOn: athensDate(clock()),
        }),
        actor.lang,
      );
      const at = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await saveEvaluation(trx, id, decisions, actor.user!.id, at);
        if (body.lotOrder) await recordLot(trx, id, consultation.version, body.lotOrder, null, at);
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.evaluate',
          objectType: 'consultation',
          objectId: id,
          details: {
            accepted: result.offers.filter((o) => o.accepted).length,
            rejected: result.offers.filter((o) => !o.accepted).length,
          },
        });
      });
      return comparisonView(result, at);
    },

    /** The award decision: 201 with the register's new contract. */
    async award(
      actor: Actor,
      id: string,
      body: AwardInputBody,
    ): Promise<{ contractId: string; consultationId: string; status: 'awarded' }> {
      const { consultation, offers } = await opened(actor, id);
      const now = clock();
      const decision = valueOf(
        checkAward(body, { consultation, evaluation: await evaluation(consultation, offers, actor.lang), now }),
        actor.lang,
      );
      const offer = offers.find((o) => o.id === decision.offerId)!;
      const eligibility = await eligibilityNow(
        deps.searchEligibility,
        consultation,
        offer.enterpriseId,
        athensDate(now),
      );
      if (!eligibility.eligible)
        throw ruleError([noLongerEligible(offer.enterpriseName, eligibility.reasons)], actor.lang);
      const contract = contractFromAward(consultation, offer, decision);
      const contractId = randomUUID();
      await db.transaction().execute(async (trx) => {
        await insertContract(
          trx,
          contractId,
          {
            enterprise_id: contract.enterpriseId,
            title: contract.title,
            cpv_code: contract.cpvCode,
            award_route: contract.awardRoute,
            value_net_cents: contract.valueNetCents,
            vat_cents: contract.vatCents,
            department: contract.department,
            awarded_on: contract.awardedOn,
            starts_on: contract.startsOn,
            ends_on: contract.endsOn,
            diavgeia_ada: contract.diavgeiaAda,
            kimdis_adam: null,
          },
          actor.user!.id,
        );
        const recorded = await recordAward(trx, {
          consultationId: id,
          version: consultation.version,
          offerId: offer.id,
          enterpriseId: offer.enterpriseId,
          decisionNumber: decision.decisionNumber,
          decisionDate: decision.decisionDate,
          diavgeiaAda: decision.diavgeiaAda,
          contractId,
          eligibility: eligibility.entry,
          by: actor.user!.id,
          at: now.toISOString(),
        });
        if (!recorded) throw changedSinceRead();
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.award',
          objectType: 'consultation',
          objectId: id,
          details: {
            offerId: offer.id,
            enterpriseId: offer.enterpriseId,
            contractId,
            decisionNumber: decision.decisionNumber,
            valueNetCents: offer.priceNetCents,
          },
        });
      });
      await deps.mails.outcome(
        consultation,
        [...new Set(offers.map((o) => o.enterpriseId))],
        offer.enterpriseId,
        decision.decisionNumber,
      );
      return { contractId, consultationId: id, status: 'awarded' };
    },
  };
}

export type AwardService = ReturnType<typeof createAwardService>;
