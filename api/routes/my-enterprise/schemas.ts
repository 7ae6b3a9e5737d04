import { Type, type Static } from 'typebox';
import { LEGAL_FORM_IDS } from '../../domain/legal-forms.ts';

/** Contract of enterprise self-service (issue 5); the web pages import these types. */

/** A string from a fixed list (JSON Schema `enum`), typed as that list's union. */
export function oneOf<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/*
 * Nullable values use JSON Schema type arrays (`["number", "null"]`), not anyOf: with Ajv's
 * type coercion an anyOf would turn `null` into 0 or "" in its first branch.
 */
const NullableText = (maxLength: number, description?: string) =>
  Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength, ...(description ? { description } : {}) });
const Text = (maxLength: number, description?: string) => Type.String({ maxLength, ...(description ? { description } : {}) });
const NullableNumber = (description: string) => Type.Unsafe<number | null>({ type: ['number', 'null'], description });
const Count = Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 0, maximum: 1_000_000 });

export const FieldValueSchema = Type.Unsafe<string | number | boolean | null | string[]>({
  type: ['string', 'number', 'boolean', 'null', 'array'],
  items: { type: 'string' },
  description: 'A field value: text, number, yes/no, nothing, or a list of codes',
});
export const ChangesSchema = Type.Record(Type.String(), FieldValueSchema);

const profileProperties = {
  legalName: Text(300),
  tradeName: NullableText(300),
  legalForm: Type.Union(LEGAL_FORM_IDS.map((id) => Type.Literal(id))),
  afm: Text(20, 'ΑΦΜ: 9 digits, an EL/GR prefix is stripped'),
  gemiNumber: NullableText(40),
  gemkaloNumber: NullableText(40),
  gemkaloStatus: oneOf(['active', 'pending', 'suspended', 'removed', 'unknown'], { description: 'Staff only' }),
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
  status: oneOf(['draft', 'published', 'hidden'], { description: 'Staff only' }),
};

export const ProfileValuesSchema = Type.Object(profileProperties, { additionalProperties: false });
export type ProfileValuesBody = Static<typeof ProfileValuesSchema>;

export const ProfilePatchSchema = Type.Partial(Type.Object(profileProperties, { additionalProperties: false }), {
  additionalProperties: false,
  description: 'Only the fields to change. Public fields wait for moderation; private ones apply at once.',
});
export type ProfilePatch = Static<typeof ProfilePatchSchema>;

export const ChangeRequestSummarySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.Union([Type.Literal('profile'), Type.Literal('service')]),
    targetId: Type.Union([Type.String(), Type.Null()]),
    status: oneOf(['pending', 'approved', 'rejected', 'superseded']),
    proposed: ChangesSchema,
    applied: Type.Union([ChangesSchema, Type.Null()]),
    reviewComment: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
    reviewedAt: Type.Union([Type.String(), Type.Null()]),
  },
);
const SummaryRef = ChangeRequestSummarySchema;

export const VerificationSchema = Type.Object({
  verifiedAt: Type.Union([Type.String(), Type.Null()]),
  /** HSDS assured_date */
  assuredDate: Type.Union([Type.String(), Type.Null()]),
  stale: Type.Boolean({ description: 'The verification is older than 12 months' }),
});

export const MyEnterpriseSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  slug: Type.String(),
  version: Type.Integer(),
  etag: Type.String(),
  profile: ProfileValuesSchema,
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  verification: VerificationSchema,
  /** The proposal waiting for staff, if any (its values are not public yet). */
  pendingChange: Type.Union([SummaryRef, Type.Null()]),
  /** Per field: `moderated` (waits for staff), `moderated_when_public`, `direct`, `staff_only`. */
  moderation: Type.Record(Type.String(), Type.String()),
  updatedAt: Type.String(),
});
export type MyEnterprise = Static<typeof MyEnterpriseSchema>;

export const SubmitResultSchema = Type.Object({
  changeRequestId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  status: Type.Union([Type.Literal('pending'), Type.Literal('applied'), Type.Literal('unchanged'), Type.Literal('withdrawn')]),
  pendingFields: Type.Array(Type.String()),
  appliedFields: Type.Array(Type.String()),
  etag: Type.String(),
});
export type SubmitResult = Static<typeof SubmitResultSchema>;

