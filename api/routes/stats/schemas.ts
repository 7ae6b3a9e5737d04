import { Type } from 'typebox';
import { langSchema, MoneySchema, Nullable } from '../../http/schemas.ts';
import { SocialValueYearSchema } from '../../http/social-value-schemas.ts';

const SpendSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  net: Type.String(),
  contracts: Type.Integer(),
});
export const StatsSchema = Type.Object({
  year: Type.Integer(),
  net: Type.String({ description: 'Spend with social-economy enterprises, euros net of VAT' }),
  contracts: Type.Integer(),
  distinctEnterprises: Type.Integer(),
  byRoute: Type.Array(SpendSchema),
  byCategory: Type.Array(SpendSchema),
  byDepartment: Type.Array(SpendSchema),
  procurementTotal: Type.Union([
    Type.Object({ net: Type.String(), note: Type.Union([Type.String(), Type.Null()]), updatedAt: Type.String() }),
    Type.Null(),
  ]),
  /** Share of the year's total procurement spend (0…1), once staff entered the total. */
  socialShare: Type.Union([Type.Number(), Type.Null()]),
  /** The social value the year's confirmed reports record (issue 13). */
  socialValue: SocialValueYearSchema,
});
export const YearQuerySchema = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100 }), lang: Type.Optional(langSchema()) },
  { additionalProperties: false },
);

export const YearParamsSchema = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export const ProcurementTotalBodySchema = Type.Object(
  { totalNet: MoneySchema, note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);
