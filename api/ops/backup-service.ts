import type SQLite from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { backupDatabase, backupFileName, pruneBackups, removePartialBackups } from './backup.ts';

export type BackupTrigger = 'schedule' | 'api' | 'cli';

export interface BackupRun {
  id: string;
  trigger: BackupTrigger;
  status: 'ok' | 'failed';
  reason: string | null;
  file: string | null;
  sizeBytes: number | null;
  error: string | null;
  startedAt: string;
  finishedAt: string;
}

interface BackupRunRow {
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

export interface BackupService {
  /** The folder backups go to; null when BACKUP_DIR is not configured. */
  readonly dir: string | null;
  /** Takes a backup now (one at a time: concurrent calls queue), records it in backup_runs and prunes old files. */
  run(trigger: BackupTrigger, reason?: string | null): Promise<BackupRun>;
  list(limit: number): BackupRun[];
  lastSuccess(): BackupRun | null;
}

const toRun = (r: BackupRunRow): BackupRun => ({
  id: r.id,
  trigger: r.trigger,
  status: r.status,
  reason: r.reason,
  file: r.file,
  sizeBytes: r.size_bytes,
  error: r.error,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

/** Backups into a folder with retention, logged in the `backup_runs` table (migration 006-operations). */
export function createBackupService(sqlite: SQLite.Database, options: { dir: string | null; keep: number }): BackupService {
  const insert = sqlite.prepare(`insert into backup_runs (id, trigger, status, reason, file, size_bytes, error, started_at, finished_at)
    values (@id, @trigger, @status, @reason, @file, @size_bytes, @error, @started_at, @finished_at)`);
  const listStatement = sqlite.prepare('select * from backup_runs order by finished_at desc, id limit ?');
  const lastOk = sqlite.prepare("select * from backup_runs where status = 'ok' order by finished_at desc limit 1");
  if (options.dir) removePartialBackups(options.dir);
  let queue: Promise<unknown> = Promise.resolve();

  async function runNow(dir: string, trigger: BackupTrigger, reason: string | null): Promise<BackupRun> {
    const id = randomUUID();
    const startedAt = new Date().toISOString();
    const name = backupFileName();
    let row: BackupRunRow;
    try {
      const result = await backupDatabase(sqlite, join(dir, name));
      row = { id, trigger, status: 'ok', reason, file: name, size_bytes: result.sizeBytes, error: null, started_at: startedAt, finished_at: result.finishedAt };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      row = { id, trigger, status: 'failed', reason, file: null, size_bytes: null, error: message.slice(0, 500), started_at: startedAt, finished_at: new Date().toISOString() };
    }
    insert.run(row);
    if (row.status === 'ok') pruneBackups(dir, options.keep);
    return toRun(row);
  }

  return {
    dir: options.dir,
    run(trigger, reason = null) {
      const dir = options.dir;
      if (!dir) return Promise.reject(new Error('BACKUP_DIR is not configured'));
      const next = queue.then(() => runNow(dir, trigger, reason));
      queue = next.catch(() => undefined);
      return next;
    },
    list(limit) {
      return (listStatement.all(limit) as BackupRunRow[]).map(toRun);
    },
    lastSuccess() {
      const row = lastOk.get() as BackupRunRow | undefined;
      return row ? toRun(row) : null;
    },
  };
}
