import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.
// Facts the eligibility engine needs to answer as an auditor would (issue 11):
// - statutes facts on the enterprise, recorded and verified by staff (who, when):
//   a main statutory purpose of integrating disabled or disadvantaged persons (Law 4412/2016
//   art. 20, for operators that do not qualify by their form), and the three conditions of
//   Directive 2014/24 art. 77(2) (public-service mission, profits reinvested, participatory
//   ownership or management). NULL = not recorded; 1 = the statutes say so; 0 = they do not.
// - new compliance document kinds: the statutes themselves and the criminal-record
//   certificate (Law 4412/2016 art. 73 §1); the ΓΕΜΗ certificate kind already exists;
// - who verified a compliance document (`verified_at` already exists).
// ΚΑΔ activity codes with their version (2008 / 2025) already live in enterprise_activity_codes.

const OLD_KINDS = [
  'tax_clearance',
  'social_security_clearance',
  'gemi_certificate',
  'gemkalo_certificate',
  'workforce_composition',
];
const KINDS = [...OLD_KINDS, 'statutes', 'criminal_record'];
const inList = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const STATUTES_FACTS = [
  'statutes_integration_purpose',
  'statutes_public_service_mission',
  'statutes_profits_reinvested',
  'statutes_participatory_governance',
];

async function createDocumentsTable(
  db: Kysely<any>,
  name: string,
  kinds: string[],
  withVerifiedBy: boolean,
): Promise<void> {
  let table = db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in (${inList(kinds)})`))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    // Always the date printed on the certificate (for the statutes: the date until which the
    // authority accepts the copy on file): never computed.
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('reference_number', 'text')
    .addColumn('verified_at', 'text');
  if (withVerifiedBy)
    table = table.addColumn('verified_by', 'text', (c) => c.references('users.id').onDelete('set null'));
  await table.addColumn('created_at', 'text', (c) => c.notNull()).execute();
}

/**
 * SQLite cannot change a CHECK constraint in place, so the table is rebuilt the way the
 * SQLite manual prescribes (foreign keys off, new table, copy, drop, rename, check). On
 * PostgreSQL this is `alter table … drop constraint / add constraint`.
 */
async function rebuildDocuments(db: Kysely<any>, kinds: string[], withVerifiedBy: boolean): Promise<void> {
  const columns = [
    'id',
    'enterprise_id',
    'kind',
    'issued_on',
    'valid_until',
    'reference_number',
    'verified_at',
    'created_at',
  ];
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await createDocumentsTable(trx, 'compliance_documents_new', kinds, withVerifiedBy);
      const list = sql.raw(columns.join(', '));
      await sql`insert into compliance_documents_new (${list}) select ${list} from compliance_documents where kind in (${inList(kinds)})`.execute(
        trx,
      );
      await sql`drop table compliance_documents`.execute(trx);
      await sql`alter table compliance_documents_new rename to compliance_documents`.execute(trx);
      await trx.schema
        .createIndex('compliance_documents_enterprise_kind')
        .on('compliance_documents')
        .columns(['enterprise_id', 'kind', 'valid_until'])
        .execute();
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0)
        throw new Error(`foreign keys broken by the rebuild: ${JSON.stringify(broken.rows.slice(0, 3))}`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of STATUTES_FACTS) {
    await db.schema
      .alterTable('enterprises')
      .addColumn(column, 'integer', (c) => c.check(sql.raw(`${column} in (0, 1)`)))
      .execute();
  }
  await db.schema.alterTable('enterprises').addColumn('statutes_verified_at', 'text').execute();
  await db.schema
    .alterTable('enterprises')
    .addColumn('statutes_verified_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await rebuildDocuments(db, KINDS, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  // Documents of the new kinds cannot exist under the old constraint: they are dropped.
  await rebuildDocuments(db, OLD_KINDS, false);
  for (const column of ['statutes_verified_by', 'statutes_verified_at', ...STATUTES_FACTS]) {
    await db.schema.alterTable('enterprises').dropColumn(column).execute();
  }
}
