import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { readConfig } from '../api/config.ts';

// `npm run db:migrate`: applies pending migrations to DATABASE_PATH and says which.
const config = readConfig(process.env);
mkdirSync(dirname(config.databasePath), { recursive: true });
const handle = openDatabase(config.databasePath);
try {
  const result = await migrateToLatest(handle.db);
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : `Database ${config.databasePath} is up to date.`);
} finally {
  await handle.close();
}
