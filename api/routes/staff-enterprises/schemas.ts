import { Type } from 'typebox';
import { HISTORY_RESOURCE_TYPES } from '../../domain/change-requests.ts';
import { ENTERPRISE_STATUSES } from '../../domain/enterprise-status.ts';
import { FileParamsSchema, VerificationSchema } from '../../http/enterprise-schemas.ts';
import { LangSchema, oneOf } from '../../http/schemas.ts';

export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 200, pattern: '^[a-z0-9-]+$' }) });
export const DocumentParams = Type.Object({ slug: SlugParams.properties.slug, id: Type.String({ format: 'uuid' }) });
export const DocumentFileParams = Type.Object({ slug: SlugParams.properties.slug, ...FileParamsSchema.properties });
export const LogoParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const StaffListQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description:
          'Words as the directory search reads them (accents, Greeklish, other inflections, category words), or part of the name, ΑΦΜ or slug',
      }),
    ),
    status: Type.Optional(oneOf(ENTERPRISE_STATUSES)),
    category: Type.Optional(
      Type.String({
        maxLength: 64,
        pattern: '^[a-z0-9-]+$',
        description: 'Category id: only enterprises with a service in it (any status of the service)',
      }),
    ),
    lang: Type.Optional(LangSchema),
  },
  { additionalProperties: false },
);
export const StaffListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      slug: Type.String(),
      name: Type.String({ description: 'Trade name, else legal name' }),
      legalName: Type.String(),
      afm: Type.String(),
      status: Type.String(),
      verification: VerificationSchema,
      pendingChangeRequests: Type.Integer(),
    }),
  ),
  matchedCategories: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), count: Type.Integer() }), {
    description:
      'Categories whose keywords the words of q match, best first (names in lang): offer to list the category (count = what ?category= lists)',
  }),
  suggestions: Type.Array(Type.Object({ q: Type.String(), total: Type.Integer() }), {
    description:
      "Did you mean: q with misspelt words replaced by words of the enterprises' texts (any status), and how many that finds",
  }),
});

export const HistoryQuery = Type.Object(
  {
    resourceType: Type.Optional(oneOf(HISTORY_RESOURCE_TYPES)),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
/** One HSDS 3.0 `metadata` record, plus who (by name) and the change request that carried it. */
const HistoryEntrySchema = Type.Object({
  id: Type.Integer(),
  resource_id: Type.String(),
  resource_type: Type.String(),
  field_name: Type.String(),
  previous_value: Type.Union([Type.String(), Type.Null()]),
  replacement_value: Type.Union([Type.String(), Type.Null()]),
  updated_by: Type.Union([Type.String(), Type.Null()]),
  updated_by_name: Type.Union([Type.String(), Type.Null()]),
  last_action_date: Type.String(),
  last_action_type: Type.String(),
  change_request_id: Type.Union([Type.String(), Type.Null()]),
});
export const HistoryPageSchema = Type.Object({
  items: Type.Array(HistoryEntrySchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
