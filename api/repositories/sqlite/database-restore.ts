import SQLite from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { checkDatabaseFile, fsyncPath, type DatabaseFileCheck } from './database-backup.ts';

/**
 * Restore, designed to be safe on a server that runs for years:
 * 1. the backup is checked (integrity_check, it is a KoinSEp database, no migration newer
 *    than this code) before anything is touched;
 * 2. it refuses while the server runs (the pid file server.ts keeps next to the database),
 *    because a running server would go on writing into the replaced file;
 * 3. the backup is copied (SQLite backup API, so a WAL-mode source is read whole) next to
 *    the database, checked again, fsync'ed;
 * 4. the current database is checkpointed and kept as `<name>.before-restore-<time>`;
 * 5. the copy is renamed over the database in one atomic step; stale -wal/-shm files of
 *    the old database are never left next to the new one.
 * Pending migrations are applied by the next start, as after any upgrade.
 */

export class RestoreRefused extends Error {}

export interface RestoreResult {
  check: DatabaseFileCheck;
  previousCopy: string | null;
}

/** The file server.ts writes its pid to while it runs. */
export function pidFilePath(databasePath: string): string {
  return `${databasePath}.pid`;
}

/** The pid of a running server on this database, or null (no pid file, or its process is gone). */
function runningServerPid(databasePath: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFilePath(databasePath), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** Reasons a file must not be restored; empty when it may. */
function restoreProblems(check: DatabaseFileCheck): string[] {
  const problems: string[] = [];
  if (!check.integrityOk) problems.push(`integrity_check failed: ${check.integrityMessages.slice(0, 5).join('; ')}`);
  if (!check.isKoinsepDatabase)
    problems.push('it is not a KoinSEp Directory database (no migration table or core tables)');
  if (check.unknownMigrations.length) {
    problems.push(
      `it comes from a newer release (migrations ${check.unknownMigrations.join(', ')} are unknown to this code); upgrade first`,
    );
  }
  return problems;
}

export async function restoreDatabase(
  backupPath: string,
  databasePath: string,
  options: { force?: boolean; now?: Date } = {},
): Promise<RestoreResult> {
  if (!existsSync(backupPath)) throw new RestoreRefused(`${backupPath} does not exist`);
  let check: DatabaseFileCheck;
  try {
    check = checkDatabaseFile(backupPath);
  } catch (error) {
    throw new RestoreRefused(
      `Refusing to restore ${backupPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const problems = restoreProblems(check);
  if (problems.length) throw new RestoreRefused(`Refusing to restore ${backupPath}: ${problems.join('; ')}`);
  const pid = runningServerPid(databasePath);
  if (pid !== null && !options.force) {
    throw new RestoreRefused(
      `The server (pid ${pid}) is running on ${databasePath}: stop it first. Use --force only if that pid is not the server.`,
    );
  }

  const dir = dirname(databasePath);
  const partial = join(dir, `.${basename(databasePath)}.restore-partial`);
  rmSync(partial, { force: true });
  const source = new SQLite(backupPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  const copy = new SQLite(partial);
  try {
    copy.pragma('journal_mode = DELETE');
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok')
      throw new RestoreRefused('the copy failed integrity_check');
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  fsyncPath(partial);

  let previousCopy: string | null = null;
  if (existsSync(databasePath)) {
    // Fold the old WAL in (SQLite deletes -wal and -shm on the last close), then keep a copy.
    const old = new SQLite(databasePath, { fileMustExist: true });
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    const stamp = (options.now ?? new Date())
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    previousCopy = `${databasePath}.before-restore-${stamp}`;
    copyFileSync(databasePath, previousCopy);
    fsyncPath(previousCopy);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(databasePath + suffix)) {
      rmSync(partial, { force: true });
      throw new RestoreRefused(`${databasePath}${suffix} still exists: is a process using the database?`);
    }
  }
  renameSync(partial, databasePath);
  fsyncPath(dir);
  return { check, previousCopy };
}
