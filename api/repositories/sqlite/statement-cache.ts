import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; the rest (rare shapes: long IN lists, many title words) are prepared again. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely's SQLite driver sees it, with its statements kept prepared by SQL
 * text. The driver calls `prepare` for every query it runs (DESIGN §5: 17 µs against 3.4 µs for
 * a statement prepared once); Kysely compiles the same query shapes to the same SQL, with the
 * values as parameters, so a request's statements are prepared once per process instead.
 *
 * Least recently used texts leave first. (A streamed query holds Kysely's one connection until it
 * ends, so a kept statement is never asked for while it is still being iterated.) SQLite re-prepares a kept statement by itself after a
 * schema change (sqlite3_prepare_v3), so migrations need no special care.
 */
export function withStatementCache(database: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const kept = statements.get(sql);
      if (kept) {
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
