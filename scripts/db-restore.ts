import { resolve } from 'node:path';
import { readConfig } from '../api/config.ts';
import { restoreDatabase, RestoreRefused } from '../api/repositories/sqlite/database-restore.ts';

// `npm run db:restore -- <file> [--force]`: with the server STOPPED, checks the backup
// (integrity, a KoinSEp database, not from a newer release) and atomically puts it in
// place of DATABASE_PATH, keeping the current database as <name>.before-restore-<time>.
// --force only skips the "server is running" check, for a stale pid file.
const args = process.argv.slice(2);
const force = args.includes('--force');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run db:restore -- <backup file> [--force]   (stop the server first)');
  process.exit(2);
}
const config = readConfig(process.env);
try {
  const result = await restoreDatabase(resolve(file), config.databasePath, { force });
  console.log(`Restored ${resolve(file)} to ${config.databasePath}.`);
  if (result.previousCopy) console.log(`The previous database is kept at ${result.previousCopy}.`);
  if (result.check.pendingMigrations.length) {
    console.log(`The next start applies migrations ${result.check.pendingMigrations.join(', ')}.`);
  }
} catch (error) {
  if (error instanceof RestoreRefused) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
