import type SQLite from 'better-sqlite3';

/**
 * The backup log (migration 006-operations). Prepared statements: the metrics gauge reads
 * the last good backup synchronously on every scrape.
 */

/** Who asked for a backup: the schedule, the operations API, or `npm run db:backup`. */
export type BackupTrigger = 'schedule' | 'api' | 'cli';

export interface BackupRunRow {
  id: string;
  trigger: BackupTrigger;
  status: 'ok' | 'failed';
  reason: string | null;
  file: string | null;
  size_bytes: number | null;
  error: string | null;
  started_at: string;
  finished_at: string;
}

export function createBackupRuns(sqlite: SQLite.Database) {
  const insert =
    sqlite.prepare(`insert into backup_runs (id, trigger, status, reason, file, size_bytes, error, started_at, finished_at)
    values (@id, @trigger, @status, @reason, @file, @size_bytes, @error, @started_at, @finished_at)`);
  const list = sqlite.prepare('select * from backup_runs order by finished_at desc, id limit ?');
  const lastOk = sqlite.prepare("select * from backup_runs where status = 'ok' order by finished_at desc limit 1");
  return {
    insert: (row: BackupRunRow) => insert.run(row),
    /** Newest first. */
    list: (limit: number) => list.all(limit) as BackupRunRow[],
    lastSuccess: () => lastOk.get() as BackupRunRow | undefined,
  };
}
