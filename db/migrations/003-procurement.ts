import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.
// Procurement register (issue 6): the year's total procurement spend entered by staff (the
// denominator of the social-procurement share), and optimistic-concurrency versions and
// authorship on contracts (DESIGN §7: ETag + If-Match; every change audited).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('procurement_totals')
    .addColumn('year', 'integer', (c) => c.primaryKey().check(sql`year between 2000 and 2100`))
    // Total procurement spend of the authority that year, net of VAT, in euro cents.
    .addColumn('total_net_cents', 'integer', (c) => c.notNull().check(sql`total_net_cents >= 0`))
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('contracts')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('contracts').addColumn('created_by', 'text').execute();
  // Anti-splitting sums read direct awards by CPV and year; the register filters by department.
  await db.schema.createIndex('contracts_cpv_awarded').on('contracts').columns(['cpv_code', 'awarded_on']).execute();
  await db.schema.createIndex('contracts_department').on('contracts').column('department').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('contracts_department').ifExists().execute();
  await db.schema.dropIndex('contracts_cpv_awarded').ifExists().execute();
  await db.schema.alterTable('contracts').dropColumn('created_by').execute();
  await db.schema.alterTable('contracts').dropColumn('version').execute();
  await db.schema.dropTable('procurement_totals').ifExists().execute();
}
