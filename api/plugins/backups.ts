import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createBackupService, type BackupService } from '../services/backup-service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    backups: BackupService;
  }
}

/** How often the scheduler looks whether a backup is due. */
const SCHEDULE_CHECK_MS = 60_000;

/**
 * `app.backups` (on-demand backups, used by the operations API) and, when
 * BACKUP_INTERVAL_MINUTES > 0, scheduled backups in-process. The schedule is "the last
 * good backup is older than the interval", checked every minute, so restarts never skip
 * or double a backup.
 */
async function backups(app: FastifyInstance) {
  const { backupDir, backupKeep, backupIntervalMinutes } = app.config.operations;
  const service = createBackupService(app.sqlite, { dir: backupDir, keep: backupKeep });
  app.decorate('backups', service);

  if (!backupDir || backupIntervalMinutes <= 0) return;
  const intervalMs = backupIntervalMinutes * 60_000;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    const last = service.lastSuccess();
    if (last && Date.now() - Date.parse(last.finishedAt) < intervalMs) return;
    running = service
      .run('schedule')
      .then((run) => {
        if (run.status === 'ok') app.log.info({ backup: run.file, bytes: run.sizeBytes }, 'scheduled backup done');
        else app.log.error({ error: run.error }, 'scheduled backup failed');
      })
      .catch((err: unknown) => app.log.error({ err }, 'scheduled backup failed'))
      .finally(() => {
        running = null;
      });
  };
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    timer = setInterval(tick, Math.min(SCHEDULE_CHECK_MS, intervalMs));
    timer.unref();
    setImmediate(tick);
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    // Let a running backup finish before the database closes.
    await running;
  });
}

export default fp(backups, { name: 'backups' });
