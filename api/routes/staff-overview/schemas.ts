import { Type, type Static } from 'typebox';

export const StaffOverviewQuery = Type.Object(
  {
    year: Type.Optional(
      Type.Integer({ minimum: 2000, maximum: 2100, description: 'The spend year; this year (Athens) when omitted' }),
    ),
  },
  { additionalProperties: false },
);

export const StaffOverviewSchema = Type.Object({
  pendingChanges: Type.Integer({ description: 'Changes proposed by enterprises, waiting for moderation' }),
  documents: Type.Object({
    expiring: Type.Integer({ description: 'Certificates (latest of each kind) ending within windowDays' }),
    expired: Type.Integer({ description: 'Certificates (latest of each kind) already ended' }),
    windowDays: Type.Integer(),
  }),
  verification: Type.Object({
    never: Type.Integer({ description: 'Enterprises never verified by staff' }),
    stale: Type.Integer({ description: 'Enterprises verified 12 months ago or more' }),
  }),
  spend: Type.Object({
    year: Type.Integer(),
    net: Type.String({ description: 'Net of VAT, a decimal string (euro)' }),
    contracts: Type.Integer(),
  }),
});
export type StaffOverviewBody = Static<typeof StaffOverviewSchema>;
