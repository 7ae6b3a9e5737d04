import { Type, type Static, type TSchema } from 'typebox';
import { AWARD_ROUTES } from '../domain/award-routes.ts';
import { ROLES } from '../domain/authorization.ts';
import { LANGUAGES } from '../domain/languages.ts';
import { LEGAL_FORM_IDS } from '../domain/legal-forms.ts';

/**
 * TypeBox pieces shared by several resources. The lists come from api/domain/, so a
 * route's schema can never disagree with the rules about which values exist.
 */

/** A string from a fixed list (JSON Schema `enum`), typed as that list's union. */
export function oneOf<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** A union of literals (OpenAPI `anyOf`), for lists whose schema has always been written that way. */
export function literals<const T extends readonly string[]>(values: T, options: Parameters<typeof Type.Union>[1] = {}) {
  return Type.Unsafe<T[number]>(
    Type.Union(
      values.map((value) => Type.Literal(value)),
      options,
    ),
  );
}

/**
 * `null` or the schema. The app's Ajv coerces types, so no order of an `anyOf` is safe for a
 * primitive: with the schema first a `null` becomes "", 0 or false (an unrecorded statutes fact
 * read as "false"); with null first a "", 0 or false becomes `null` (a `false` fact read as
 * "not recorded"). A type array (`["boolean", "null"]`) is safe: Ajv coerces only when no listed
 * type matches. Objects and arrays are never coerced from null: an `anyOf` with null first.
 * tests/api/null-in-request-bodies.test.ts checks the request schemas for any other null union.
 */
export function Nullable<T extends TSchema>(schema: T, options: { description?: string } = {}) {
  const { type } = schema as { type?: unknown };
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean') {
    // A plain copy: TypeBox's own (symbol) markers would name the primitive type alone.
    const plain = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
    return Type.Unsafe<Static<T> | null>({ ...plain, type: [type, 'null'], ...options });
  }
  return Type.Unsafe<Static<T> | null>(Type.Union([Type.Null(), schema], options));
}

/** `el` or `en`; options add a default or a description where a resource wants one. */
export const langSchema = (options: Parameters<typeof Type.Union>[1] = {}) => literals(LANGUAGES, options);
export const LangSchema = langSchema();
/** The `lang` of public pages and the public API: Greek unless asked otherwise. */
export const publicLangSchema = langSchema({
  default: 'el',
  description: 'Language of the texts: Greek (default) or English',
});
export const LangQuerySchema = Type.Object({ lang: Type.Optional(publicLangSchema) });

export const AwardRouteSchema = literals(AWARD_ROUTES, { description: 'Award route (DESIGN §2)' });
export const RoleSchema = literals(ROLES, {
  description: 'admin, staff (municipality) or enterprise_manager, enterprise_member (one enterprise)',
});
export const LegalFormSchema = (options: Parameters<typeof Type.Union>[1] = {}) => literals(LEGAL_FORM_IDS, options);

/** Euro amount as a decimal string with at most two decimals: exact, never a float. */
export const MoneySchema = Type.String({
  pattern: '^\\d{1,10}([.,]\\d{1,2})?$',
  description: 'Euros, e.g. "29500.00"',
});
export const IsoDateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
