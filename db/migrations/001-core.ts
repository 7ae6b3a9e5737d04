import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.

const LEGAL_FORMS = [
  'koinsep_integration_vulnerable',
  'koinsep_integration_special',
  'koinsep_collective_benefit',
  'koispe',
  'worker_coop',
  'protected_workshop',
  'other_sse',
];
const inList = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('country', 'region', 'regional_unit', 'municipality')`),
    )
    .addColumn('parent_id', 'text', (c) => c.references('areas.id'))
    .addColumn('nuts_code', 'text')
    .addColumn('name_el', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('lat', 'real')
    .addColumn('lon', 'real')
    .execute();
  await db.schema.createIndex('areas_parent').on('areas').column('parent_id').execute();

  await db.schema
    .createTable('cpv_codes')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`length(code) = 8`))
    // Check digit as printed in the official list; null where our list lacks it (never computed).
    .addColumn('check_digit', 'text')
    .addColumn('label_el', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('parent_code', 'text', (c) => c.references('cpv_codes.code'))
    // Directive 2014/24 Annex XIV / art. 77: code qualifies for the reserved social-services route.
    .addColumn('social_services', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_el', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('category_cpv_prefixes')
    .addColumn('category_id', 'text', (c) => c.notNull().references('categories.id').onDelete('cascade'))
    .addColumn('cpv_prefix', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('category_cpv_prefixes_pk', ['category_id', 'cpv_prefix'])
    .execute();

  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('legal_name', 'text', (c) => c.notNull())
    .addColumn('trade_name', 'text')
    .addColumn('legal_form', 'text', (c) => c.notNull().check(sql`legal_form in (${inList(LEGAL_FORMS)})`))
    .addColumn('afm', 'text', (c) => c.notNull().unique())
    .addColumn('gemi_number', 'text')
    .addColumn('gemkalo_number', 'text')
    .addColumn('gemkalo_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unknown')
        .check(sql`gemkalo_status in ('active', 'pending', 'suspended', 'removed', 'unknown')`),
    )
    .addColumn('founded_on', 'text')
    .addColumn('description_el', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text')
    .addColumn('email', 'text')
    .addColumn('email_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('phone', 'text')
    .addColumn('phone_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('contact_person', 'text')
    .addColumn('contact_person_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('website', 'text')
    .addColumn('street_address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('address_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('municipality_id', 'text', (c) => c.references('areas.id'))
    .addColumn('lat', 'real')
    .addColumn('lon', 'real')
    .addColumn('members_count', 'integer')
    .addColumn('employees_count', 'integer')
    .addColumn('disadvantaged_employees_count', 'integer')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'published', 'hidden')`),
    )
    .addColumn('verified_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enterprises_status_legal_form')
    .on('enterprises')
    .columns(['status', 'legal_form'])
    .execute();

  // Activity codes: ΚΑΔ 2008 (NACE Rev.2) was replaced by ΚΑΔ 2025 (NACE Rev.2.1) on 2026-03-01.
  await db.schema
    .createTable('enterprise_activity_codes')
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull().check(sql`version in ('2008', '2025')`))
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('enterprise_activity_codes_pk', ['enterprise_id', 'code', 'version'])
    .execute();

  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('title_el', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('description_el', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('active', 'inactive')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('services_enterprise').on('services').column('enterprise_id').execute();

  await db.schema
    .createTable('service_cpv_codes')
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('cpv_code', 'text', (c) => c.notNull().references('cpv_codes.code'))
    .addPrimaryKeyConstraint('service_cpv_codes_pk', ['service_id', 'cpv_code'])
    .execute();
  await db.schema.createIndex('service_cpv_codes_code').on('service_cpv_codes').column('cpv_code').execute();

  await db.schema
    .createTable('service_categories')
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('categories.id'))
    .addPrimaryKeyConstraint('service_categories_pk', ['service_id', 'category_id'])
    .execute();
  await db.schema.createIndex('service_categories_category').on('service_categories').column('category_id').execute();

  await db.schema
    .createTable('service_areas')
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addPrimaryKeyConstraint('service_areas_pk', ['service_id', 'area_id'])
    .execute();
  await db.schema.createIndex('service_areas_area').on('service_areas').column('area_id').execute();

  await db.schema
    .createTable('compliance_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('tax_clearance', 'social_security_clearance', 'gemi_certificate', 'gemkalo_certificate', 'workforce_composition')`,
        ),
    )
    .addColumn('issued_on', 'text', (c) => c.notNull())
    // Always the date printed on the certificate: never computed.
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('reference_number', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('compliance_documents_enterprise_kind')
    .on('compliance_documents')
    .columns(['enterprise_id', 'kind', 'valid_until'])
    .execute();

  await db.schema
    .createTable('contracts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('cpv_code', 'text', (c) => c.notNull().references('cpv_codes.code'))
    .addColumn('award_route', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`award_route in ('reserved_art20', 'reserved_social_services', 'direct_award', 'programmatic_agreement', 'open_procedure')`,
        ),
    )
    // Money in euro cents, never floats.
    .addColumn('value_net_cents', 'integer', (c) => c.notNull().check(sql`value_net_cents >= 0`))
    .addColumn('vat_cents', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`vat_cents >= 0`),
    )
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('awarded_on', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('diavgeia_ada', 'text')
    .addColumn('kimdis_adam', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contracts_enterprise').on('contracts').column('enterprise_id').execute();
  await db.schema
    .createIndex('contracts_route_awarded')
    .on('contracts')
    .columns(['award_route', 'awarded_on'])
    .execute();

  // SQLite-only: full-text index over our own folded text (api/domain/greek-text.ts);
  // `search_keys` maps the FTS rowid to the enterprise's UUID, so VACUUM can never
  // desynchronise them. On PostgreSQL this pair becomes a tsvector column.
  await db.schema
    .createTable('enterprise_search_keys')
    .addColumn('rowid', 'integer', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().unique().references('enterprises.id').onDelete('cascade'))
    // Folded display name, so that browsing without a query lists enterprises in Greek alphabetical order.
    .addColumn('sort_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('enterprise_search_keys_sort').on('enterprise_search_keys').column('sort_name').execute();
  // Change log read by the in-memory search facets (api/repositories/sqlite/search/enterprise-search.ts): every
  // (re)index appends the enterprise id, so every connection and process sees fresh facets.
  await db.schema
    .createTable('search_changes')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('enterprise_id', 'text', (c) => c.notNull())
    .execute();
  await sql`create virtual table enterprise_fts using fts5(name, body, tokenize = 'unicode61', prefix = '2 3 4')`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists enterprise_fts`.execute(db);
  for (const table of [
    'search_changes',
    'enterprise_search_keys',
    'contracts',
    'compliance_documents',
    'service_areas',
    'service_categories',
    'service_cpv_codes',
    'services',
    'enterprise_activity_codes',
    'enterprises',
    'category_cpv_prefixes',
    'categories',
    'cpv_codes',
    'areas',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
