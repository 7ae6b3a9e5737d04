import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Actor } from '../../domain/actor.ts';
import { isMunicipal } from '../../domain/authorization.ts';
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import { findInvitation } from '../../repositories/consultation-invitations.ts';
import { findOffer } from '../../repositories/consultation-offers.ts';
import { getConsultation, type ConsultationRecord } from '../../repositories/consultations.ts';

export interface ParticipationDeps {
  db: Kysely<Database>;
  /** Is this enterprise eligible for a request open to every eligible enterprise? (the eligibility engine, re-run now) */
  eligibleFor: (consultation: ConsultationRecord, enterpriseId: string) => Promise<boolean>;
  /** Persists `open → closed` for passed deadlines before a read. */
  closeDue: () => Promise<unknown>;
}

/** The enterprise the actor speaks for; staff are not an enterprise (403), a signed-out caller neither. */
export function enterpriseOf(actor: Actor): string {
  if (!actor.user || isMunicipal(actor.user) || !actor.user.enterpriseId)
    throw new ForbiddenError(msg('consultations.not_enterprise'));
  return actor.user.enterpriseId;
}

/**
 * A published request as one enterprise may take part in it (invited, or open to every eligible
 * enterprise and eligible now), with its invitation and its own offer — or 404, never a hint
 * that the request exists.
 */
export function createParticipation(deps: ParticipationDeps) {
  const { db } = deps;
  return async function participation(enterpriseId: string, id: string) {
    await deps.closeDue();
    const consultation = await getConsultation(db, id);
    if (!consultation || consultation.status === 'draft' || consultation.deadline === null)
      throw new NotFoundError('consultation');
    const invitation = await findInvitation(db, id, enterpriseId);
    const mayTakePart =
      invitation !== undefined ||
      (consultation.openToAllEligible && (await deps.eligibleFor(consultation, enterpriseId)));
    if (!mayTakePart) throw new NotFoundError('consultation');
    const offer = await findOffer(db, id, enterpriseId);
    return { consultation, invitation, offer, deadline: consultation.deadline };
  };
}

export type Participation = Awaited<ReturnType<ReturnType<typeof createParticipation>>>;
