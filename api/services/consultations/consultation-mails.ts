import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { isLang } from '../../domain/languages.ts';
import { consultationInvitationMail, consultationOutcomeMail } from '../../mail/consultation-templates.ts';
import type { Mailer } from '../../mail/mailer.ts';
import {
  enterpriseDisplayNames,
  markInvitationsNotified,
  peopleOfEnterprises,
} from '../../repositories/consultation-invitations.ts';
import type { Clock, Site } from '../logger.ts';
import { invitationPageUrl } from './consultation-views.ts';

/**
 * The mails of a request for quotes through the app's mailer (outbox, SMTP when configured):
 * every person of each enterprise, each in the language they chose.
 */
export function createConsultationMails({
  db,
  mailer,
  site,
  clock,
}: {
  db: Kysely<Database>;
  mailer: Mailer;
  site: Site;
  clock: Clock;
}) {
  const link = (id: string) => invitationPageUrl(site.publicOrigin, id);
  const names = (ids: string[]) => enterpriseDisplayNames(db, ids);

  return {
    /** On publishing: the invitees' people; their invitations are marked notified. */
    async invitations(
      consultation: { id: string; title: string; deadline: string | null },
      enterpriseIds: string[],
    ): Promise<void> {
      const enterpriseNames = await names(enterpriseIds);
      for (const person of await peopleOfEnterprises(db, enterpriseIds)) {
        const lang = isLang(person.locale) ? person.locale : 'el';
        const mail = consultationInvitationMail(lang, {
          title: consultation.title,
          enterpriseName: enterpriseNames.get(person.enterprise_id!) ?? '',
          deadline: consultation.deadline!,
          link: link(consultation.id),
        });
        await mailer.queue({ kind: 'consultation_invitation', to: person.email, ...mail });
      }
      await markInvitationsNotified(db, consultation.id, enterpriseIds, clock().toISOString());
    },

    /** On the award: every enterprise that made an offer learns the outcome. */
    async outcome(
      consultation: { id: string; title: string },
      participantIds: string[],
      winnerId: string,
      decisionNumber: string,
    ): Promise<void> {
      const enterpriseNames = await names([...participantIds, winnerId]);
      for (const person of await peopleOfEnterprises(db, participantIds)) {
        const lang = isLang(person.locale) ? person.locale : 'el';
        const mail = consultationOutcomeMail(lang, {
          title: consultation.title,
          enterpriseName: enterpriseNames.get(person.enterprise_id!) ?? '',
          won: person.enterprise_id === winnerId,
          winnerName: enterpriseNames.get(winnerId) ?? '',
          decisionNumber,
          link: link(consultation.id),
        });
        await mailer.queue({ kind: 'consultation_outcome', to: person.email, ...mail });
      }
    },
  };
}

export type ConsultationMails = ReturnType<typeof createConsultationMails>;
