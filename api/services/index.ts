import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Mailer } from '../mail/mailer.ts';
import { createDatabaseStatus } from '../repositories/sqlite/database-status.ts';
import { createDirectoryReference } from '../repositories/sqlite/directory-reference.ts';
import type { DirectoryRegistry } from '../repositories/sqlite/directory-registry.ts';
import { createHsdsReadModel } from '../repositories/sqlite/hsds-read-model.ts';
import type { SessionStore } from '../repositories/sqlite/session-store.ts';
import { readSpreadsheet, SpreadsheetFileError } from '../spreadsheets/read-table.ts';
import type { UploadStore } from '../uploads/upload-store.ts';
import type { AccountLimits } from './account-limits.ts';
import type { BackupService } from './backup-service.ts';
import { createAuthService } from './auth-service.ts';
import { createChangeRequestService } from './change-request-service.ts';
import { createComplianceService } from './compliance-service.ts';
import type { AuthoritySettings } from './consultations/consultation-documents.ts';
import { createConsultationServices } from './consultations/index.ts';
import { createContractService } from './contract-service.ts';
import { createDirectoryService } from './directory-service.ts';
import { createDocumentService } from './document-service.ts';
import { createEligibilityService } from './eligibility/eligibility-service.ts';
import { createHealthService } from './health-service.ts';
import { createHsdsService } from './hsds-service.ts';
import { createEnterpriseWriter } from './enterprise-writes.ts';
import { createInvitationService } from './invitation-service.ts';
import { systemClock, type Clock, type Logger, type Site } from './logger.ts';
import { createMailOutboxService } from './mail-outbox-service.ts';
import { createMyEnterpriseService } from './my-enterprise-service.ts';
import { createPasswordResetService } from './password-reset-service.ts';
import { createSecondFactorService } from './second-factor-service.ts';
import { createSpreadsheetService, type SpreadsheetReader } from './spreadsheet-service.ts';
import { createMapService } from './map-service.ts';
import { createStaffEnterpriseService } from './staff-enterprise-service.ts';
import { createStaffOverviewService } from './staff-overview-service.ts';
import { createSocialValueService } from './social-value-service.ts';
import { createStatsService } from './stats-service.ts';
import { createUserService } from './user-service.ts';

/** Everything the services need from outside: the database, stores, the mailer, the clock. */
export interface ServiceDeps {
  db: Kysely<Database>;
  /** Only for the SQLite read models and bulk writers in repositories/sqlite/. */
  sqlite: SQLite.Database;
  registry: DirectoryRegistry;
  sessions: SessionStore;
  limits: AccountLimits;
  mailer: Mailer;
  uploads: UploadStore;
  /** Built earlier (plugins/backups.ts schedules it; metrics read it). */
  backups: BackupService;
  site: Site;
  log: Logger;
  clock?: Clock;
  /** Requests for quotes: their own clock (tests move it past a deadline) and settings read at each use. */
  consultations: {
    clock: Clock;
    minDeadlineMinutes: () => number;
    authority: () => AuthoritySettings;
    publicListing: () => boolean;
  };
}

/** The spreadsheet reader (api/spreadsheets/read-table.ts) behind the interface the import uses. */
const spreadsheetReader: SpreadsheetReader = {
  read: readSpreadsheet,
  fileProblem: (error) =>
    error instanceof SpreadsheetFileError
      ? { code: error.code, messageEl: error.messageEl, messageEn: error.messageEn }
      : null,
};

/** Builds every service once per app (routes reach them as `app.services.<name>`). */
export function createServices(deps: ServiceDeps) {
  const clock = deps.clock ?? systemClock;
  const { db, sqlite, registry, sessions, limits, mailer, uploads, site, log } = deps;
  const write = createEnterpriseWriter({ db, sqlite, indexer: registry.indexer });
  const myEnterprise = createMyEnterpriseService({ db, write });
  const hsdsReadModel = createHsdsReadModel(sqlite, registry.areaTree, registry.search, site.publicOrigin);
  registry.onReferenceReload(() => hsdsReadModel.reloadReference());
  const eligibility = createEligibilityService({ db, registry });
  return {
    auth: createAuthService({ db, sessions, limits, mailer, log, clock }),
    secondFactor: createSecondFactorService({ db, sessions, limits, clock }),
    passwordReset: createPasswordResetService({ db, sessions, limits, mailer, site, clock }),
    users: createUserService({ db, sessions, clock }),
    invitations: createInvitationService({ db, mailer, site, clock }),
    mailOutbox: createMailOutboxService({ db }),
    myEnterprise,
    documents: createDocumentService({ db, uploads, write, ownEnterprise: myEnterprise.ownEnterprise }),
    staffEnterprises: createStaffEnterpriseService({ db, write, registry }),
    staffOverview: createStaffOverviewService({ db }),
    changeRequests: createChangeRequestService({ db, write, mailer, site, log }),
    compliance: createComplianceService({ db }),
    contracts: createContractService({ db }),
    stats: createStatsService({
      db,
      registry,
      authority: deps.consultations.authority,
      clock: deps.consultations.clock,
    }),
    socialValue: createSocialValueService({ db, clock: deps.consultations.clock }),
    eligibility,
    ...createConsultationServices({ db, mailer, site, eligibility, uploads, ...deps.consultations }),
    directory: createDirectoryService({ registry, reference: createDirectoryReference(sqlite) }),
    map: createMapService({ registry }),
    hsds: createHsdsService({ readModel: hsdsReadModel, site }),
    spreadsheets: createSpreadsheetService({ sqlite, write, reader: spreadsheetReader, log }),
    health: createHealthService({ status: createDatabaseStatus(sqlite, db), log }),
    backups: deps.backups,
  };
}

export type Services = ReturnType<typeof createServices>;
