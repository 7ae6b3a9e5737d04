import { Type } from 'typebox';
import { CHANGE_REQUEST_STATUSES } from '../../domain/change-requests.ts';
import { ChangeRequestSchema, FieldValueSchema } from '../../http/enterprise-schemas.ts';
import { oneOf } from '../../http/schemas.ts';

export const ListQuerySchema = Type.Object(
  {
    status: Type.Optional(oneOf(CHANGE_REQUEST_STATUSES)),
    enterpriseId: Type.Optional(Type.String({ maxLength: 64 })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  },
  { additionalProperties: false },
);
export const ChangeRequestListSchema = Type.Object({
  items: Type.Array(ChangeRequestSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const ApproveBody = Type.Object(
  {
    corrections: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), FieldValueSchema, {
        description: '"Correct and approve": the reviewer’s values for some fields',
      }),
    ),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export const RejectBody = Type.Object(
  { comment: Type.String({ minLength: 1, maxLength: 2000, description: 'Why, for the enterprise' }) },
  { additionalProperties: false },
);
