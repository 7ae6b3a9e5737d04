import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.

/**
 * The backup log: every backup the server or the CLI made (or failed to make), so staff
 * and monitoring can see when the last good copy was taken and where it lies.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('backup_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`"trigger" in ('schedule', 'api', 'cli')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ok', 'failed')`))
    .addColumn('reason', 'text')
    // File name inside the backup folder (or the path the CLI wrote); null when the run failed early.
    .addColumn('file', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('error', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('backup_runs_finished').on('backup_runs').column('finished_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('backup_runs').ifExists().execute();
}
