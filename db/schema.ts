import type { Generated } from 'kysely';
import type { AreaKind } from '../api/domain/areas.ts';
import type { AwardRoute } from '../api/domain/award-routes.ts';
import type { Role, UserStatus } from '../api/domain/authorization.ts';
import type { ChangeRequestKind, ChangeRequestStatus, HistoryResourceType } from '../api/domain/change-requests.ts';
import type { ComplianceDocumentKind } from '../api/domain/compliance-documents.ts';
import type { EnterpriseStatus, GemkaloStatus, ServiceStatus } from '../api/domain/enterprise-status.ts';
import type { Lang } from '../api/domain/languages.ts';
import type { LegalForm } from '../api/domain/legal-forms.ts';
import type { ConsultationStatus } from '../api/domain/consultations/consultation-status.ts';
import type { SocialValueStatus } from '../api/domain/consultations/social-value.ts';

/**
 * Table interfaces for Kysely. Nullable columns are `T | null`, never optional.
 * Later migrations add their tables here (one interface per table). The lists a column
 * may hold are the domain's (api/domain/); re-exported for code that reads rows.
 */
export type {
  AreaKind,
  AwardRoute,
  ChangeRequestKind,
  ChangeRequestStatus,
  ComplianceDocumentKind,
  EnterpriseStatus,
  GemkaloStatus,
  HistoryResourceType,
  LegalForm,
};
export type UserRole = Role;

export interface AreasTable {
  id: string;
  kind: AreaKind;
  parent_id: string | null;
  nuts_code: string | null;
  name_el: string;
  name_en: string;
  lat: number | null;
  lon: number | null;
}

export interface CpvCodesTable {
  code: string;
  check_digit: string | null;
  label_el: string;
  label_en: string;
  level: number;
  parent_code: string | null;
  social_services: Generated<number>;
}

export interface CategoriesTable {
  id: string;
  name_el: string;
  name_en: string;
  sort_order: Generated<number>;
  /** Everyday words and synonyms for search, comma-separated (seed/reference/categories.ts). */
  keywords_el: Generated<string>;
  keywords_en: Generated<string>;
}

export interface CategoryCpvPrefixesTable {
  category_id: string;
  cpv_prefix: string;
  /** The order the category lists its prefixes in, main code first (the CPV look-up ranks by it). */
  position: Generated<number>;
}

export interface EnterprisesTable {
  id: string;
  slug: string;
  legal_name: string;
  trade_name: string | null;
  legal_form: LegalForm;
  afm: string;
  gemi_number: string | null;
  gemkalo_number: string | null;
  gemkalo_status: Generated<GemkaloStatus>;
  founded_on: string | null;
  description_el: Generated<string>;
  description_en: string | null;
  email: string | null;
  email_public: Generated<number>;
  phone: string | null;
  phone_public: Generated<number>;
  contact_person: string | null;
  contact_person_public: Generated<number>;
  website: string | null;
  street_address: string | null;
  postal_code: string | null;
  address_public: Generated<number>;
  municipality_id: string | null;
  lat: number | null;
  lon: number | null;
  members_count: number | null;
  employees_count: number | null;
  disadvantaged_employees_count: number | null;
  status: Generated<EnterpriseStatus>;
  verified_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  /** Migration 005: the approved logo. */
  logo_id: Generated<string | null>;
  /**
   * Migration 007: facts of the statutes, recorded by staff (null = not recorded, 1 = the
   * statutes say so, 0 = they do not). Law 4412/2016 art. 20: main purpose of integrating
   * disabled or disadvantaged persons; Directive 2014/24 art. 77(2): public-service mission,
   * profits reinvested, participatory ownership or management.
   */
  statutes_integration_purpose: Generated<number | null>;
  statutes_public_service_mission: Generated<number | null>;
  statutes_profits_reinvested: Generated<number | null>;
  statutes_participatory_governance: Generated<number | null>;
  /** When and by whom (users.id) staff verified the statutes facts against the statutes. */
  statutes_verified_at: Generated<string | null>;
  statutes_verified_by: Generated<string | null>;
}

