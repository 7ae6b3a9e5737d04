import { Type, type Static } from 'typebox';
import { CONSULTATION_STATUSES } from '../domain/consultations/consultation-status.ts';
import { AwardRouteSchema, IsoDateSchema, literals, MoneySchema, Nullable } from './schemas.ts';

/**
 * TypeBox contract of requests for quotes (issue 13), shared by the staff and enterprise routes
 * and the services. Money: decimal euro strings (stored as cents). What the schemas cannot say
 * (CPV in the list, a deadline far enough ahead, weights adding up) the domain rules check and
 * name the field.
 */

const StatusSchema = literals(CONSULTATION_STATUSES, { description: 'draft → open → closed → awarded, or cancelled' });

export const ConsultationInputSchema = Type.Object(
  {
    title: Type.String({ maxLength: 300 }),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    cpv: Type.Array(Type.String({ maxLength: 12 }), {
      maxItems: 20,
      description: 'CPV codes, the first is the main object',
    }),
    route: Type.String({ description: 'Award route id (see /api/v1/eligibility)' }),
    valueNet: MoneySchema,
    optionsValueNet: Type.Optional(MoneySchema),
    placeAreaId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    placeText: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    startDate: Type.Optional(Nullable(IsoDateSchema)),
    durationMonths: Type.Optional(Nullable(Type.Integer())),
    deadline: Type.Optional(
      Nullable(Type.String({ description: 'ISO date-time (with offset), or date and time in Athens' })),
    ),
    evaluation: Type.Optional(
      Type.Unknown({
        description: '"lowest_price", or { criteria: [{ kind: "price"|"quality", name: {el, en}, weight }] }',
      }),
    ),
    invitedEnterpriseIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200 })),
    openToAllEligible: Type.Optional(Type.Boolean()),
    department: Type.Optional(Type.String({ maxLength: 200 })),
    publicListing: Type.Optional(Type.Boolean()),
    eligibilityNeed: Type.Optional(Type.Unknown({ description: 'The eligibility search this request came from' })),
  },
  { additionalProperties: false },
);
export type ConsultationInput = Static<typeof ConsultationInputSchema>;

export const ConsultationSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  cpv: Type.Array(Type.String()),
  route: AwardRouteSchema,
  valueNet: Type.String(),
  optionsValueNet: Type.String(),
  placeAreaId: Nullable(Type.String()),
  placeText: Nullable(Type.String()),
  startDate: Nullable(Type.String()),
  durationMonths: Nullable(Type.Integer()),
  deadline: Nullable(Type.String()),
  evaluation: Type.Unknown(),
  department: Type.String(),
  openToAllEligible: Type.Boolean(),
  publicListing: Type.Boolean(),
  status: StatusSchema,
  cancelReason: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
  publishedAt: Nullable(Type.String()),
  awardedAt: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String()),
});
export type ConsultationView = Static<typeof ConsultationSchema>;

export const RotationSchema = Type.Object({
  requests: Type.Integer(),
  awards: Type.Integer(),
  awardedNet: Type.String(),
  lastAskedOn: Nullable(Type.String()),
  lastAwardedOn: Nullable(Type.String()),
});

export const ConsultationSummarySchema = Type.Object({
  ...ConsultationSchema.properties,
  invitedCount: Type.Integer(),
  declinedCount: Type.Integer(),
  offersReceived: Type.Integer({ description: 'Standing offers: the only thing staff learn before the deadline' }),
});
export type ConsultationSummaryView = Static<typeof ConsultationSummarySchema>;

export const ConsultationListSchema = Type.Object({
  items: Type.Array(ConsultationSummarySchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

/** A PDF of the call or of an offer; `url` downloads it (an offer's only for whoever may read the offer). */
export const AttachmentSchema = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String(),
  url: Type.String(),
});
export type AttachmentView = Static<typeof AttachmentSchema>;

export const AwardSchema = Type.Object({
  offerId: Type.String(),
  enterpriseId: Type.String(),
  decisionNumber: Type.String(),
  decisionDate: Type.String(),
  diavgeiaAda: Nullable(Type.String()),
  contractId: Nullable(Type.String()),
});

export const ConsultationDetailSchema = Type.Object({
  ...ConsultationSummarySchema.properties,
  invitations: Type.Array(
    Type.Object({
      enterprise: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }),
      invitedAt: Type.String(),
      declinedAt: Nullable(Type.String()),
      declineReason: Nullable(Type.String()),
      rotation: RotationSchema,
    }),
  ),
  actions: Type.Array(Type.String()),
  award: Nullable(AwardSchema),
  attachments: Type.Array(AttachmentSchema, { description: "The call's files (specifications, terms)" }),
});
export type ConsultationDetail = Static<typeof ConsultationDetailSchema>;

