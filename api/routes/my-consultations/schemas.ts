import { Type } from 'typebox';
import { MyConsultationSchema } from '../../http/consultation-schemas.ts';
import { Nullable } from '../../http/schemas.ts';

export const MyConsultationParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const MyConsultationListSchema = Type.Object({ items: Type.Array(MyConsultationSchema) });

export const DeclineBodySchema = Type.Object(
  { reason: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))) },
  { additionalProperties: false },
);
