import { Type, type Static } from 'typebox';
import { LEGAL_FORM_IDS } from '../../domain/legal-forms.ts';

/** Public directory contract (DESIGN §4: TypeBox is the single contract; web code imports these types). */

export const LangSchema = Type.Union([Type.Literal('el'), Type.Literal('en')], {
  default: 'el',
  description: 'Language of the texts: Greek (default) or English',
});
export type Lang = Static<typeof LangSchema>;

export const LegalFormIdSchema = Type.Union(
  LEGAL_FORM_IDS.map((id) => Type.Literal(id)),
  { description: 'Legal form (DESIGN §2)' },
);

const Named = Type.Object({ id: Type.String(), name: Type.String() });

export const EnterpriseListQuerySchema = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Free text; Greek with or without accents, or Greeklish' })),
  category: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z0-9-]+$' })),
  cpv: Type.Optional(
    Type.String({ pattern: '^[0-9]{8}(-[0-9])?$', description: 'CPV code, e.g. 90910000-9; matches codes under it' }),
  ),
  area: Type.Optional(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9-]+$', description: 'Area id (NUTS code or municipality id)' })),
  legalForm: Type.Optional(LegalFormIdSchema),
  page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  lang: Type.Optional(LangSchema),
});
export type EnterpriseListQuery = Static<typeof EnterpriseListQuerySchema>;

export const EnterpriseSummarySchema = Type.Object({
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
  facets: Type.Object({ categories: FacetSchema, legalForms: FacetSchema }),
  matchedCategories: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), count: Type.Integer() }), {
    description: 'Categories whose keywords the words of q match, best first: offer to show the category (count = its listed enterprises)',
  }),
  suggestions: Type.Array(Type.Object({ q: Type.String(), total: Type.Integer() }), {
    description: 'Did you mean: the query with misspelt words replaced by indexed words, and how many it finds with the same filters',
  }),
});
export type EnterpriseList = Static<typeof EnterpriseListSchema>;

const AreaRefSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('country'), Type.Literal('region'), Type.Literal('regional_unit'), Type.Literal('municipality')]),
});

const CpvRefSchema = Type.Object({ code: Type.String(), formatted: Type.String(), label: Type.String() });

export const PublicServiceSchema = Type.Object({
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

export const CategorySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  cpvPrefixes: Type.Array(Type.String()),
  enterpriseCount: Type.Integer(),
});
export const CategoryListSchema = Type.Object({ items: Type.Array(CategorySchema) });

export const AreaSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  parentId: Type.Union([Type.String(), Type.Null()]),
  nutsCode: Type.Union([Type.String(), Type.Null()]),
});
export const AreaListSchema = Type.Object({ items: Type.Array(AreaSchema) });

export const CpvQuerySchema = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 100, description: 'Code prefix (digits) or words of the label' }),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 15 }),
  lang: Type.Optional(LangSchema),
});
export const CpvItemSchema = Type.Object({
  code: Type.String(),
  formatted: Type.String(),
  label: Type.String(),
  level: Type.Integer(),
  socialServices: Type.Boolean(),
});
export const CpvListSchema = Type.Object({ items: Type.Array(CpvItemSchema) });

export const SlugParamsSchema = Type.Object({ slug: Type.String({ maxLength: 120, pattern: '^[a-z0-9-]+$' }) });
export const LangQuerySchema = Type.Object({ lang: Type.Optional(LangSchema) });
