import { Type } from 'typebox';
import { SEARCH_SORTS } from '../../domain/search-sort.ts';
import { LegalFormSchema, oneOf, publicLangSchema } from '../../http/schemas.ts';

/** Request pieces of the public directory API; responses are in api/http/directory-schemas.ts. */

const LegalFormIdSchema = LegalFormSchema({ description: 'Legal form (DESIGN §2)' });

export const EnterpriseListQuerySchema = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Free text; Greek with or without accents, or Greeklish' }),
  ),
  category: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z0-9-]+$' })),
  cpv: Type.Optional(
    Type.String({ pattern: '^[0-9]{8}(-[0-9])?$', description: 'CPV code, e.g. 90910000-9; matches codes under it' }),
  ),
  area: Type.Optional(
    Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9-]+$', description: 'Area id (NUTS code or municipality id)' }),
  ),
  legalForm: Type.Optional(LegalFormIdSchema),
  sort: Type.Optional(
    oneOf(SEARCH_SORTS, {
      description:
        'relevance (default: best match first; without q, by name), name (alphabetical), verified (most recently verified by the municipality first)',
    }),
  ),
  page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  lang: Type.Optional(publicLangSchema),
});

export const CpvQuerySchema = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 100, description: 'Code prefix (digits) or words of the label' }),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 15 }),
  lang: Type.Optional(publicLangSchema),
});
export const SlugParamsSchema = Type.Object({ slug: Type.String({ maxLength: 120, pattern: '^[a-z0-9-]+$' }) });
