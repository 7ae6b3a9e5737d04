import { Type, type Static } from 'typebox';
import { CHANGE_REQUEST_STATUSES } from '../domain/change-requests.ts';
import { DOCUMENT_KINDS } from '../domain/compliance-documents.ts';
import { ENTERPRISE_STATUSES, GEMKALO_STATUSES, SERVICE_STATUSES } from '../domain/enterprise-status.ts';
import { LegalFormSchema, literals, Nullable, oneOf } from './schemas.ts';

/**
 * The enterprise contract shared by self-service, staff work, moderation and compliance
 * (issue 5): what the services return and the routes whitelist; the web imports the types
 * through api/contract.ts.
 */

/*
 * Nullable values use JSON Schema type arrays (`["number", "null"]`), not anyOf: with Ajv's
 * type coercion an anyOf would turn `null` into 0 or "" in its first branch.
 */
export const NullableText = (maxLength: number, description?: string) =>
  Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength, ...(description ? { description } : {}) });
const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });
const NullableNumber = (description: string) => Type.Unsafe<number | null>({ type: ['number', 'null'], description });
const Count = Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 0, maximum: 1_000_000 });

export const FieldValueSchema = Type.Unsafe<string | number | boolean | null | string[]>({
  type: ['string', 'number', 'boolean', 'null', 'array'],
  items: { type: 'string' },
  description: 'A field value: text, number, yes/no, nothing, or a list of codes',
});
const ChangesSchema = Type.Record(Type.String(), FieldValueSchema);

const profileProperties = {
  legalName: Text(300),
  tradeName: NullableText(300),
  legalForm: LegalFormSchema(),
  afm: Text(20, 'ΑΦΜ: 9 digits, an EL/GR prefix is stripped'),
  gemiNumber: NullableText(40),
  gemkaloNumber: NullableText(40),
  gemkaloStatus: oneOf(GEMKALO_STATUSES, { description: 'Staff only' }),
  foundedOn: NullableText(10, 'YYYY-MM-DD'),
  descriptionEl: Text(8000),
  descriptionEn: NullableText(8000),
  website: NullableText(500, 'https://…'),
  email: NullableText(254),
  emailPublic: Type.Boolean(),
  phone: NullableText(40),
  phonePublic: Type.Boolean(),
  contactPerson: NullableText(200),
  contactPersonPublic: Type.Boolean(),
  streetAddress: NullableText(300),
  postalCode: NullableText(10),
  lat: NullableNumber('Latitude, -90…90 (WGS 84)'),
  lon: NullableNumber('Longitude, -180…180 (WGS 84)'),
  addressPublic: Type.Boolean(),
  municipalityId: NullableText(64),
  membersCount: Count,
  employeesCount: Count,
  disadvantagedEmployeesCount: Count,
  logoId: NullableText(64, 'Id of a logo uploaded with POST /my/enterprise/logo'),
  status: oneOf(ENTERPRISE_STATUSES, { description: 'Staff only' }),
};

const ProfileValuesSchema = Type.Object(profileProperties, { additionalProperties: false });
export type ProfileValuesBody = Static<typeof ProfileValuesSchema>;

export const ProfilePatchSchema = Type.Partial(Type.Object(profileProperties, { additionalProperties: false }), {
  additionalProperties: false,
  description: 'Only the fields to change. Public fields wait for moderation; private ones apply at once.',
});
export type ProfilePatch = Static<typeof ProfilePatchSchema>;

/** A new enterprise (staff register it): name, legal form and ΑΦΜ required; status draft unless given. */
export const NewEnterpriseSchema = Type.Object(
  {
    ...ProfilePatchSchema.properties,
    legalName: Type.String({ minLength: 1, maxLength: 300 }),
    legalForm: profileProperties.legalForm,
    afm: profileProperties.afm,
  },
  {
    additionalProperties: false,
    description: 'The profile of a new enterprise; every field as in PATCH, name, legal form and ΑΦΜ required.',
  },
);
export type NewEnterprise = Static<typeof NewEnterpriseSchema>;

const ChangeRequestSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Union([Type.Literal('profile'), Type.Literal('service')]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  status: oneOf(CHANGE_REQUEST_STATUSES),
  proposed: ChangesSchema,
  applied: Type.Union([ChangesSchema, Type.Null()]),
  reviewComment: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
});
const SummaryRef = ChangeRequestSummarySchema;

export const VerificationSchema = Type.Object({
  verifiedAt: Type.Union([Type.String(), Type.Null()]),
  /** HSDS assured_date */
  assuredDate: Type.Union([Type.String(), Type.Null()]),
  stale: Type.Boolean({ description: 'The verification is older than 12 months' }),
});

/** What the enterprise itself and staff both see of the record. */
const recordProperties = {
  id: Type.String({ format: 'uuid' }),
  slug: Type.String(),
  version: Type.Integer(),
  etag: Type.String(),
  profile: ProfileValuesSchema,
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  verification: VerificationSchema,
};

