import { Type } from 'typebox';
import { DOCUMENT_KINDS } from '../../domain/compliance-documents.ts';
import {
  DocumentKindSchema,
  DocumentSchema,
  MyServiceSchema,
  NullableText,
  serviceProperties,
} from '../../http/enterprise-schemas.ts';

/** Request pieces of enterprise self-service (issue 5); the shared contract is in api/http/enterprise-schemas.ts. */

export const ServiceCreateSchema = Type.Object(
  {
    ...serviceProperties,
    titleEn: Type.Optional(serviceProperties.titleEn),
    descriptionEl: Type.Optional(serviceProperties.descriptionEl),
    descriptionEn: Type.Optional(serviceProperties.descriptionEn),
    categories: Type.Optional(serviceProperties.categories),
    areas: Type.Optional(serviceProperties.areas),
    status: Type.Optional(serviceProperties.status),
  },
  { additionalProperties: false },
);
export const MyServiceListSchema = Type.Object({ items: Type.Array(MyServiceSchema) });
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
export const LogoUploadResultSchema = Type.Object({
  logoId: Type.String(),
  url: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
});

export const MULTIPART_DOCUMENT_DESCRIPTION =
  'multipart/form-data: `file` (PDF, at most 10 MB, checked by its content), `kind`, `issuedOn` and `validUntil` (YYYY-MM-DD, as printed on the certificate), optional `referenceNumber`.';
export const MULTIPART_LOGO_DESCRIPTION =
  'multipart/form-data: `file` (PNG, JPEG or WebP, at most 2 MB; SVG is refused).';

/*
 * Multipart bodies, for the OpenAPI document only: without a `type` these schemas accept the
 * request as @fastify/multipart leaves it (the body is read as a stream by the handler, which
 * checks every field itself and names it in a 400).
 */
const fileField = (mediaTypes: string, description: string) => ({
  type: 'string',
  format: 'binary',
  description: `${description} (${mediaTypes})`,
});
export const DocumentUploadBodySchema = Type.Unsafe<unknown>({
  properties: {
    file: fileField('application/pdf', 'The certificate, at most 10 MB'),
    kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
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
