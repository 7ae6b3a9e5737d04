import { Type } from 'typebox';
import { CONSULTATION_STATUSES } from '../../domain/consultations/consultation-status.ts';
import { literals } from '../../http/schemas.ts';

export const ConsultationIdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const OfferAttachmentParamsSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100 }),
  offerId: Type.String({ minLength: 1, maxLength: 100 }),
  fileId: Type.String({ minLength: 1, maxLength: 100 }),
});

export const ConsultationListQuerySchema = Type.Object(
  {
    status: Type.Optional(Type.Array(literals(CONSULTATION_STATUSES), { maxItems: 5 })),
    department: Type.Optional(Type.String({ maxLength: 200 })),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

export const CancelBodySchema = Type.Object(
  { reason: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);

export const CreatedSchema = Type.Object({ id: Type.String(), status: Type.Literal('draft'), version: Type.Integer() });

export const AwardedSchema = Type.Object({
  contractId: Type.String(),
  consultationId: Type.String(),
  status: Type.Literal('awarded'),
});

export const RotationQuerySchema = Type.Object(
  { enterpriseId: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 200 }) },
  { additionalProperties: false },
);
