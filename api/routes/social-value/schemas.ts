import { Type } from 'typebox';
import { SocialValueStatusSchema } from '../../http/social-value-schemas.ts';

export const ReportIdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const ReportListQuerySchema = Type.Object(
  {
    status: Type.Optional(SocialValueStatusSchema),
    contractId: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
