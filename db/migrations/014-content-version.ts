import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.
// The public answers kept in memory (profiles, categories, HSDS) were keyed by a stamp computed
// from the tables themselves: count, newest updated_at and sum of versions of every enterprise and
// service. That is a scan of both tables on every request: 5.9 ms at 10,000 enterprises (issue 17).
// Triggers now count every change to the tables those answers read, in one row, read in
// microseconds. Any writer bumps it (the server, the import, a script), inside its own transaction.

const TABLES = [
  'enterprises',
  'services',
  'service_areas',
  'service_categories',
  'service_cpv_codes',
  'enterprise_activity_codes',
  'field_history',
  'logos',
] as const;
const EVENTS = ['insert', 'update', 'delete'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table content_version (id integer primary key check (id = 1), version integer not null)`.execute(db);
  await sql`insert into content_version (id, version) values (1, 0)`.execute(db);
  for (const table of TABLES) {
    for (const event of EVENTS) {
      await sql
        .raw(
          `create trigger ${table}_${event}_content_version after ${event} on ${table} ` +
            `begin update content_version set version = version + 1 where id = 1; end`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    for (const event of EVENTS) await sql.raw(`drop trigger if exists ${table}_${event}_content_version`).execute(db);
  }
  await sql`drop table if exists content_version`.execute(db);
}
