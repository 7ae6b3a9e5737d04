import type { Static } from 'typebox';
import type { EligibilityRule } from './domain/eligibility.ts';
import type { AreaListSchema, CategoryListSchema, CpvListSchema, EnterpriseListSchema, LangSchema, LegalFormIdSchema } from './routes/public/schemas.ts';
import type { AwardRouteSchema } from './routes/eligibility/schemas.ts';
import type { ContractListSchema } from './routes/contracts/schemas.ts';
import type {
  AcceptedSchema,
  CsrfResponseSchema,
  MySessionListSchema,
  RecoveryCodesResponseSchema,
} from './routes/auth/schemas.ts';
import type { DocumentKindSchema, ProfileValuesBody, ServiceValuesBody } from './routes/my-enterprise/schemas.ts';
import type { JobSchema } from './routes/spreadsheets/index.ts';
import type { StaffEnterpriseSchema } from './routes/staff-enterprises/index.ts';
import type { EXPORT_COLUMNS } from './spreadsheets/export.ts';

/**
 * The API as the web sees it: types only, taken from the TypeBox schemas that validate the
 * requests and whitelist the responses, so a change on one side fails `tsc` on the other.
 * Web code imports from here with `import type` and never imports a route file.
 * This module has no runtime code; it must stay so (the web bundles must not pull the server in).
 */

// Languages and the lists whose ids the API uses (their labels live in the web's message catalogues).
export type Lang = Static<typeof LangSchema>;
export type LegalForm = Static<typeof LegalFormIdSchema>;
export type AwardRoute = Static<typeof AwardRouteSchema>;
export type DocumentKind = Static<typeof DocumentKindSchema>;
export type { EligibilityRule };

// Accounts.
export type { EnrolmentConfirmResponse, EnrolmentResponse, LoginResponse, MySession, Role, SessionResponse, UserDto } from './routes/auth/schemas.ts';
export type MySessionList = Static<typeof MySessionListSchema>;
export type RecoveryCodes = Static<typeof RecoveryCodesResponseSchema>;
export type CsrfResponse = Static<typeof CsrfResponseSchema>;
export type Accepted = Static<typeof AcceptedSchema>;
export type { InvitationDto } from './routes/invitations/index.ts';
export type { EnterpriseOptionDto } from './routes/users/index.ts';

// Public directory pieces the staff app reuses.
export type AreaList = Static<typeof AreaListSchema>;
export type CategoryList = Static<typeof CategoryListSchema>;
export type CpvList = Static<typeof CpvListSchema>;
export type EnterpriseList = Static<typeof EnterpriseListSchema>;

// Procurement: eligibility, contracts.
export type { EligibilityResponse, NeedBody } from './routes/eligibility/schemas.ts';
export type { Contract, ContractInputBody } from './routes/contracts/schemas.ts';
export type ContractList = Static<typeof ContractListSchema>;

// Self-service, moderation, compliance, staff records.
export type { ComplianceDocumentView, MyEnterprise, MyService, ProfilePatch, ServicePatch, SubmitResult } from './routes/my-enterprise/schemas.ts';
export type { ProfileValuesBody, ServiceValuesBody };
export type { ChangeRequestDetail, ChangeRequestView } from './routes/change-requests/index.ts';
export type { ComplianceOverview } from './routes/compliance/index.ts';
export type StaffEnterprise = Static<typeof StaffEnterpriseSchema>;

// Spreadsheets.
export type ImportJob = Static<typeof JobSchema>;
export type ExportEntity = keyof typeof EXPORT_COLUMNS;
export type ExportColumn<E extends ExportEntity> = keyof (typeof EXPORT_COLUMNS)[E] & string;
