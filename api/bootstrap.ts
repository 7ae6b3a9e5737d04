import type { DatabaseHandle } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadReferenceData } from '../seed/reference/load-reference-data.ts';
import { loadDemoData } from '../seed/demo/load-demo-data.ts';
import { loadDemoAccounts } from '../seed/demo/accounts.ts';
import { createSearchIndexer } from './repositories/sqlite/search/fts-index.ts';
import { indexCoverage } from './repositories/sqlite/database-status.ts';

export interface PrepareOptions {
  demoData: boolean;
  /** ISO date the demo's document dates are relative to (injectable for tests). */
  today?: string;
}

export interface PrepareResult {
  demoLoaded: boolean;
  enterprises: number;
}

/**
 * Brings a database file to a usable state: newest schema, current reference lists
 * (CPV, categories, areas), the demo data on first run when asked, and a search index.
 * Safe to run on every start.
 */
export async function prepareDatabase(handle: DatabaseHandle, options: PrepareOptions): Promise<PrepareResult> {
  await migrateToLatest(handle.db);
  await loadReferenceData(handle);
  let demoLoaded = false;
  if (options.demoData) {
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const loaded = await loadDemoData(handle.db, { today });
    demoLoaded = loaded.enterprises > 0;
    // The demo sign-ins (README "Accounts and security"); idempotent, so also after an upgrade.
    await loadDemoAccounts(handle.db);
  }
  const indexer = createSearchIndexer(handle.sqlite);
  const { indexed, enterprises } = indexCoverage(handle.sqlite);
  if (demoLoaded || indexed !== enterprises || !indexer.isCurrent()) indexer.rebuildAll();
  return { demoLoaded, enterprises };
}