export const OfferSchema = Type.Object({
  id: Type.String(),
  enterprise: Type.Object({ id: Type.String(), name: Type.String() }),
  state: Type.Union([Type.Literal('submitted'), Type.Literal('withdrawn')]),
  priceNet: Type.String(),
  vatRate: Type.Number(),
  vat: Type.String(),
  total: Type.String(),
  validUntil: Type.String(),
  note: Nullable(Type.String()),
  version: Type.Integer(),
  submittedAt: Type.String(),
  updatedAt: Type.String(),
  withdrawnAt: Nullable(Type.String()),
  attachments: Type.Optional(
    Type.Array(AttachmentSchema, { description: "The offer's files (sealed like the offer)" }),
  ),
});
export type OfferView = Static<typeof OfferSchema>;

/** Before the deadline staff learn how many offers stand, nothing else. */
export const OffersResponseSchema = Type.Union([
  Type.Object({ sealed: Type.Literal(true), count: Type.Integer() }),
  Type.Object({ sealed: Type.Literal(false), offers: Type.Array(OfferSchema) }),
]);
export type OffersResponse = Static<typeof OffersResponseSchema>;

export const OfferInputSchema = Type.Object(
  {
    priceNet: MoneySchema,
    vatRate: Type.Number({ description: 'Greek VAT rate in percent: 24, 13, 6 (or 0 where exempt)' }),
    validUntil: IsoDateSchema,
    note: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    total: Type.Optional(MoneySchema),
  },
  { additionalProperties: false },
);
export type OfferInputBody = Static<typeof OfferInputSchema>;

export const MyConsultationSchema = Type.Object({
  ...ConsultationSchema.properties,
  invitation: Nullable(Type.Object({ invitedAt: Type.String(), declinedAt: Nullable(Type.String()) })),
  offer: Nullable(OfferSchema),
  attachments: Type.Optional(Type.Array(AttachmentSchema, { description: "The call's files (in the detail)" })),
});
export type MyConsultation = Static<typeof MyConsultationSchema>;

export const EvaluationInputSchema = Type.Object(
  {
    decisions: Type.Record(
      Type.String(),
      Type.Object(
        {
          accepted: Type.Boolean(),
          reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
          qualityMarks: Type.Optional(Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()]))),
        },
        { additionalProperties: false },
      ),
    ),
    lotOrder: Type.Optional(Nullable(Type.Array(Type.String()))),
  },
  { additionalProperties: false },
);
export type EvaluationInputBody = Static<typeof EvaluationInputSchema>;

export const ComparisonSchema = Type.Object({
  rule: Type.Unknown(),
  evaluatedAt: Nullable(
    Type.String({
      description:
        'When staff saved the evaluation; null while the comparison is a draft (every offer accepted). The evaluation minutes exist from then on.',
    }),
  ),
  offers: Type.Array(
    Type.Object({
      offerId: Type.String(),
      enterprise: Type.Object({ id: Type.String(), name: Type.String() }),
      priceNet: Type.String(),
      vatRate: Type.Number(),
      total: Type.String(),
      validUntil: Type.String(),
      accepted: Type.Boolean(),
      reason: Nullable(Type.String()),
      priceScore: Nullable(Type.String()),
      qualityScore: Nullable(Type.String()),
      totalScore: Nullable(Type.String()),
      rank: Nullable(Type.Integer()),
      tiedWith: Type.Array(Type.String()),
      decidedByLot: Type.Boolean(),
    }),
  ),
  winnerOfferId: Nullable(Type.String()),
  tieForFirst: Type.Array(Type.String()),
});
export type ComparisonView = Static<typeof ComparisonSchema>;

export const AwardInputSchema = Type.Object(
  {
    offerId: Type.String({ maxLength: 100 }),
    decisionNumber: Type.String({ maxLength: 100 }),
    decisionDate: IsoDateSchema,
    diavgeiaAda: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  },
  { additionalProperties: false },
);
export type AwardInputBody = Static<typeof AwardInputSchema>;

/** multipart/form-data with one PDF `file` (for the OpenAPI document; the service checks the content). */
export const AttachmentUploadBodySchema = Type.Unsafe<unknown>({
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'A PDF, at most 10 MB, checked by its content (application/pdf)',
    },
  },
  required: ['file'],
});
export const ATTACHMENT_UPLOAD_DESCRIPTION =
  'multipart/form-data: `file` (PDF, at most 10 MB, checked by its content, not its name).';

export const AttachmentParamsSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100 }),
  fileId: Type.String({ minLength: 1, maxLength: 100 }),
});

export const RotationListSchema = Type.Object({
  items: Type.Array(Type.Object({ enterpriseId: Type.String(), ...RotationSchema.properties })),
});
export type RotationList = Static<typeof RotationListSchema>;

/** Open requests listed publicly (issue 13): GET /api/v1/open-consultations, read by the public pages and the widget. */
export const PublicConsultationListSchema = Type.Object({
  enabled: Type.Boolean({ description: 'false while the municipality does not list requests publicly (the default)' }),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      category: Type.Object({ code: Type.String(), label: Type.String() }),
      deadline: Type.String({ format: 'date-time' }),
      howToTakePart: Type.String(),
    }),
  ),
});
export type OpenConsultationList = Static<typeof PublicConsultationListSchema>;
