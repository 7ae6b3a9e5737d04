import SQLite from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig } from '../api/config.ts';
import { backupDatabase, backupFileName, pruneBackups } from '../api/repositories/sqlite/database-backup.ts';

// `npm run db:backup -- <file>`: an online, consistent copy of DATABASE_PATH (safe while
// the server runs), integrity-checked before it gets its name. Without <file> the copy
// goes to BACKUP_DIR (with retention BACKUP_KEEP). The run is logged in backup_runs.
const config = readConfig(process.env);
const target = process.argv[2];
let targetPath: string;
if (target) {
  targetPath = resolve(target);
  if (existsSync(targetPath) && statSync(targetPath).isDirectory()) targetPath = join(targetPath, backupFileName());
  else if (existsSync(targetPath)) {
    console.error(`${targetPath} exists; refusing to overwrite it.`);
    process.exit(1);
  }
} else if (config.operations.backupDir) {
  targetPath = join(config.operations.backupDir, backupFileName());
} else {
  console.error('Usage: npm run db:backup -- <file or folder>   (or set BACKUP_DIR)');
  process.exit(2);
}

if (!existsSync(config.databasePath)) {
  console.error(`No database at ${config.databasePath} (set DATABASE_PATH).`);
  process.exit(1);
}
const source = new SQLite(config.databasePath, { fileMustExist: true });
source.pragma('busy_timeout = 5000');
const startedAt = new Date().toISOString();
try {
  const result = await backupDatabase(source, targetPath);
  const logged = source.prepare("select 1 from sqlite_master where type = 'table' and name = 'backup_runs'").get();
  if (logged) {
    source
      .prepare(
        `insert into backup_runs (id, trigger, status, reason, file, size_bytes, error, started_at, finished_at)
        values (?, 'cli', 'ok', null, ?, ?, null, ?, ?)`,
      )
      .run(randomUUID(), result.path, result.sizeBytes, startedAt, result.finishedAt);
  }
  if (!target && config.operations.backupDir) pruneBackups(config.operations.backupDir, config.operations.backupKeep);
  console.log(`Backup written to ${result.path} (${result.sizeBytes} bytes, integrity_check ok).`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  source.close();
}
