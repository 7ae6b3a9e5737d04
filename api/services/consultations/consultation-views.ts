import { effectiveStatus } from '../../domain/consultations/consultation-status.ts';
import type { Evaluation } from '../../domain/consultations/evaluation.ts';
import type { RotationFacts } from '../../domain/consultations/rotation.ts';
import { centsToDecimal } from '../../domain/eligibility-format.ts';
import type { ComparisonView, ConsultationView, OfferView } from '../../http/consultation-schemas.ts';
import type { ConsultationRecord } from '../../repositories/consultations.ts';
import type { OfferRecord } from '../../repositories/consultation-offers.ts';

/** Stored records → what the API answers (money as decimal strings, the status as of `now`). */

export function consultationView(record: ConsultationRecord, now: Date): ConsultationView {
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    cpv: record.cpvCodes,
    route: record.route,
    valueNet: centsToDecimal(record.valueNetCents),
    optionsValueNet: centsToDecimal(record.optionsValueNetCents),
    placeAreaId: record.placeAreaId,
    placeText: record.placeText,
    startDate: record.startDate,
    durationMonths: record.durationMonths,
    deadline: record.deadline,
    evaluation: record.evaluation,
    department: record.department,
    openToAllEligible: record.openToAllEligible,
    publicListing: record.publicListing,
    status: effectiveStatus(record, now),
    cancelReason: record.cancelReason,
    version: record.version,
    createdAt: record.createdAt,
    publishedAt: record.publishedAt,
    awardedAt: record.awardedAt,
    cancelledAt: record.cancelledAt,
  };
}

/** An offer's content: only after sealing.ts said this viewer may read it. */
export function offerView(offer: OfferRecord): OfferView {
  return {
    id: offer.id,
    enterprise: { id: offer.enterpriseId, name: offer.enterpriseName },
    state: offer.state,
    priceNet: centsToDecimal(offer.priceNetCents),
    vatRate: offer.vatRate,
    vat: centsToDecimal(offer.vatCents),
    total: centsToDecimal(offer.totalCents),
    validUntil: offer.validUntil,
    note: offer.note,
    version: offer.version,
    submittedAt: offer.submittedAt,
    updatedAt: offer.updatedAt,
    withdrawnAt: offer.withdrawnAt,
  };
}

export function rotationView(facts: RotationFacts | undefined) {
  return {
    requests: facts?.requests ?? 0,
    awards: facts?.awards ?? 0,
    awardedNet: centsToDecimal(facts?.awardedNetCents ?? 0),
    lastAskedOn: facts?.lastAskedOn ?? null,
    lastAwardedOn: facts?.lastAwardedOn ?? null,
  };
}

/** The comparison; `evaluatedAt` is when staff saved the evaluation (null: a draft with every offer accepted). */
export function comparisonView(evaluation: Evaluation, evaluatedAt: string | null): ComparisonView {
  return {
    rule: evaluation.rule,
    evaluatedAt,
    offers: evaluation.offers.map((o) => ({
      offerId: o.offerId,
      enterprise: { id: o.enterpriseId, name: o.enterpriseName },
      priceNet: centsToDecimal(o.priceNetCents),
      vatRate: o.vatRate,
      total: centsToDecimal(o.totalCents),
      validUntil: o.validUntil,
      accepted: o.accepted,
      reason: o.reason,
      priceScore: o.priceScore,
      qualityScore: o.qualityScore,
      totalScore: o.totalScore,
      rank: o.rank,
      tiedWith: o.tiedWith,
      decidedByLot: o.decidedByLot,
    })),
    winnerOfferId: evaluation.winnerOfferId,
    tieForFirst: evaluation.tieForFirst,
  };
}

/** Where an invited enterprise's people read a request and make their offer: the staff app's invitation page. */
export const invitationPageUrl = (publicOrigin: string, id: string) =>
  `${publicOrigin}/admin/my-consultation?id=${encodeURIComponent(id)}`;

export const consultationEtag = (c: { id: string; version: number }) => `"consultation-${c.id}-v${c.version}"`;
export const offerEtag = (o: { id: string; version: number }) => `"offer-${o.id}-v${o.version}"`;

/** The version in an If-Match for `prefix-id`, or null when none was sent; NaN when it names something else. */
export function versionFromIfMatch(
  ifMatch: string | undefined,
  prefix: 'consultation' | 'offer',
  id: string,
): number | null {
  if (!ifMatch) return null;
  const match = new RegExp(`"${prefix}-${id.replace(/[^\w-]/g, '')}-v(\\d+)"`).exec(ifMatch);
  return match ? Number(match[1]) : Number.NaN;
}
