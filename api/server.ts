import { createConsultationCloseJob } from './jobs/consultation-close.ts';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import closeWithGrace from 'close-with-grace';
import { openDatabase } from '../db/connection.ts';
import { readConfig, ConfigError } from './config.ts';
import { prepareDatabase } from './bootstrap.ts';
import { buildApp } from './app.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../seed/demo/accounts.ts';
import { loggerOptions } from './ops/logging.ts';
import { startMetricsServer } from './plugins/metrics.ts';
import { pidFilePath } from './repositories/sqlite/database-restore.ts';
import { drainOnClose } from './ops/drain.ts';
import { checkpointWal } from './repositories/sqlite/database-status.ts';
import { LISTEN_BACKLOG } from './plugins/turn-budget-shedding.ts';
import { createExpiryNoticeJob } from './jobs/expiry-notices.ts';

/** Runs the directory: reads the environment once, prepares the database, listens, shuts down gracefully. */
async function main() {
  let config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  if (config.databasePath !== ':memory:') mkdirSync(dirname(config.databasePath), { recursive: true });
  const handle = openDatabase(config.databasePath);
  const prepared = await prepareDatabase(handle, { demoData: config.demoData });

  const app = await buildApp({
    db: handle,
    config,
    logger: loggerOptions(config.logLevel),
  });
  drainOnClose(app);
  // Before listening: the CPV index built inside the first /cpv request held that whole
  // event-loop turn (1–1.7 s under the mixed bench, issue 17).
  app.registry.warm();
  // Document-expiry e-mails (issue 5): in-process, idempotent, every EXPIRY_CHECK_INTERVAL_MINUTES.
  const expiryNotices = createExpiryNoticeJob({
    db: handle.db,
    mailer: app.accounts.mailer,
    log: app.log,
    publicOrigin: config.publicOrigin,
  });
  // Requests for quotes (issue 13): open → closed when the deadline passes.
  const consultationClose = createConsultationCloseJob({
    closeDue: () => app.services.consultations.closeDue(),
    log: app.log,
  });
  const { metricsPort, metricsHost } = config.operations;
  const metricsServer = metricsPort === null ? null : await startMetricsServer(app, metricsPort, metricsHost);

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    // Stops accepting connections, answers the requests in flight, then runs onClose hooks.
    metricsServer?.close();
    await expiryNotices.stop();
    await consultationClose.stop();
    await app.close();
    // Fold the WAL back into the main file so a copy of the .sqlite alone is complete.
    checkpointWal(handle.sqlite);
    await handle.close();
    if (config.databasePath !== ':memory:') rmSync(pidFilePath(config.databasePath), { force: true });
  });

  await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  expiryNotices.start(config.expiryCheckIntervalMinutes * 60_000);
  consultationClose.start(config.consultationCloseIntervalMinutes * 60_000);
  // `npm run db:restore` refuses while this file names a live process.
  if (config.databasePath !== ':memory:') writeFileSync(pidFilePath(config.databasePath), `${process.pid}\n`);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const lines = [
    '',
    `KoinSEp Directory is running (database ${config.databasePath}, ${prepared.enterprises} enterprises${prepared.demoLoaded ? ', demo data loaded now' : ''})`,
    `  Home page        ${base}/`,
    `  API docs         ${base}/docs`,
    `  Public API       ${base}/api/v1/enterprises?q=καθαρισμός`,
    `  Embed demo       ${base}/embed-demo`,
    `  Staff app        ${base}/admin/`,
    '',
  ];
  if (config.demoData) {
    // Issue 4, scope 8: the demo sign-ins, so anyone trying the product can get in (README "Accounts and security").
    lines.push(
      `  Demo sign-ins    password ${DEMO_PASSWORD} for ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}`,
      `                   admin and staff: TOTP secret ${DEMO_TOTP_SECRET} (any authenticator app)`,
      '',
    );
  }
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
