import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../db/connection.ts';
import { prepareDatabase } from '../../api/bootstrap.ts';
import { buildApp, type App } from '../../api/app.ts';
import { testConfig, type AppConfig } from '../../api/config.ts';

/** The date the demo data is laid out around in tests, so results never depend on the calendar. */
export const TEST_TODAY = '2026-11-25';

export interface TestContext {
  app: App;
  handle: DatabaseHandle;
  dir: string;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * A fresh, real SQLite file (WAL, foreign keys) in a temporary folder, migrated and
 * optionally loaded with the demo data, and the app built on it. One per test file.
 */
export async function createTestApp(
  options: {
    demoData?: boolean;
    today?: string;
    config?: Partial<AppConfig>;
    /** Extra routes or hooks for one test (registered before the app is ready). */
    extend?: (app: App) => Promise<void> | void;
    /** The time the consultation services read (deadlines), so a test can move past a deadline. */
    consultationClock?: () => Date;
  } = {},
): Promise<TestContext> {
  const dir = mkdtempSync(join(tmpdir(), 'koinsep-test-'));
  const databasePath = join(dir, 'koinsep.sqlite');
  const handle = openDatabase(databasePath);
  await prepareDatabase(handle, { demoData: options.demoData ?? true, today: options.today ?? TEST_TODAY });
  const config = testConfig({ databasePath, demoData: options.demoData ?? true, ...options.config });
  const app = await buildApp({ db: handle, config, consultationClock: options.consultationClock });
  await options.extend?.(app);
  await app.ready();
  return {
    app,
    handle,
    dir,
    config,
    async close() {
      await app.close();
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
