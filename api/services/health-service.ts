import type { DatabaseStatus } from '../repositories/sqlite/database-status.ts';
import type { Logger } from './logger.ts';

export interface ReadinessChecks {
  database: 'ok' | 'unreachable';
  migrations: 'current' | 'pending' | 'unknown';
  load: 'ok' | 'shedding';
}

/**
 * What the probes report (process managers, load balancers, monitoring): liveness = the
 * database file can be read; readiness = it answers and every migration of this release is
 * applied and the server has not been shedding load without a pause (the caller says so: the
 * load-shedding hook measures it). Once current, migrations stay current for this process (only a newer release adds any).
 */
export function createHealthService({ status, log }: { status: DatabaseStatus; log: Logger }) {
  let migrationsCurrent = false;
  return {
    alive: () => status.answers(),
    async readiness({
      sheddingSustained,
    }: {
      sheddingSustained: boolean;
    }): Promise<{ ready: boolean; checks: ReadinessChecks }> {
      const checks: ReadinessChecks = {
        database: status.answers() ? 'ok' : 'unreachable',
        migrations: 'unknown',
        load: sheddingSustained ? 'shedding' : 'ok',
      };
      if (checks.database === 'unreachable') log.error({}, 'readiness: database unreachable');
      else {
        try {
          migrationsCurrent = migrationsCurrent || (await status.migrationsCurrent());
          checks.migrations = migrationsCurrent ? 'current' : 'pending';
        } catch (err) {
          log.error({ err }, 'readiness: cannot read the migration table');
        }
      }
      return { ready: checks.database === 'ok' && checks.migrations === 'current' && checks.load === 'ok', checks };
    },
  };
}
