import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.
// Enterprise self-service and moderation (issue 5): proposed changes waiting for staff,
// field-level history (the shape of Open Referral HSDS 3.0 `metadata`), the files behind
// compliance documents, logos, and the expiry notices already sent.

export async function up(db: Kysely<any>): Promise<void> {
  // A change an enterprise proposed to a public part of its profile or of one service.
  // `proposed` holds only the fields that change (JSON, API field names); `previous` the
  // values they had when proposed, so staff see what the enterprise saw.
  await db.schema
    .createTable('change_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('author_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('profile', 'service')`))
    // The service id (also for a service that will only exist once approved); null for the profile.
    .addColumn('target_id', 'text')
    .addColumn('proposed', 'text', (c) => c.notNull())
    .addColumn('previous', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'approved', 'rejected', 'superseded')`),
    )
    .addColumn('reviewer_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('review_comment', 'text')
    // What was finally applied (the proposal with the reviewer's corrections), JSON.
    .addColumn('applied', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .execute();
  await db.schema
    .createIndex('change_requests_status_created')
    .on('change_requests')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('change_requests_enterprise')
    .on('change_requests')
    .columns(['enterprise_id', 'created_at'])
    .execute();
  // At most one pending request per profile or service: a newer proposal supersedes (and absorbs) the older one.
  await sql`create unique index change_requests_one_pending on change_requests (enterprise_id, kind, coalesce(target_id, '')) where status = 'pending'`.execute(
    db,
  );

  // HSDS 3.0 `metadata`: resource_id, resource_type, field_name, previous_value,
  // replacement_value, updated_by, last_action_date, last_action_type.
  await db.schema
    .createTable('field_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('enterprise_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) =>
      c.notNull().check(sql`resource_type in ('enterprise', 'service', 'compliance_document', 'logo')`),
    )
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('field_name', 'text', (c) => c.notNull())
    .addColumn('previous_value', 'text')
    .addColumn('replacement_value', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_by_name', 'text')
    .addColumn('last_action_date', 'text', (c) => c.notNull())
    .addColumn('last_action_type', 'text', (c) => c.notNull())
    .addColumn('change_request_id', 'text')
    .execute();
  // Kept after the enterprise is deleted (no foreign key): history outlives its subject.
  await db.schema
    .createIndex('field_history_enterprise')
    .on('field_history')
    .columns(['enterprise_id', 'id'])
    .execute();
  await db.schema
    .createIndex('field_history_resource')
    .on('field_history')
    .columns(['resource_type', 'resource_id'])
    .execute();

  // The scanned certificate behind a compliance document. Replacing a file adds a row and
  // links both ways; the old file stays on disk and in the history.
  await db.schema
    .createTable('document_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('compliance_documents.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('previous_file_id', 'text', (c) => c.references('document_files.id'))
    .addColumn('replaced_by_file_id', 'text', (c) => c.references('document_files.id'))
    .execute();
  await db.schema.createIndex('document_files_document').on('document_files').column('document_id').execute();

  await db.schema
    .createTable('logos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) =>
      c.notNull().check(sql`media_type in ('image/png', 'image/jpeg', 'image/webp')`),
    )
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('logos_enterprise').on('logos').column('enterprise_id').execute();
  // The approved logo (a proposed one waits in a change request).
  await sql`alter table enterprises add column logo_id text references logos(id)`.execute(db);

  // One row per notice sent: the unique key makes the expiry job idempotent. A renewed
  // certificate (new valid_until) gets its own notices.
  await db.schema
    .createTable('expiry_notices')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('compliance_documents.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('expiring', 'expired')`))
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('expiry_notices_once', ['document_id', 'kind', 'valid_until'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('expiry_notices').ifExists().execute();
  await sql`alter table enterprises drop column logo_id`.execute(db);
  for (const table of ['logos', 'document_files', 'field_history', 'change_requests']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
