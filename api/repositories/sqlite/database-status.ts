import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { migrationsAreCurrent } from '../../../db/migrate.ts';
import type { Database } from '../../../db/schema.ts';

/** What the probes, the metrics and start-up ask the database file itself (SQLite-specific: pragmas). */
export function createDatabaseStatus(sqlite: SQLite.Database, db: Kysely<Database>) {
  const ping = sqlite.prepare('select 1');
  const pageCount = sqlite.prepare('pragma page_count').pluck();
  const pageSize = sqlite.prepare('pragma page_size').pluck();
  return {
    /** True when the file answers a query. */
    answers(): boolean {
      try {
        ping.get();
        return true;
      } catch {
        return false;
      }
    },
    /** Every migration of this release is applied. */
    migrationsCurrent: () => migrationsAreCurrent(db),
    /** Pages × page size, excluding the WAL. */
    sizeBytes: () => (pageCount.get() as number) * (pageSize.get() as number),
  };
}

export type DatabaseStatus = ReturnType<typeof createDatabaseStatus>;

/** How many enterprises there are, and how many the search index holds (start-up rebuilds when they differ). */
export function indexCoverage(sqlite: SQLite.Database): { enterprises: number; indexed: number } {
  return {
    indexed: sqlite.prepare('select count(*) from enterprise_search_keys').pluck().get() as number,
    enterprises: sqlite.prepare('select count(*) from enterprises').pluck().get() as number,
  };
}

/** Folds the WAL back into the main file, so a copy of the .sqlite alone is complete (at shutdown). */
export function checkpointWal(sqlite: SQLite.Database): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
