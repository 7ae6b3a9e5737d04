import { Type, type Static } from 'typebox';
import { SOCIAL_VALUE_STATUSES } from '../domain/consultations/social-value.ts';
import { IsoDateSchema, literals, MoneySchema, Nullable } from './schemas.ts';

/**
 * Social value, the contract's second half (issue 13): the enterprise's report on a contract
 * and staff's confirmation. The contract module the web code imports with `import type`.
 */

export const SocialValueStatusSchema = literals(SOCIAL_VALUE_STATUSES, {
  description: 'reported (awaiting staff), confirmed (counts in the figures), returned (to correct)',
});

const People = Type.Integer({ minimum: 0, maximum: 100_000 });

export const SocialValueInputSchema = Type.Object(
  {
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
    vulnerableWorkers: Type.Integer({ description: 'People from vulnerable groups employed on the contract' }),
    vulnerableHours: Type.Integer({ description: 'Their hours worked on the contract in the period' }),
    // Null first (Nullable): the app's Ajv coerces types and would read a null as 0 ("fewer than the vulnerable workers").
    totalWorkers: Type.Optional(Nullable(Type.Integer(), { description: 'Everyone employed on it' })),
    newHires: Type.Integer({ description: 'People hired for the contract in the period' }),
    text: Type.String({ maxLength: 2000, description: 'A short text: what the contract meant for people' }),
  },
  { additionalProperties: false },
);
export type SocialValueInputBody = Static<typeof SocialValueInputSchema>;

export const SocialValueReportSchema = Type.Object({
  id: Type.String(),
  contract: Type.Object({ id: Type.String(), title: Type.String() }),
  enterprise: Type.Object({ id: Type.String(), name: Type.String() }),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  vulnerableWorkers: People,
  vulnerableHours: Type.Integer({ minimum: 0 }),
  totalWorkers: Type.Union([People, Type.Null()]),
  newHires: People,
  text: Type.String(),
  status: SocialValueStatusSchema,
  staffComment: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  reportedAt: Type.String(),
  updatedAt: Type.String(),
  confirmedAt: Type.Union([Type.String(), Type.Null()]),
});
export type SocialValueReportView = Static<typeof SocialValueReportSchema>;

export const SocialValueReportListSchema = Type.Object({ items: Type.Array(SocialValueReportSchema) });

/** A contract of my enterprise, with its reports (what the report form starts from). */
export const MySocialValueContractSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  department: Type.String(),
  valueNet: MoneySchema,
  startsOn: IsoDateSchema,
  endsOn: Type.Union([IsoDateSchema, Type.Null()]),
  reports: Type.Array(SocialValueReportSchema),
});
export type MySocialValueContract = Static<typeof MySocialValueContractSchema>;

export const MySocialValueSchema = Type.Object({ contracts: Type.Array(MySocialValueContractSchema) });

export const ReturnBodySchema = Type.Object(
  { comment: Type.String({ maxLength: 2000, description: 'What the enterprise should correct' }) },
  { additionalProperties: false },
);

const SocialValueRowSchema = Type.Object({
  key: Type.String(),
  label: Type.String(),
  contracts: Type.Integer(),
  vulnerableWorkers: Type.Integer(),
  vulnerableHours: Type.Integer(),
  newHires: Type.Integer(),
});

/** The year's confirmed figures (api/domain/consultations/social-value-aggregation.ts). */
export const SocialValueYearSchema = Type.Object({
  year: Type.Integer(),
  totals: Type.Object({
    contractsReporting: Type.Integer(),
    enterprises: Type.Integer(),
    vulnerableWorkers: Type.Integer(),
    vulnerableHours: Type.Integer(),
    newHires: Type.Integer(),
    workersWithTotal: Type.Object({ totalWorkers: Type.Integer(), vulnerableWorkers: Type.Integer() }),
    pendingReports: Type.Integer(),
  }),
  byEnterprise: Type.Array(SocialValueRowSchema),
  byRoute: Type.Array(SocialValueRowSchema),
  byDepartment: Type.Array(SocialValueRowSchema),
  stories: Type.Array(
    Type.Object({
      enterpriseName: Type.String(),
      contractTitle: Type.String(),
      periodStart: IsoDateSchema,
      periodEnd: IsoDateSchema,
      text: Type.String(),
    }),
  ),
});

/** The strong ETag of a report's version (If-Match on edits and reviews). */
export const socialValueEtag = (report: { id: string; version: number }) =>
  `"social-value-${report.id}-v${report.version}"`;
