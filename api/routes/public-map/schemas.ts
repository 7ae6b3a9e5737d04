import { Type } from 'typebox';
import { LegalFormSchema, publicLangSchema } from '../../http/schemas.ts';

/** The map's filters: the public search's, without paging (the map shows every page). */
export const MapQuerySchema = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Free text; Greek with or without accents, or Greeklish' }),
  ),
  category: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z0-9-]+$' })),
  area: Type.Optional(
    Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9-]+$', description: 'Area id (NUTS code or municipality id)' }),
  ),
  legalForm: Type.Optional(LegalFormSchema({ description: 'Legal form (DESIGN §2)' })),
  lang: Type.Optional(publicLangSchema),
});