export const MyEnterpriseSchema = Type.Object({
  ...recordProperties,
  /** The proposal waiting for staff, if any (its values are not public yet). */
  pendingChange: Type.Union([SummaryRef, Type.Null()]),
  /** Per field: `moderated` (waits for staff), `moderated_when_public`, `direct`, `staff_only`. */
  moderation: Type.Record(Type.String(), Type.String()),
  updatedAt: Type.String(),
});
export type MyEnterprise = Static<typeof MyEnterpriseSchema>;

export const SubmitResultSchema = Type.Object({
  changeRequestId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('applied'),
    Type.Literal('unchanged'),
    Type.Literal('withdrawn'),
  ]),
  pendingFields: Type.Array(Type.String()),
  appliedFields: Type.Array(Type.String()),
  etag: Type.String(),
});
export type SubmitResult = Static<typeof SubmitResultSchema>;

export const serviceProperties = {
  titleEl: Type.String({ minLength: 1, maxLength: 300 }),
  titleEn: NullableText(300),
  descriptionEl: Text(8000),
  descriptionEn: NullableText(8000),
  cpvCodes: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 50, description: 'CPV codes, e.g. 90910000-9' }),
  categories: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 }),
  areas: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200, description: 'Area ids served' }),
  status: literals(SERVICE_STATUSES),
};
const ServiceValuesSchema = Type.Object(serviceProperties, { additionalProperties: false });
export type ServiceValuesBody = Static<typeof ServiceValuesSchema>;
export const ServicePatchSchema = Type.Partial(Type.Object(serviceProperties), { additionalProperties: false });
export type ServicePatch = Static<typeof ServicePatchSchema>;

export const MyServiceSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  /** False for a new service waiting for approval. */
  published: Type.Boolean(),
  version: Type.Integer(),
  etag: Type.String(),
  values: ServiceValuesSchema,
  pendingChange: Type.Union([SummaryRef, Type.Null()]),
});
export type MyService = Static<typeof MyServiceSchema>;

export const DocumentKindSchema = oneOf(DOCUMENT_KINDS);
const DocumentFileSchema = Type.Object({
  id: Type.String(),
  originalName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: Type.String(),
  current: Type.Boolean(),
  downloadUrl: Type.String(),
});
export const DocumentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: DocumentKindSchema,
  issuedOn: Type.String({ description: 'As printed on the certificate' }),
  validUntil: Type.String({ description: 'As printed on the certificate (never computed)' }),
  referenceNumber: Type.Union([Type.String(), Type.Null()]),
  verifiedAt: Type.Union([Type.String(), Type.Null()]),
  state: Type.Union([Type.Literal('valid'), Type.Literal('expiring'), Type.Literal('expired')]),
  files: Type.Array(DocumentFileSchema),
});
export type ComplianceDocumentView = Static<typeof DocumentSchema>;
export const FileParamsSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fileId: Type.String({ format: 'uuid' }),
});

const fact = Nullable(Type.Boolean(), {
  description: 'true: the statutes say so; false: they do not; null: not recorded',
});
/** Facts staff record from the statutes (issue 11): art. 20 integration purpose, art. 77(2) conditions. */
export const StatutesFactsBody = Type.Object(
  { integrationPurpose: fact, publicServiceMission: fact, profitsReinvested: fact, participatoryGovernance: fact },
  { additionalProperties: false },
);
export const StatutesFactsSchema = Type.Object({
  ...StatutesFactsBody.properties,
  verifiedAt: Type.Union([Type.String(), Type.Null()], { description: 'When staff recorded them from the statutes' }),
  verifiedBy: Type.Union([Type.String(), Type.Null()], { description: 'Who (name)' }),
});

export const StaffEnterpriseSchema = Type.Object({
  ...recordProperties,
  statutes: StatutesFactsSchema,
  pendingChangeRequests: Type.Integer(),
  services: Type.Array(Type.Object({ id: Type.String(), version: Type.Integer(), values: ServiceValuesSchema })),
  documents: Type.Array(DocumentSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type StaffEnterprise = Static<typeof StaffEnterpriseSchema>;

// --- Moderation ---

const Person = Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]);

export const ChangeRequestSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  enterpriseId: Type.String(),
  enterpriseSlug: Type.String(),
  enterpriseName: Type.String(),
  kind: Type.Union([Type.Literal('profile'), Type.Literal('service')]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  status: oneOf(CHANGE_REQUEST_STATUSES),
  proposed: ChangesSchema,
  previous: ChangesSchema,
  applied: Type.Union([ChangesSchema, Type.Null()]),
  baseVersion: Type.Integer(),
  author: Person,
  reviewer: Person,
  reviewComment: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
});
export type ChangeRequestView = Static<typeof ChangeRequestSchema>;

export const ChangeRequestDetailSchema = Type.Object({
  ...ChangeRequestSchema.properties,
  newService: Type.Boolean(),
  /** The enterprise's name (profile) or the service's title. */
  subject: Type.String(),
  diff: Type.Array(
    Type.Object({
      field: Type.String(),
      before: FieldValueSchema,
      current: FieldValueSchema,
      proposed: FieldValueSchema,
      changedSinceProposal: Type.Boolean({ description: 'Someone changed this field after the proposal was made' }),
    }),
  ),
});
export type ChangeRequestDetail = Static<typeof ChangeRequestDetailSchema>;
