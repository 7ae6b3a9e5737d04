import { randomUUID } from 'node:crypto';
import { auditActorOf, type Actor } from '../../domain/actor.ts';
import { CONSULTATION_RULES } from '../../domain/consultations/consultation-config.ts';
import { checkOfferAction, parseOfferInput, type OfferAction } from '../../domain/consultations/offer-rules.ts';
import { invalid } from '../../domain/consultations/problems.ts';
import { offerAuditDetails } from '../../domain/consultations/sealing.ts';
import { AppError, NotFoundError } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import type { MyConsultation, OfferInputBody, OfferView } from '../../http/consultation-schemas.ts';
import { recordAudit } from '../../repositories/audit-log.ts';
import { setDeclined } from '../../repositories/consultation-invitations.ts';
import { changeOffer, findOffer, submitOffer, withdrawOffer } from '../../repositories/consultation-offers.ts';
import { listConsultationsForEnterprise } from '../../repositories/consultations.ts';
import type { Clock } from '../logger.ts';
import { callAttachmentViews, offerAttachmentViews } from './attachment-views.ts';
import { consultationView, offerView, versionFromIfMatch } from './consultation-views.ts';
import { createParticipation, enterpriseOf, type Participation, type ParticipationDeps } from './participation.ts';
import { refuseIf, valueOf } from './rule-errors.ts';

export interface OfferServiceDeps extends ParticipationDeps {
  clock: Clock;
}

/**
 * Requests for quotes, the enterprise's side (issue 13): managers and members see the requests
 * their enterprise was invited to (or may take part in), decline, and submit, change or withdraw
 * their own offer until the deadline — the server's clock decides (409 after it). They only ever
 * see their own offer. Every submission, change, withdrawal and decline is audited with the
 * offer's id and version only (sealing.ts `offerAuditDetails`): no price reaches the log.
 */
