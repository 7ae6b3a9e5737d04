import { Type, type Static } from 'typebox';
import type { Lang } from '../domain/languages.ts';
import { AREA_KINDS } from '../domain/areas.ts';
import { literals } from './schemas.ts';

/**
 * Public directory contract (DESIGN §4: TypeBox is the single contract; web code imports
 * these types through api/contract.ts): what the directory service returns and the public
 * routes whitelist.
 */
export type { Lang };

const Named = Type.Object({ id: Type.String(), name: Type.String() });

const EnterpriseSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  slug: Type.String(),
  name: Type.String(),
  legalName: Type.String(),
  legalForm: Named,
  municipality: Type.Union([Named, Type.Null()]),
  categories: Type.Array(Named),
  summary: Type.String(),
  verifiedAt: Type.Union([Type.String(), Type.Null()]),
});
export type EnterpriseSummary = Static<typeof EnterpriseSummarySchema>;

const FacetSchema = Type.Array(Type.Object({ id: Type.String(), name: Type.String(), count: Type.Integer() }));

export const EnterpriseListSchema = Type.Object({
  items: Type.Array(EnterpriseSummarySchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  facets: Type.Object({
    categories: FacetSchema,
    legalForms: FacetSchema,
    areas: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), kind: literals(AREA_KINDS), count: Type.Integer() }),
      {
        description:
          'Areas with how many of the enterprises found serve them (the area itself, all of an area containing it, or somewhere inside it), ignoring the area filter; country, regions, regional units, municipalities, each by name',
      },
    ),
  }),
  matchedCategories: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), count: Type.Integer() }), {
    description:
      'Categories whose keywords the words of q match, best first: offer to show the category (count = its listed enterprises)',
  }),
  suggestions: Type.Array(Type.Object({ q: Type.String(), total: Type.Integer() }), {
    description:
      'Did you mean: the query with misspelt words replaced by indexed words, and how many it finds with the same filters',
  }),
  openRequests: Type.Integer({
    description:
      'How many open requests for quotes the municipality lists publicly (GET /api/v1/open-consultations); 0 while it lists none, which is the default',
  }),
});
export type EnterpriseList = Static<typeof EnterpriseListSchema>;
/** A search answer as the directory computes it; the route adds the open requests' count. */
export type EnterpriseSearchResult = Omit<EnterpriseList, 'openRequests'>;

const AreaRefSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: literals(AREA_KINDS),
});

const CpvRefSchema = Type.Object({ code: Type.String(), formatted: Type.String(), label: Type.String() });

const PublicServiceSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  description: Type.String(),
  cpv: Type.Array(CpvRefSchema),
  categories: Type.Array(Named),
  areas: Type.Array(AreaRefSchema),
});

export const EnterpriseProfileSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  slug: Type.String(),
  name: Type.String(),
  legalName: Type.String(),
  tradeName: Type.Union([Type.String(), Type.Null()]),
  legalForm: Type.Object({ id: Type.String(), name: Type.String(), reference: Type.String() }),
  afm: Type.String(),
  gemiNumber: Type.Union([Type.String(), Type.Null()]),
  gemkaloNumber: Type.Union([Type.String(), Type.Null()]),
  foundedOn: Type.Union([Type.String(), Type.Null()]),
  description: Type.String(),
  municipality: Type.Union([Named, Type.Null()]),
  address: Type.Union([
    Type.Object({
      street: Type.Union([Type.String(), Type.Null()]),
      postalCode: Type.Union([Type.String(), Type.Null()]),
      lat: Type.Union([Type.Number(), Type.Null()]),
      lon: Type.Union([Type.Number(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  contact: Type.Object({
    email: Type.Optional(Type.String()),
    phone: Type.Optional(Type.String()),
    person: Type.Optional(Type.String()),
  }),
  website: Type.Union([Type.String(), Type.Null()]),
  membersCount: Type.Union([Type.Integer(), Type.Null()]),
  employeesCount: Type.Union([Type.Integer(), Type.Null()]),
  categories: Type.Array(Named),
  services: Type.Array(PublicServiceSchema),
  verifiedAt: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String(),
  publicUrl: Type.String(),
  logoUrl: Type.Union([Type.String(), Type.Null()], {
    description: 'Absolute URL of the approved logo (PNG, JPEG or WebP; any origin may load it), or null',
  }),
});
export type EnterpriseProfile = Static<typeof EnterpriseProfileSchema>;

const CategorySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  cpvPrefixes: Type.Array(Type.String()),
  enterpriseCount: Type.Integer(),
});
export const CategoryListSchema = Type.Object({ items: Type.Array(CategorySchema) });

const AreaSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  parentId: Type.Union([Type.String(), Type.Null()]),
  nutsCode: Type.Union([Type.String(), Type.Null()]),
});
export const AreaListSchema = Type.Object({ items: Type.Array(AreaSchema) });

const CpvItemSchema = Type.Object({
  code: Type.String(),
  formatted: Type.String(),
  label: Type.String(),
  level: Type.Integer(),
  socialServices: Type.Boolean(),
});
export const CpvListSchema = Type.Object({
  items: Type.Array(CpvItemSchema),
  suggestions: Type.Array(Type.Object({ q: Type.String(), total: Type.Integer() }), {
    description:
      'Did you mean: the words with misspelt ones replaced by words of the CPV labels, and how many codes that finds (empty for a code prefix)',
  }),
  matchedCategories: Type.Array(Named, {
    description: "Categories whose keywords the words match, best first: offer to add the category's CPV codes",
  }),
});
