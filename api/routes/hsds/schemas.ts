import { Type } from 'typebox';
import type { HsdsObject } from '../../domain/hsds-mapping.ts';
import { langSchema } from '../../http/schemas.ts';

/** Request and envelope schemas of the HSDS 3.0 API; the objects themselves are shaped by domain/hsds-mapping.ts. */

const Uuid = (description: string) =>
  Type.String({
    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    description,
  });
export const Lang = Type.Optional(langSchema({ description: 'Language of the texts: Greek (default) or English' }));
export const PageQuery = {
  page: Type.Integer({ minimum: 1, maximum: 100000, default: 1, description: 'Page number of paginated result.' }),
  per_page: Type.Integer({
    minimum: 1,
    maximum: 200,
    default: 50,
    description: 'Number of results requested in a single page.',
  }),
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'Full text search; ignores accents and case, accepts Greeklish.' }),
  ),
  lang: Lang,
};
export const ListQuery = Type.Object({
  ...PageQuery,
  taxonomy_term_id: Type.Optional(Uuid('Services with this taxonomy term (a CPV term also matches codes under it).')),
  taxonomy_id: Type.Optional(Uuid('Services with any term of this taxonomy.')),
  organization_id: Type.Optional(Uuid('Services of this organization.')),
  modified_after: Type.Optional(
    Type.String({ maxLength: 40, description: 'ISO 8601 date or datetime: results modified on or after it.' }),
  ),
});
export const OrganizationsQuery = Type.Object({
  ...PageQuery,
  full_service: Type.Optional(Type.Boolean({ description: 'Nest full services (on /organizations/{id}).' })),
  modified_after: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601 date or datetime.' })),
});
export const TermsQuery = Type.Object({
  ...PageQuery,
  taxonomy_id: Type.Optional(Uuid('Terms of this taxonomy.')),
  parent_id: Type.Optional(Uuid('Terms whose parent is this term.')),
  top_only: Type.Optional(Type.Boolean({ description: 'Only terms without a parent.' })),
});
export const IdParams = Type.Object({ id: Uuid('HSDS id (UUID)') });
export const LangQuery = Type.Object({ lang: Lang, full_service: Type.Optional(Type.Boolean()) });

// HSDS objects are shaped by the standard's JSON Schemas (checked in tests/api/hsds-conformance.test.ts);
// the route schemas describe the envelope and let the objects through whole.
export const HsdsItem = Type.Unsafe<HsdsObject>({
  type: 'object',
  additionalProperties: true,
  description: 'HSDS 3.0 object',
});
export const PageSchema = Type.Object({
  total_items: Type.Integer(),
  total_pages: Type.Integer(),
  page_number: Type.Integer(),
  size: Type.Integer(),
  first_page: Type.Boolean(),
  last_page: Type.Boolean(),
  empty: Type.Boolean(),
  contents: Type.Array(HsdsItem),
});
export const RootSchema = Type.Object({
  version: Type.String(),
  profile: Type.String(),
  openapi_url: Type.String(),
  datapackage_url: Type.String(),
  description: Type.String(),
});
export const OnlyLangQuery = Type.Object({ lang: Lang });
