import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { texts, type AuthorityInfo } from '../../documents/document-common.ts';
import { DOCUMENT_MEDIA_TYPES, type DocumentFormat, type DocumentLang } from '../../documents/document-model.ts';
import { evaluationMinutesDocx, evaluationMinutesPdf } from '../../documents/evaluation-minutes.ts';
import { invitationDocx, invitationPdf } from '../../documents/invitation.ts';
import type { Actor } from '../../domain/actor.ts';
import { athensDate } from '../../domain/consultations/athens-time.ts';
import { evaluateOffers } from '../../domain/consultations/evaluation.ts';
import { problem } from '../../domain/consultations/problems.ts';
import { offersSealed } from '../../domain/consultations/sealing.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { listInvitations } from '../../repositories/consultation-invitations.ts';
import { listEvaluationDecisions, listOfferContents } from '../../repositories/consultation-offers.ts';
import {
  getConsultation,
  listConsultationAttachments,
  type ConsultationRecord,
} from '../../repositories/consultations.ts';
import { loadNeedCpv } from '../../repositories/eligibility-facts.ts';
import { findUserById } from '../../repositories/users.ts';
import type { Clock, Site } from '../logger.ts';
import { requireStaff } from './consultation-service.ts';
import { invitationPageUrl } from './consultation-views.ts';
import { ruleError, valueOf } from './rule-errors.ts';

/** Who issues the documents, as the settings say (AUTHORITY_NAME, AUTHORITY_CONTACT). */
export interface AuthoritySettings {
  name: string;
  contactLines: string[];
}

/** A generated file as a service hands it to a route. */
export interface GeneratedDocument {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

export function generatedDocument(bytes: Buffer, format: DocumentFormat, stem: string): GeneratedDocument {
  return { bytes, mediaType: DOCUMENT_MEDIA_TYPES[format], fileName: `${stem}.${format}` };
}

export interface ConsultationDocumentDeps {
  db: Kysely<Database>;
  clock: Clock;
  site: Site;
  authority: () => AuthoritySettings;
  closeDue: () => Promise<unknown>;
}

/**
 * The documents a clerk files for a request (issue 13): the invitation (any time: it says only
 * what the call says) and the evaluation minutes — only once the offers are opened and
 * evaluated, because the minutes carry every offer's price: before the deadline they would
 * break the seal. Staff only; Greek unless `lang` says otherwise.
 */
export function createConsultationDocumentService(deps: ConsultationDocumentDeps) {
  const { db, clock } = deps;

  async function existing(actor: Actor, id: string): Promise<ConsultationRecord> {
    requireStaff(actor);
    await deps.closeDue();
    const record = await getConsultation(db, id);
    if (!record) throw new NotFoundError('consultation');
    return record;
  }

  function authority(record: ConsultationRecord): AuthorityInfo {
    const settings = deps.authority();
    return { name: settings.name, department: record.department, contactLines: settings.contactLines };
  }

  const shortId = (id: string) => id.slice(0, 8);

  return {
    async invitation(actor: Actor, id: string, format: DocumentFormat, lang: DocumentLang) {
      const record = await existing(actor, id);
      const labels = await loadNeedCpv(db, record.cpvCodes);
      const invitations = await listInvitations(db, id);
      const attachments = await listConsultationAttachments(db, id);
      const data = {
        authority: authority(record),
        reference: null,
        issuedOn: athensDate(record.publishedAt ? new Date(record.publishedAt) : clock()),
        consultation: {
          title: record.title,
          description: record.description,
          cpv: record.cpvCodes.map((code) => {
            const label = labels.get(code);
            return {
              code: label?.checkDigit ? `${code}-${label.checkDigit}` : code,
              labelEl: label?.labelEl ?? '',
              labelEn: label?.labelEn ?? '',
            };
          }),
          route: record.route,
          valueNetCents: record.valueNetCents,
          optionsValueNetCents: record.optionsValueNetCents,
          place: record.placeText,
          startDate: record.startDate,
          durationMonths: record.durationMonths,
          // A draft may have no deadline yet: the document then shows the time it was made.
          deadline: record.deadline ?? clock().toISOString(),
          evaluation: record.evaluation,
        },
        invitees: invitations.map((i) => i.enterpriseName),
        attachments: attachments.map((a) => a.original_name),
        submissionUrl: invitationPageUrl(deps.site.publicOrigin, id),
        signatory: null,
      };
      const bytes = format === 'docx' ? await invitationDocx(data, lang) : await invitationPdf(data, lang);
      return generatedDocument(bytes, format, `invitation-${shortId(id)}`);
    },

    /** 409 `offers_sealed` before the deadline (nothing of an offer leaves), 409 `not_evaluated` before the decisions. */
    async evaluationMinutes(actor: Actor, id: string, format: DocumentFormat, lang: DocumentLang) {
      const record = await existing(actor, id);
      if (
        record.deadline === null ||
        offersSealed({ deadline: record.deadline, cancelledAt: record.cancelledAt }, clock())
      )
        throw ruleError(
          [
            problem(
              409,
              'offers_sealed',
              null,
              'Οι προσφορές είναι σφραγισμένες έως την προθεσμία: το πρακτικό συντάσσεται μετά.',
              'The offers are sealed until the deadline: the minutes come after it.',
            ),
          ],
          actor.lang,
        );
      if (record.evaluatedAt === null)
        throw ruleError(
          [problem(409, 'not_evaluated', null, 'Αξιολογήστε πρώτα τις προσφορές.', 'Evaluate the offers first.')],
          actor.lang,
        );
      const offers = (await listOfferContents(db, id)).filter((o) => o.state === 'submitted');
      const meetingOn = athensDate(new Date(record.evaluatedAt));
      const evaluation = valueOf(
        evaluateOffers({
          rule: record.evaluation,
          offers: offers.map((o) => ({ offerId: o.id, ...o })),
          decisions: await listEvaluationDecisions(db, id),
          lotOrder: record.lotOrder,
          evaluatedOn: meetingOn,
        }),
        actor.lang,
      );
      const invitations = await listInvitations(db, id);
      const offered = new Set(offers.map((o) => o.enterpriseId));
      const evaluator = record.evaluatedBy ? await findUserById(db, record.evaluatedBy) : undefined;
      const data = {
        authority: authority(record),
        reference: null,
        meetingOn,
        consultation: {
          title: record.title,
          route: record.route,
          valueNetCents: record.valueNetCents,
          publishedAt: record.publishedAt ?? record.createdAt,
          deadline: record.deadline,
        },
        absent: invitations
          .filter((i) => !offered.has(i.enterpriseId))
          .map((i) => ({ name: i.enterpriseName, declined: i.declinedAt !== null })),
        invitedCount: record.openToAllEligible ? 0 : invitations.length,
        evaluation,
        lotNote: record.lotNote,
        evaluators: [{ role: texts(lang).minutes.evaluators, name: evaluator?.name ?? '' }],
      };
      const bytes =
        format === 'docx' ? await evaluationMinutesDocx(data, lang) : await evaluationMinutesPdf(data, lang);
      return generatedDocument(bytes, format, `evaluation-minutes-${shortId(id)}`);
    },
  };
}

export type ConsultationDocumentService = ReturnType<typeof createConsultationDocumentService>;
