import type { Static } from 'typebox';
import type { EligibilityRule } from './domain/eligibility.ts';
import type {
  AreaListSchema,
  CategoryListSchema,
  CpvListSchema,
  EnterpriseListSchema,
} from './http/directory-schemas.ts';
import type {
  DocumentKindSchema,
  ProfileValuesBody,
  ServiceValuesBody,
  StaffEnterpriseSchema,
} from './http/enterprise-schemas.ts';
import type { AwardRouteSchema, LangSchema, LegalFormSchema } from './http/schemas.ts';
export type { MapLocation, MapLocationList, MapTiles } from './http/map-schemas.ts';
import type { EXPORT_COLUMNS } from './repositories/sqlite/enterprise-export.ts';
import type {
  AcceptedSchema,
  CsrfResponseSchema,
  MySessionListSchema,
  RecoveryCodesResponseSchema,
} from './routes/auth/schemas.ts';
import type { ContractListSchema } from './routes/contracts/schemas.ts';
import type { JobSchema } from './routes/spreadsheets/schemas.ts';

/**
 * The API as the web sees it: types only, taken from the TypeBox schemas that validate the
 * requests and whitelist the responses, so a change on one side fails `tsc` on the other.
 * Web code imports from here with `import type` and never imports a route file.
 * This module has no runtime code; it must stay so (the web bundles must not pull the server in).
 */

// Languages and the lists whose ids the API uses (their labels live in the web's message catalogues).
export type Lang = Static<typeof LangSchema>;
export type LegalForm = Static<ReturnType<typeof LegalFormSchema>>;
export type { EnterpriseStatus, GemkaloStatus } from './domain/enterprise-status.ts';
export type AwardRoute = Static<typeof AwardRouteSchema>;
export type DocumentKind = Static<typeof DocumentKindSchema>;
export type { EligibilityRule };

// Accounts.
export type { Role, UserDto } from './http/account-schemas.ts';
export type {
  EnrolmentConfirmResponse,
  EnrolmentResponse,
  LoginResponse,
  MeResponse,
  MySession,
  SessionResponse,
  UpdateMeBody,
} from './routes/auth/schemas.ts';
export type MySessionList = Static<typeof MySessionListSchema>;
export type RecoveryCodes = Static<typeof RecoveryCodesResponseSchema>;
export type CsrfResponse = Static<typeof CsrfResponseSchema>;
export type Accepted = Static<typeof AcceptedSchema>;
export type { InvitationDto } from './routes/invitations/schemas.ts';
export type { EnterpriseOptionDto } from './routes/users/schemas.ts';

// Public directory pieces the staff app and the widget reuse.
export type { AreaListSchema, CpvListSchema };
export type AreaList = Static<typeof AreaListSchema>;
export type CategoryList = Static<typeof CategoryListSchema>;
export type CpvList = Static<typeof CpvListSchema>;
export type { EnterpriseProfile } from './http/directory-schemas.ts';
export type EnterpriseList = Static<typeof EnterpriseListSchema>;

// Procurement: eligibility, contracts.
export type { EligibilityResponse, NeedBody } from './http/eligibility-schemas.ts';
export type { Contract, ContractInputBody } from './http/procurement-schemas.ts';
export type ContractList = Static<typeof ContractListSchema>;
export type {
  AttachmentView,
  ComparisonView,
  ConsultationDetail,
  ConsultationInput,
  ConsultationSummaryView,
  EvaluationInputBody,
  MyConsultation,
  OfferInputBody,
  OffersResponse,
  OfferView,
  OpenConsultationList,
  RotationList,
} from './http/consultation-schemas.ts';
export type { ConsultationStatus } from './domain/consultations/consultation-status.ts';

// Self-service, moderation, compliance, staff records.
export type {
  ChangeRequestDetail,
  ChangeRequestView,
  ComplianceDocumentView,
  MyEnterprise,
  MyService,
  NewEnterprise,
  ProfilePatch,
  ServicePatch,
  StaffEnterpriseSchema,
  SubmitResult,
} from './http/enterprise-schemas.ts';
export type { ProfileValuesBody, ServiceValuesBody };
export type { ComplianceOverview } from './routes/compliance/schemas.ts';
export type { StaffOverviewBody as StaffOverview } from './routes/staff-overview/schemas.ts';
export type StaffEnterprise = Static<typeof StaffEnterpriseSchema>;

// Spreadsheets.
export type { JobSchema, EXPORT_COLUMNS };
export type ImportJob = Static<typeof JobSchema>;
export type ExportEntity = keyof typeof EXPORT_COLUMNS;
export type ExportColumn<E extends ExportEntity> = keyof (typeof EXPORT_COLUMNS)[E] & string;

// Social value (issue 13): the enterprises' reports on their contracts and the year's figures.
export type {
  MySocialValueContract,
  SocialValueInputBody,
  SocialValueReportView,
} from './http/social-value-schemas.ts';
export type { SocialValueYear } from './domain/consultations/social-value-aggregation.ts';