export function createOfferService(deps: OfferServiceDeps) {
  const { db, clock } = deps;

  const participation = createParticipation(deps);

  function check(action: OfferAction, p: Participation, ifMatchVersion: number | null, actor: Actor) {
    refuseIf(
      checkOfferAction(
        action,
        {
          consultation: { status: p.consultation.status, deadline: p.deadline },
          mayTakePart: true,
          declined: p.invitation?.declined_at != null,
          existing: p.offer ? { state: p.offer.state, version: p.offer.version } : null,
          ifMatchVersion,
        },
        clock(),
      ),
      actor.lang,
    );
  }

  async function view(enterpriseId: string, id: string): Promise<MyConsultation> {
    const p = await participation(enterpriseId, id);
    return {
      ...consultationView(p.consultation, clock()),
      invitation: p.invitation ? { invitedAt: p.invitation.invited_at, declinedAt: p.invitation.declined_at } : null,
      offer: p.offer
        ? { ...offerView(p.offer), attachments: await offerAttachmentViews(db, p.offer, 'enterprise') }
        : null,
      attachments: await callAttachmentViews(db, id, 'enterprise'),
    };
  }

  const offerChanged = () =>
    new AppError(
      'precondition_failed',
      'precondition_failed',
      msg('if_match.failed.title'),
      msg('consultations.offer_changed'),
    );

  return {
    async list(actor: Actor): Promise<MyConsultation[]> {
      const enterpriseId = enterpriseOf(actor);
      await deps.closeDue();
      const rows = await listConsultationsForEnterprise(db, enterpriseId);
      const out: MyConsultation[] = [];
      for (const row of rows) {
        if (!row.invitation && !(await deps.eligibleFor(row.consultation, enterpriseId))) continue;
        const offer = row.offer ? await findOffer(db, row.consultation.id, enterpriseId) : undefined;
        out.push({
          ...consultationView(row.consultation, clock()),
          invitation: row.invitation,
          offer: offer ? offerView(offer) : null,
        });
      }
      return out;
    },

    get(actor: Actor, id: string): Promise<MyConsultation> {
      return view(enterpriseOf(actor), id);
    },

    /** Submits the offer, or changes the standing one (If-Match with its ETag). */
    async put(
      actor: Actor,
      id: string,
      body: OfferInputBody,
      ifMatch: string | undefined,
    ): Promise<{ offer: OfferView; created: boolean }> {
      const enterpriseId = enterpriseOf(actor);
      const p = await participation(enterpriseId, id);
      const changing = p.offer?.state === 'submitted';
      const ifMatchVersion = p.offer ? versionFromIfMatch(ifMatch, 'offer', p.offer.id) : null;
      check(changing ? 'change' : 'submit', p, Number.isNaN(ifMatchVersion) ? -1 : ifMatchVersion, actor);
      const terms = valueOf(parseOfferInput(body, p.deadline), actor.lang);
      const at = clock().toISOString();
      const saved = await db.transaction().execute(async (trx) => {
        let state: { id: string; version: number } | null;
        if (changing) {
          const version = await changeOffer(trx, p.offer!.id, p.offer!.version, terms, actor.user!.id, at);
          state = version === null ? null : { id: p.offer!.id, version };
        } else
          state = await submitOffer(trx, {
            id: randomUUID(),
            consultationId: id,
            enterpriseId,
            terms,
            by: actor.user!.id,
            at,
          });
        if (!state) throw offerChanged();
        // An offer after a decline takes the decline back.
        if (p.invitation?.declined_at) await setDeclined(trx, id, enterpriseId, null);
        await recordAudit(trx, auditActorOf(actor), {
          action: changing ? 'consultation.offer.change' : 'consultation.offer.submit',
          objectType: 'consultation',
          objectId: id,
          details: offerAuditDetails({ id: state.id, version: state.version, state: 'submitted' }),
        });
        return state;
      });
      const offer = await findOffer(db, id, enterpriseId);
      return { offer: offerView(offer!), created: !changing && saved.version === 1 };
    },

    async withdraw(actor: Actor, id: string, ifMatch: string | undefined): Promise<OfferView> {
      const enterpriseId = enterpriseOf(actor);
      const p = await participation(enterpriseId, id);
      const ifMatchVersion = p.offer ? versionFromIfMatch(ifMatch, 'offer', p.offer.id) : null;
      check('withdraw', p, Number.isNaN(ifMatchVersion) ? -1 : ifMatchVersion, actor);
      await db.transaction().execute(async (trx) => {
        const version = await withdrawOffer(trx, p.offer!.id, p.offer!.version, actor.user!.id, clock().toISOString());
        if (version === null) throw offerChanged();
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.offer.withdraw',
          objectType: 'consultation',
          objectId: id,
          details: offerAuditDetails({ id: p.offer!.id, version, state: 'withdrawn' }),
        });
      });
      return offerView((await findOffer(db, id, enterpriseId))!);
    },

    /** "We do not take part" (invited enterprises), with an optional reason. */
    async decline(actor: Actor, id: string, reason: string | null): Promise<MyConsultation> {
      const enterpriseId = enterpriseOf(actor);
      const p = await participation(enterpriseId, id);
      if (!p.invitation) throw new NotFoundError('consultation');
      check('decline', p, null, actor);
      const text = reason?.trim() || null;
      const max = CONSULTATION_RULES.limits.offerNoteMaxLength;
      if (text && text.length > max)
        refuseIf([invalid('reason', `έως ${max} χαρακτήρες`, `at most ${max} characters`)], actor.lang);
      await db.transaction().execute(async (trx) => {
        await setDeclined(trx, id, enterpriseId, { at: clock().toISOString(), by: actor.user!.id, reason: text });
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.decline',
          objectType: 'consultation',
          objectId: id,
        });
      });
      return view(enterpriseId, id);
    },
  };
}

export type OfferService = ReturnType<typeof createOfferService>;
