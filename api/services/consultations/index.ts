import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { athensDate } from '../../domain/consultations/athens-time.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { createEligibilityService } from '../eligibility/eligibility-service.ts';
import type { Clock, Site } from '../logger.ts';
import type { ConsultationRecord } from '../../repositories/consultations.ts';
import type { UploadStore } from '../../uploads/upload-store.ts';
import { createAttachmentService } from './attachment-service.ts';
import { createAwardService, eligibilityNow } from './award-service.ts';
import { createConsultationDocumentService, type AuthoritySettings } from './consultation-documents.ts';
import { createConsultationMails } from './consultation-mails.ts';
import { createConsultationService } from './consultation-service.ts';
import { createOfferService } from './offer-service.ts';
import { createPublicConsultationService } from './public-listing-service.ts';

/** Requests for quotes (issue 13): the staff side, the enterprises' side and the award, sharing one clock. */
export function createConsultationServices(deps: {
  db: Kysely<Database>;
  mailer: Mailer;
  site: Site;
  eligibility: ReturnType<typeof createEligibilityService>;
  clock: Clock;
  uploads: UploadStore;
  minDeadlineMinutes: () => number;
  /** Who issues the generated documents (read at each use). */
  authority: () => AuthoritySettings;
  /** PUBLIC_CONSULTATIONS: list open requests marked for it publicly (read at each use). */
  publicListing: () => boolean;
}) {
  const { db, clock, eligibility } = deps;
  const mails = createConsultationMails({ db, mailer: deps.mailer, site: deps.site, clock });
  const consultations = createConsultationService({ db, clock, mails, minDeadlineMinutes: deps.minDeadlineMinutes });
  const searchEligibility = eligibility.search.bind(eligibility);
  const eligibleFor = async (consultation: ConsultationRecord, enterpriseId: string) =>
    (await eligibilityNow(searchEligibility, consultation, enterpriseId, athensDate(clock()))).eligible;
  return {
    consultations,
    publicConsultations: createPublicConsultationService({ db, clock, site: deps.site, enabled: deps.publicListing }),
    consultationDocuments: createConsultationDocumentService({
      db,
      clock,
      site: deps.site,
      authority: deps.authority,
      closeDue: consultations.closeDue,
    }),
    consultationAwards: createAwardService({ db, clock, mails, searchEligibility, closeDue: consultations.closeDue }),
    myConsultations: createOfferService({
      db,
      clock,
      closeDue: consultations.closeDue,
      eligibleFor,
    }),
    consultationAttachments: createAttachmentService({
      db,
      clock,
      uploads: deps.uploads,
      closeDue: consultations.closeDue,
      eligibleFor,
    }),
  };
}