const serviceProperties = {
  titleEl: Type.String({ minLength: 1, maxLength: 300 }),
  titleEn: NullableText(300),
  descriptionEl: Text(8000),
  descriptionEn: NullableText(8000),
  cpvCodes: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 50, description: 'CPV codes, e.g. 90910000-9' }),
  categories: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 }),
  areas: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200, description: 'Area ids served' }),
  status: Type.Union([Type.Literal('active'), Type.Literal('inactive')]),
};
export const ServiceValuesSchema = Type.Object(serviceProperties, { additionalProperties: false });
export type ServiceValuesBody = Static<typeof ServiceValuesSchema>;
export const ServiceCreateSchema = Type.Object(
  { ...serviceProperties, titleEn: Type.Optional(serviceProperties.titleEn), descriptionEl: Type.Optional(serviceProperties.descriptionEl), descriptionEn: Type.Optional(serviceProperties.descriptionEn), categories: Type.Optional(serviceProperties.categories), areas: Type.Optional(serviceProperties.areas), status: Type.Optional(serviceProperties.status) },
  { additionalProperties: false },
);
export const ServicePatchSchema = Type.Partial(Type.Object(serviceProperties), { additionalProperties: false });
export type ServicePatch = Static<typeof ServicePatchSchema>;

export const MyServiceSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    /** False for a new service waiting for approval. */
    published: Type.Boolean(),
    version: Type.Integer(),
    etag: Type.String(),
    values: ServiceValuesSchema,
    pendingChange: Type.Union([SummaryRef, Type.Null()]),
  },
);
export type MyService = Static<typeof MyServiceSchema>;
export const MyServiceListSchema = Type.Object({ items: Type.Array(MyServiceSchema) });

// Every kind the register holds (migration 007 added the statutes and the criminal record).
export const DocumentKindSchema = oneOf(
  ['tax_clearance', 'social_security_clearance', 'gemi_certificate', 'gemkalo_certificate', 'workforce_composition', 'statutes', 'criminal_record'],
);
export const DocumentFileSchema = Type.Object({
  id: Type.String(),
  originalName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: Type.String(),
  current: Type.Boolean(),
  downloadUrl: Type.String(),
});
export const DocumentSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: DocumentKindSchema,
    issuedOn: Type.String({ description: 'As printed on the certificate' }),
    validUntil: Type.String({ description: 'As printed on the certificate (never computed)' }),
    referenceNumber: Type.Union([Type.String(), Type.Null()]),
    verifiedAt: Type.Union([Type.String(), Type.Null()]),
    state: Type.Union([Type.Literal('valid'), Type.Literal('expiring'), Type.Literal('expired')]),
    files: Type.Array(DocumentFileSchema),
  },
);
export type ComplianceDocumentView = Static<typeof DocumentSchema>;
export const DocumentListSchema = Type.Object({ items: Type.Array(DocumentSchema) });
export const DocumentPatchSchema = Type.Partial(
  Type.Object({
    kind: DocumentKindSchema,
    issuedOn: Type.String({ maxLength: 10 }),
    validUntil: Type.String({ maxLength: 10 }),
    referenceNumber: NullableText(100),
  }),
  { additionalProperties: false },
);

export const IdParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const FileParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) });

export const MULTIPART_DOCUMENT_DESCRIPTION =
  'multipart/form-data: `file` (PDF, at most 10 MB, checked by its content), `kind`, `issuedOn` and `validUntil` (YYYY-MM-DD, as printed on the certificate), optional `referenceNumber`.';
export const MULTIPART_LOGO_DESCRIPTION = 'multipart/form-data: `file` (PNG, JPEG or WebP, at most 2 MB; SVG is refused).';

/*
 * Multipart bodies, for the OpenAPI document only: without a `type` these schemas accept the
 * request as @fastify/multipart leaves it (the body is read as a stream by the handler, which
 * checks every field itself and names it in a 400).
 */
const fileField = (mediaTypes: string, description: string) => ({ type: 'string', format: 'binary', description: `${description} (${mediaTypes})` });
export const DocumentUploadBodySchema = Type.Unsafe<unknown>({
  properties: {
    file: fileField('application/pdf', 'The certificate, at most 10 MB'),
    kind: { type: 'string', enum: ['tax_clearance', 'social_security_clearance', 'gemi_certificate', 'gemkalo_certificate', 'workforce_composition'] },
    issuedOn: { type: 'string', description: 'YYYY-MM-DD, as printed on the certificate' },
    validUntil: { type: 'string', description: 'YYYY-MM-DD, as printed on the certificate (never computed)' },
    referenceNumber: { type: 'string' },
  },
  required: ['file', 'kind', 'issuedOn', 'validUntil'],
});
export const DocumentReplaceBodySchema = Type.Unsafe<unknown>({
  properties: {
    file: fileField('application/pdf', 'The new file, at most 10 MB; the old one is kept'),
    kind: { type: 'string' },
    issuedOn: { type: 'string' },
    validUntil: { type: 'string' },
    referenceNumber: { type: 'string' },
  },
  required: ['file'],
});
export const LogoUploadBodySchema = Type.Unsafe<unknown>({
  properties: { file: fileField('image/png, image/jpeg, image/webp', 'The logo, at most 2 MB; SVG is refused') },
  required: ['file'],
});
