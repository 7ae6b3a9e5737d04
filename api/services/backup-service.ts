import type SQLite from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createBackupRuns, type BackupRunRow, type BackupTrigger } from '../repositories/sqlite/backup-runs.ts';
import {
  backupDatabase,
  backupFileName,
  pruneBackups,
  removePartialBackups,
} from '../repositories/sqlite/database-backup.ts';

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
export function createBackupService(
  sqlite: SQLite.Database,
  options: { dir: string | null; keep: number },
): BackupService {
  const runs = createBackupRuns(sqlite);
  if (options.dir) removePartialBackups(options.dir);
  let queue: Promise<unknown> = Promise.resolve();

  async function runNow(dir: string, trigger: BackupTrigger, reason: string | null): Promise<BackupRun> {
    const id = randomUUID();
    const startedAt = new Date().toISOString();
    const name = backupFileName();
    let row: BackupRunRow;
    try {
      const result = await backupDatabase(sqlite, join(dir, name));
      row = {
        id,
        trigger,
        status: 'ok',
        reason,
        file: name,
        size_bytes: result.sizeBytes,
        error: null,
        started_at: startedAt,
        finished_at: result.finishedAt,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      row = {
        id,
        trigger,
        status: 'failed',
        reason,
        file: null,
        size_bytes: null,
        error: message.slice(0, 500),
        started_at: startedAt,
        finished_at: new Date().toISOString(),
      };
    }
    runs.insert(row);
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
      return runs.list(limit).map(toRun);
    },
    lastSuccess() {
      const row = runs.lastSuccess();
      return row ? toRun(row) : null;
    },
  };
}
