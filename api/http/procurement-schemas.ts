import { Type, type Static } from 'typebox';
import { AwardRouteSchema, IsoDateSchema, MoneySchema, Nullable } from './schemas.ts';

/** TypeBox contract of the contract register (issue 6), shared by its route and service. Money: decimal euro strings, stored as cents. */

export const ContractSchema = Type.Object({
  id: Type.String(),
  enterprise: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }),
  title: Type.String(),
  cpvCode: Type.String(),
  awardRoute: AwardRouteSchema,
  valueNet: Type.String({ description: 'Euros net of VAT, two decimals' }),
  vat: Type.String({ description: 'VAT in euros, two decimals' }),
  department: Type.String(),
  awardedOn: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.Union([Type.String(), Type.Null()]),
  diavgeiaAda: Type.Union([Type.String(), Type.Null()]),
  kimdisAdam: Type.Union([Type.String(), Type.Null()]),
  consultationId: Type.Union([Type.String(), Type.Null()], {
    description: 'The request for quotes whose award created the contract (null when recorded by hand)',
  }),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Contract = Static<typeof ContractSchema>;

export const ContractInputSchema = Type.Object(
  {
    enterpriseId: Type.String({ minLength: 1, maxLength: 100 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    cpvCode: Type.String({ minLength: 8, maxLength: 12 }),
    awardRoute: AwardRouteSchema,
    valueNet: MoneySchema,
    vat: MoneySchema,
    department: Type.String({ minLength: 1, maxLength: 200 }),
    awardedOn: IsoDateSchema,
    startsOn: IsoDateSchema,
    endsOn: Type.Optional(Nullable(IsoDateSchema)),
    diavgeiaAda: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    kimdisAdam: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  },
  { additionalProperties: false },
);
export type ContractInputBody = Static<typeof ContractInputSchema>;

export const ContractFilterSchema = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    route: Type.Optional(AwardRouteSchema),
    department: Type.Optional(Type.String({ maxLength: 200 })),
    enterpriseId: Type.Optional(Type.String({ maxLength: 100 })),
    cpv: Type.Optional(Type.String({ pattern: '^\\d{2,8}$', description: 'CPV code or prefix' })),
    q: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
