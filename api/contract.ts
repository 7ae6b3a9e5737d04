/**
 * The API contract for the web code: types only, derived from the routes' TypeBox schemas
 * (DESIGN §4: one contract). Web code imports from here with `import type`, never from a
 * route file, so routes can be reorganised without touching the web.
 */
export type { EnterpriseOptionDto } from './routes/users/schemas.ts';
export type { InvitationDto } from './routes/invitations/schemas.ts';
export type { Role, UserDto } from './http/account-schemas.ts';
export type { EnrolmentConfirmResponse, EnrolmentResponse, LoginResponse, MySession, SessionResponse } from './routes/auth/schemas.ts';
export type { AreaListSchema, CpvListSchema, EnterpriseList, EnterpriseProfile, Lang } from './http/directory-schemas.ts';
export type { EligibilityResponse, NeedBody } from './http/eligibility-schemas.ts';
export type { Contract, ContractInputBody } from './http/procurement-schemas.ts';
export type { JobSchema } from './routes/spreadsheets/schemas.ts';
export type { EXPORT_COLUMNS } from './repositories/sqlite/enterprise-export.ts';
export type {
  ChangeRequestDetail,
  ChangeRequestView,
  ComplianceDocumentView,
  MyEnterprise,
  MyService,
  ProfilePatch,
  ServicePatch,
  StaffEnterpriseSchema,
  SubmitResult,
} from './http/enterprise-schemas.ts';
export type { ComplianceOverview } from './routes/compliance/schemas.ts';
