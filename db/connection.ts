import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { withStatementCache } from '../api/repositories/sqlite/statement-cache.ts';

export interface DatabaseHandle {
  /** Kysely for ordinary, portable queries. */
  db: Kysely<Database>;
  /** The raw connection, for prepared statements on hot read paths and SQLite-only parts (FTS5, backup). */
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

/**
 * Opens (and creates) the SQLite file with the pragmas every connection needs:
 * WAL so readers never block the writer, foreign keys enforced, and a busy timeout
 * so a concurrent writer waits instead of failing with SQLITE_BUSY.
 * `:memory:` is accepted for throw-away tools, but tests use real files.
 */
export function openDatabase(path: string): DatabaseHandle {
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Kysely's driver prepares each query again; the cache keeps them prepared (statement-cache.ts).
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  let closed = false;
  return {
    db,
    sqlite,
    async close() {
      if (closed) return;
      closed = true;
      // Kysely's destroy closes the underlying better-sqlite3 connection.
      await db.destroy();
    },
  };
}
