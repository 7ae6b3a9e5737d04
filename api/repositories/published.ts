import { sql, type SqlBool } from 'kysely';
import { PUBLISHED } from '../domain/enterprise-status.ts';

/**
 * The one definition of "published" (DESIGN §1: the public sees published enterprises and
 * their active services only), for Kysely queries and for the SQLite read models' SQL.
 * The value is a constant of ours, never input, so the SQL fragments are safe to inline.
 */

/** `<alias>.status = 'published'` for SQL text (repositories/sqlite/). */
export const publishedSql = (alias = 'e') => `${alias}.status = '${PUBLISHED}'`;

/** An active service of a published enterprise, for SQL text (`s` and `e` joined). */
export const publicServiceSql = (service = 's', enterprise = 'e') =>
  `${service}.status = 'active' and ${publishedSql(enterprise)}`;

/** `where(isPublished('e'))` in Kysely. */
export const isPublished = (alias: string) => sql<SqlBool>`${sql.ref(`${alias}.status`)} = ${PUBLISHED}`;
