import { Type, type Static } from 'typebox';
import { DocumentKindSchema } from '../../http/enterprise-schemas.ts';
import { AwardRouteSchema, oneOf } from '../../http/schemas.ts';

const Bilingual = Type.Object({ el: Type.String(), en: Type.String() });
const CheckSchema = Type.Object({
  rule: Type.String(),
  outcome: oneOf(['pass', 'fail', 'warning', 'unknown']),
  message: Bilingual,
  reference: Type.Object({ el: Type.String(), en: Type.String(), verify: Type.Boolean() }),
});
export const OverviewQuery = Type.Object(
  {
    route: Type.Optional(AwardRouteSchema),
    on: Type.Optional(
      Type.String({ maxLength: 10, description: 'Evaluate on this date (YYYY-MM-DD); default today (Athens)' }),
    ),
    attention: Type.Optional(
      Type.Boolean({ description: 'Only enterprises with an expiring or expired document, or not ready' }),
    ),
  },
  { additionalProperties: false },
);
export const ComplianceOverviewSchema = Type.Object({
  on: Type.String(),
  route: Type.String(),
  routeName: Bilingual,
  windowDays: Type.Integer(),
  summary: Type.Object({
    enterprises: Type.Integer(),
    ready: Type.Integer(),
    notReady: Type.Integer(),
    expiring: Type.Integer(),
    expired: Type.Integer(),
  }),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      slug: Type.String(),
      name: Type.String(),
      ready: Type.Boolean(),
      /** Checks that fail or lack a fact: what is missing. */
      missing: Type.Array(CheckSchema),
      /** Allowed, but staff should act (e.g. a certificate expiring soon). */
      warnings: Type.Array(CheckSchema),
      documents: Type.Array(
        Type.Object({
          id: Type.String(),
          kind: DocumentKindSchema,
          validUntil: Type.String(),
          verifiedAt: Type.Union([Type.String(), Type.Null()], {
            description: 'When staff checked it; an unchecked certificate counts only as "to be checked"',
          }),
          state: Type.Union([Type.Literal('valid'), Type.Literal('expiring'), Type.Literal('expired')]),
          daysLeft: Type.Integer(),
        }),
      ),
    }),
  ),
});
export type ComplianceOverview = Static<typeof ComplianceOverviewSchema>;