export interface EnterpriseActivityCodesTable {
  enterprise_id: string;
  code: string;
  version: '2008' | '2025';
  is_primary: Generated<number>;
}

export interface ServicesTable {
  id: string;
  enterprise_id: string;
  title_el: string;
  title_en: string | null;
  description_el: Generated<string>;
  description_en: string | null;
  status: Generated<ServiceStatus>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ServiceCpvCodesTable {
  service_id: string;
  cpv_code: string;
}

export interface ServiceCategoriesTable {
  service_id: string;
  category_id: string;
}

export interface ServiceAreasTable {
  service_id: string;
  area_id: string;
}

export interface ComplianceDocumentsTable {
  id: string;
  enterprise_id: string;
  kind: ComplianceDocumentKind;
  issued_on: string;
  valid_until: string;
  reference_number: string | null;
  verified_at: string | null;
  /** Migration 007: the staff member (users.id) who checked the certificate. */
  verified_by: Generated<string | null>;
  created_at: string;
}

export interface ContractsTable {
  id: string;
  enterprise_id: string;
  title: string;
  cpv_code: string;
  award_route: AwardRoute;
  value_net_cents: number;
  vat_cents: Generated<number>;
  department: string;
  awarded_on: string;
  starts_on: string;
  ends_on: string | null;
  diavgeia_ada: string | null;
  kimdis_adam: string | null;
  created_at: string;
  updated_at: string;
  /** Migration 003: optimistic concurrency (ETag / If-Match) and authorship. */
  version: Generated<number>;
  created_by: string | null;
  /** Migration 009: the request for quotes whose award created the contract (consultation_awards.contract_id links back). */
  consultation_id: Generated<string | null>;
}

/** Migration 003: the authority's total procurement spend per year, entered by staff. */
export interface ProcurementTotalsTable {
  year: number;
  total_net_cents: number;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface EnterpriseSearchKeysTable {
  rowid: Generated<number>;
  enterprise_id: string;
  sort_name: Generated<string>;
}

// --- Accounts and security (migration 002-accounts) ---

export type { UserStatus };
export type SessionState = 'mfa_pending' | 'mfa_enrolment' | 'active';
export type MailStatus = 'stored' | 'sending' | 'sent' | 'failed';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  enterprise_id: string | null;
  password_hash: string;
  status: Generated<UserStatus>;
  locale: Generated<Lang>;
  password_changed_at: string;
  last_sign_in_at: string | null;
  deactivated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserTotpTable {
  user_id: string;
  secret: string;
  confirmed_at: string | null;
  last_used_step: number | null;
  created_at: string;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  state: SessionState;
  csrf_token: string;
  mfa_failures: Generated<number>;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface InvitationsTable {
  id: string;
  token_hash: string;
  email: string;
  role: UserRole;
  enterprise_id: string | null;
  invited_by: string;
  locale: Generated<Lang>;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_user_id: string | null;
  revoked_at: string | null;
}

export interface PasswordResetTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: string;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  ip: string | null;
  /** JSON object; never a password, token or code. */
  details: Generated<string>;
}

export interface MailOutboxTable {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string | null;
  status: MailStatus;
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

// --- Operations (migration 006-operations) ---

export interface BackupRunsTable {
  id: string;
  trigger: 'schedule' | 'api' | 'cli';
  status: 'ok' | 'failed';
  reason: string | null;
  file: string | null;
  size_bytes: number | null;
  error: string | null;
  started_at: string;
  finished_at: string;
}

/** How each indexed word is written, for "did you mean" suggestions. */
export interface SearchWordsTable {
  folded: string;
  written: string;
  key: string;
}

/** What the search index was built with (`fingerprint`: analysis version and category keywords). */
export interface SearchIndexMetaTable {
  name: string;
  value: string;
}

/** One row: a count of every change to the tables the public answers read (migration 014's triggers). */
export interface ContentVersionTable {
  id: number;
  version: number;
}

export interface SearchChangesTable {
  seq: Generated<number>;
  enterprise_id: string;
}

// --- Enterprise self-service and moderation (migration 005-self-service) ---

export interface ChangeRequestsTable {
  id: string;
  enterprise_id: string;
  author_user_id: string | null;
  kind: ChangeRequestKind;
  target_id: string | null;
  /** JSON object: API field name → proposed value (only the fields that change). */
  proposed: string;
  /** JSON object: the same fields' values when proposed. */
  previous: Generated<string>;
  base_version: number;
  status: Generated<ChangeRequestStatus>;
  reviewer_user_id: string | null;
  review_comment: string | null;
  /** JSON object: what approval applied (proposal plus corrections). */
  applied: string | null;
  created_at: string;
  updated_at: string;
  reviewed_at: string | null;
}

/** Field-level history in the shape of HSDS 3.0 `metadata`. */
export interface FieldHistoryTable {
  id: Generated<number>;
  enterprise_id: string;
  resource_type: HistoryResourceType;
  resource_id: string;
  field_name: string;
  previous_value: string | null;
  replacement_value: string | null;
  updated_by: string | null;
  updated_by_name: string | null;
  last_action_date: string;
  last_action_type: string;
  change_request_id: string | null;
}

export interface DocumentFilesTable {
  id: string;
  document_id: string;
  enterprise_id: string;
  stored_name: string;
  original_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: string;
  previous_file_id: string | null;
  replaced_by_file_id: string | null;
}

export interface LogosTable {
  id: string;
  enterprise_id: string;
  stored_name: string;
  original_name: string;
  media_type: 'image/png' | 'image/jpeg' | 'image/webp';
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface ExpiryNoticesTable {
  id: Generated<number>;
  enterprise_id: string;
  document_id: string;
  kind: 'expiring' | 'expired';
  valid_until: string;
  recipients: Generated<number>;
  sent_at: string;
}

// --- Requests for quotes and social value (migration 009-consultations) ---

export type { ConsultationStatus, SocialValueStatus };

export interface ConsultationsTable {
  id: string;
  /** The object of the request (αντικείμενο). */
  title: string;
  description: Generated<string>;
  route: AwardRoute;
  value_net_cents: number;
  options_value_net_cents: Generated<number>;
  place_area_id: string | null;
  place_text: string | null;
  starts_on: string | null;
  duration_months: number | null;
  /** UTC ISO instant; null only in a draft. */
  deadline_at: string | null;
  /** JSON EvaluationRule (api/domain/consultations/evaluation-rule.ts). */
  evaluation: Generated<string>;
  status: Generated<ConsultationStatus>;
  cancel_reason: string | null;
  department: string;
  open_to_all_eligible: Generated<number>;
  public_listing: Generated<number>;
  /** JSON: the eligibility need the request started from, re-run at the award. */
  eligibility_need: string | null;
  /** JSON: offer ids in the order a drawing of lots put them; null when none. */
  lot_order: string | null;
  lot_note: string | null;
  version: Generated<number>;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
  closed_at: string | null;
  evaluated_at: string | null;
  evaluated_by: string | null;
  awarded_at: string | null;
  awarded_by: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
}

export interface ConsultationCpvCodesTable {
  consultation_id: string;
  cpv_code: string;
  /** 0 = the main object. */
  position: number;
}

export interface ConsultationInvitationsTable {
  consultation_id: string;
  enterprise_id: string;
  invited_at: string;
  invited_by: string | null;
  notified_at: string | null;
  declined_at: string | null;
  declined_by: string | null;
  decline_reason: string | null;
}

export type OfferState = 'submitted' | 'withdrawn';

/** Sealed until the deadline: read only through api/domain/consultations/sealing.ts. */
export interface ConsultationOffersTable {
  id: string;
  consultation_id: string;
  enterprise_id: string;
  state: OfferState;
  price_net_cents: number;
  vat_rate: number;
  vat_cents: number;
  total_cents: number;
  valid_until: string;
  note: string | null;
  version: Generated<number>;
  submitted_at: string;
  submitted_by: string | null;
  updated_at: string;
  updated_by: string | null;
  withdrawn_at: string | null;
}

export interface ConsultationOfferEvaluationsTable {
  offer_id: string;
  consultation_id: string;
  accepted: number;
  reason: string | null;
  /** JSON: quality criterion id → mark 0–100 (text). */
  quality_marks: Generated<string>;
  evaluated_at: string;
  evaluated_by: string | null;
}

/** A stored PDF (api/uploads/ conventions: random stored name, sha256, size). */
export interface StoredPdfColumns {
  stored_name: string;
  original_name: string;
  media_type: 'application/pdf';
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface ConsultationAttachmentsTable extends StoredPdfColumns {
  id: string;
  consultation_id: string;
}

export interface OfferAttachmentsTable extends StoredPdfColumns {
  id: string;
  offer_id: string;
  consultation_id: string;
  enterprise_id: string;
}

export interface ConsultationAwardsTable {
  consultation_id: string;
  offer_id: string;
  enterprise_id: string;
  decision_number: string;
  decision_date: string;
  diavgeia_ada: string | null;
  contract_id: string | null;
  /** JSON: the eligibility re-run's answer for the chosen enterprise, as evidence. */
  eligibility: string | null;
  awarded_at: string;
  awarded_by: string | null;
}

export interface SocialValueReportsTable {
  id: string;
  contract_id: string;
  enterprise_id: string;
  period_start: string;
  period_end: string;
  vulnerable_workers: number;
  vulnerable_hours: number;
  total_workers: number | null;
  new_hires: number;
  text: string;
  status: Generated<SocialValueStatus>;
  staff_comment: string | null;
  version: Generated<number>;
  reported_at: string;
  reported_by: string | null;
  updated_at: string;
  confirmed_at: string | null;
  confirmed_by: string | null;
}

export interface Database {
  areas: AreasTable;
  cpv_codes: CpvCodesTable;
  categories: CategoriesTable;
  category_cpv_prefixes: CategoryCpvPrefixesTable;
  enterprises: EnterprisesTable;
  enterprise_activity_codes: EnterpriseActivityCodesTable;
  services: ServicesTable;
  service_cpv_codes: ServiceCpvCodesTable;
  service_categories: ServiceCategoriesTable;
  service_areas: ServiceAreasTable;
  compliance_documents: ComplianceDocumentsTable;
  contracts: ContractsTable;
  procurement_totals: ProcurementTotalsTable;
  enterprise_search_keys: EnterpriseSearchKeysTable;
  search_changes: SearchChangesTable;
  content_version: ContentVersionTable;
  search_words: SearchWordsTable;
  search_index_meta: SearchIndexMetaTable;
  users: UsersTable;
  user_totp: UserTotpTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_reset_tokens: PasswordResetTokensTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
  backup_runs: BackupRunsTable;
  change_requests: ChangeRequestsTable;
  field_history: FieldHistoryTable;
  document_files: DocumentFilesTable;
  logos: LogosTable;
  expiry_notices: ExpiryNoticesTable;
  consultations: ConsultationsTable;
  consultation_cpv_codes: ConsultationCpvCodesTable;
  consultation_invitations: ConsultationInvitationsTable;
  consultation_offers: ConsultationOffersTable;
  consultation_offer_evaluations: ConsultationOfferEvaluationsTable;
  consultation_attachments: ConsultationAttachmentsTable;
  offer_attachments: OfferAttachmentsTable;
  consultation_awards: ConsultationAwardsTable;
  social_value_reports: SocialValueReportsTable;
}
