import { Type, type Static } from 'typebox';
import { PROCEDURE_IDS } from '../domain/procedure-thresholds.ts';
import { AwardRouteSchema, IsoDateSchema, LangSchema, MoneySchema, literals } from './schemas.ts';

/** TypeBox contract of the eligibility search and shortlist (issue 6). Web code imports the types. */

const needFields = {
  cpv: Type.Optional(
    Type.Array(Type.String({ maxLength: 12 }), { maxItems: 10, description: 'CPV codes (NNNNNNNN or NNNNNNNN-N)' }),
  ),
  keywords: Type.Optional(Type.String({ maxLength: 200 })),
  route: AwardRouteSchema,
  valueNet: Type.Optional(MoneySchema),
  optionsValueNet: Type.Optional({
    ...MoneySchema,
    description: 'Options and extensions, euros net of VAT (default "0"); they count towards every threshold',
  }),
  decisionDate: Type.Optional({
    ...IsoDateSchema,
    description: 'Award decision date, YYYY-MM-DD (default today in Athens)',
  }),
  startDate: Type.Optional(IsoDateSchema),
  durationMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
  place: Type.Optional(Type.String({ maxLength: 100, description: 'Area id of the place of performance' })),
  lang: Type.Optional(LangSchema),
};

export const NeedBodySchema = Type.Object(needFields, { additionalProperties: false });
export type NeedBody = Static<typeof NeedBodySchema>;
export const NeedQuerySchema = Type.Object(needFields, { additionalProperties: false });

const BilingualSchema = Type.Object({ el: Type.String(), en: Type.String() });
const ReferenceSchema = Type.Object({ el: Type.String(), en: Type.String(), verify: Type.Boolean() });

export const CheckSchema = Type.Object({
  rule: Type.String(),
  outcome: Type.Union([Type.Literal('pass'), Type.Literal('fail'), Type.Literal('warning'), Type.Literal('unknown')]),
  message: BilingualSchema,
  reference: ReferenceSchema,
});

const EligibilityEntrySchema = Type.Object({
  enterprise: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }),
  group: Type.Union([Type.Literal('eligible'), Type.Literal('conditional'), Type.Literal('ineligible')]),
  headline: Type.Union([CheckSchema, Type.Null()], {
    description: "The most severe check (fail > unknown > warning): the row's one-line summary",
  }),
  matchQuality: Type.Number({ minimum: 0, maximum: 1 }),
  matchKind: Type.String(),
  checks: Type.Array(CheckSchema),
  rotation: Type.Object({
    lastAwardedOn: Type.Union([Type.String(), Type.Null()]),
    awardedNet: Type.String(),
    contractsInWindow: Type.Integer(),
    windowMonths: Type.Integer(),
  }),
  documents: Type.Record(Type.String(), Type.String(), {
    description: 'valid_until of the latest certificate per kind',
  }),
  activityCodes: Type.Array(Type.Object({ code: Type.String(), version: Type.String(), primary: Type.Boolean() }), {
    description: "The enterprise's ΚΑΔ codes with their version",
  }),
});
export type EligibilityEntry = Static<typeof EligibilityEntrySchema>;

const CriteriaSchema = Type.Object({
  today: Type.String(),
  route: Type.Object({ id: Type.String(), name: BilingualSchema, reference: ReferenceSchema }),
  cpv: Type.Array(
    Type.Object({
      code: Type.String(),
      formatted: Type.String(),
      label: BilingualSchema,
      socialServices: Type.Boolean(),
    }),
  ),
  keywords: Type.Union([Type.String(), Type.Null()]),
  valueNet: Type.Union([Type.String(), Type.Null()]),
  optionsValueNet: Type.String(),
  decisionDate: Type.String(),
  startDate: Type.String(),
  durationMonths: Type.Union([Type.Integer(), Type.Null()]),
  place: Type.Union([Type.Object({ id: Type.String(), name: BilingualSchema }), Type.Null()]),
  rules: Type.Array(Type.Object({ rule: Type.String(), description: BilingualSchema, reference: ReferenceSchema })),
});
export type Criteria = Static<typeof CriteriaSchema>;

const ProcedureIdSchema = literals(PROCEDURE_IDS, { description: 'The procedure the total value requires' });

/** A reservation is not a procedure: the procedure the total value (with options) requires, whatever the route. */
const RequiredProcedureSchema = Type.Object({
  id: ProcedureIdSchema,
  message: BilingualSchema,
  reference: ReferenceSchema,
});

const SummarySchema = Type.Object({
  message: BilingualSchema,
  alternatives: Type.Array(
    Type.Object({ route: AwardRouteSchema, eligible: Type.Integer(), conditional: Type.Integer() }),
    {
      description: 'Every other route run on the same need and candidates, those that would work first',
    },
  ),
});

export const EligibilityResultSchema = Type.Object({
  criteria: CriteriaSchema,
  requiredProcedure: RequiredProcedureSchema,
  summary: SummarySchema,
  eligible: Type.Array(EligibilityEntrySchema),
  conditional: Type.Array(EligibilityEntrySchema),
  ineligible: Type.Array(EligibilityEntrySchema),
});
export type EligibilityResponse = Static<typeof EligibilityResultSchema>;
