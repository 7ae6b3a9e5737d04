import type { Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.
// The contract register lists newest first (awarded_on desc, created_at desc). Without an index
// in that order every page read the whole table and sorted it: 11 ms a page at 6,000 contracts,
// growing with every contract recorded (issue 17, the mixed-load bench records ~6,000 a minute).
// With it a page reads its 20 rows from the end of the index.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('contracts_awarded_created')
    .on('contracts')
    .columns(['awarded_on', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('contracts_awarded_created').ifExists().execute();
}
