import { Type } from 'typebox';
import { ContractFilterSchema, ContractSchema } from '../../http/procurement-schemas.ts';
import { LangSchema } from '../../http/schemas.ts';

export const ContractListQuerySchema = Type.Object(
  {
    ...ContractFilterSchema.properties,
    page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

export const ContractListSchema = Type.Object({
  items: Type.Array(ContractSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  departments: Type.Array(Type.String(), { description: 'Every department in the register (for filters and forms)' }),
});

export const ContractIdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const ContractExportQuerySchema = Type.Object(
  { ...ContractFilterSchema.properties, lang: Type.Optional(LangSchema) },
  { additionalProperties: false },
);
