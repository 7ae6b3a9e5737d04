import SQLite from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { migrations } from '../../../db/migrations/index.ts';

/**
 * Online backups with SQLite's backup API (better-sqlite3 `db.backup`): the copy is a
 * consistent snapshot even while the server writes, because the backup restarts or
 * follows along when pages change. The copy is written under a temporary name, turned
 * into a self-contained single file (journal_mode DELETE), checked with
 * `PRAGMA integrity_check`, fsync'ed, and only then renamed into place: a crash at any
 * moment leaves either no backup or a complete, checked one — never a truncated file
 * with a real name.
 */

export interface BackupResult {
  path: string;
  sizeBytes: number;
  startedAt: string;
  finishedAt: string;
}

export interface DatabaseFileCheck {
  /** `PRAGMA integrity_check` said "ok". */
  integrityOk: boolean;
  integrityMessages: string[];
  /** It has our migration table and the core tables. */
  isKoinsepDatabase: boolean;
  appliedMigrations: string[];
  /** Migrations in the file that this version of the code does not know (the file is from a newer release). */
  unknownMigrations: string[];
  /** Migrations this code has that the file lacks (applied on the next start). */
  pendingMigrations: string[];
}

const BACKUP_PATTERN = /^koinsep-\d{8}T\d{6}Z-[0-9a-f]{8}\.sqlite$/;

/** `koinsep-20261125T030000Z-1a2b3c4d.sqlite`: sorts by time, unique even within one second. */
export function backupFileName(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `koinsep-${stamp}-${randomUUID().slice(0, 8)}.sqlite`;
}

/** fsync a file or a folder (a rename is durable only once its folder is synced). */
export function fsyncPath(path: string) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Runs `PRAGMA integrity_check` and reads what a restore needs to know about a database file. */
export function checkDatabaseFile(path: string): DatabaseFileCheck {
  const file = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const integrityMessages = (file.pragma('integrity_check') as Array<{ integrity_check: string }>).map(
      (r) => r.integrity_check,
    );
    const integrityOk = integrityMessages.length === 1 && integrityMessages[0] === 'ok';
    const tables = new Set(
      file.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    const isKoinsepDatabase = tables.has('kysely_migration') && tables.has('enterprises') && tables.has('areas');
    const appliedMigrations = tables.has('kysely_migration')
      ? (file.prepare('select name from kysely_migration order by name').pluck().all() as string[])
      : [];
    const known = Object.keys(migrations);
    return {
      integrityOk,
      integrityMessages,
      isKoinsepDatabase,
      appliedMigrations,
      unknownMigrations: appliedMigrations.filter((name) => !known.includes(name)),
      pendingMigrations: known.filter((name) => !appliedMigrations.includes(name)),
    };
  } finally {
    file.close();
  }
}

/**
 * Copies the live database to `targetPath` (online), checks the copy and moves it into
 * place atomically. Throws (and leaves nothing at `targetPath`) when the copy is not sound.
 */
export async function backupDatabase(source: SQLite.Database, targetPath: string): Promise<BackupResult> {
  const startedAt = new Date().toISOString();
  mkdirSync(dirname(targetPath), { recursive: true });
  const partial = join(dirname(targetPath), `.${basename(targetPath)}.partial`);
  rmSync(partial, { force: true });
  try {
    await source.backup(partial);
    // The copy carries the source's WAL flag; make it a single self-contained file.
    const copy = new SQLite(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`integrity_check of the copy failed: ${String(result)}`);
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    renameSync(partial, targetPath);
    fsyncPath(dirname(targetPath));
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
    throw error;
  }
  return { path: targetPath, sizeBytes: statSync(targetPath).size, startedAt, finishedAt: new Date().toISOString() };
}

/** Deletes all but the newest `keep` backups in `dir` (only files we named), and stale partial copies. */
export function pruneBackups(dir: string, keep: number): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const backups = names.filter((n) => BACKUP_PATTERN.test(n)).sort();
  const doomed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of doomed) rmSync(join(dir, name), { force: true });
  return doomed;
}

/** Removes partial copies a crash left behind (never a finished backup). */
export function removePartialBackups(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names)
    if (/^\.koinsep-.*\.partial(-journal|-wal|-shm)?$/.test(name)) rmSync(join(dir, name), { force: true });
}
