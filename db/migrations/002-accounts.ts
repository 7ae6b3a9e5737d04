import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.
// Accounts and security (issue 4): people, their sessions and second factors, invitations,
// password resets, the audit trail and the mail outbox. Secrets that only need comparing
// (session ids, invitation and reset tokens, recovery codes) are stored as SHA-256 hashes;
// passwords as argon2id PHC strings.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Stored lower-cased and trimmed; the unique index is the one account per address rule.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('admin', 'staff', 'enterprise_manager', 'enterprise_member')`),
    )
    .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('active', 'deactivated')`),
    )
    .addColumn('locale', 'text', (c) =>
      c
        .notNull()
        .defaultTo('el')
        .check(sql`locale in ('el', 'en')`),
    )
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'text')
    .addColumn('deactivated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // Enterprise roles belong to exactly one enterprise; municipal roles to none.
    .addCheckConstraint(
      'users_enterprise_matches_role',
      sql`(role in ('enterprise_manager', 'enterprise_member')) = (enterprise_id is not null)`,
    )
    .execute();
  await db.schema.createIndex('users_enterprise').on('users').column('enterprise_id').execute();

  // RFC 6238 TOTP. The shared secret must be readable to verify codes, so it is not hashed;
  // last_used_step rejects a replayed code within its validity window.
  await db.schema
    .createTable('user_totp')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_used_step', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    // Public handle (shown in "my sessions"); the cookie value itself is only stored hashed.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('mfa_pending', 'mfa_enrolment', 'active')`))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('mfa_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('admin', 'staff', 'enterprise_manager', 'enterprise_member')`),
    )
    .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id'))
    .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('el'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('revoked_at', 'text')
    .addCheckConstraint(
      'invitations_enterprise_matches_role',
      sql`(role in ('enterprise_manager', 'enterprise_member')) = (enterprise_id is not null)`,
    )
    .execute();
  await db.schema.createIndex('invitations_enterprise').on('invitations').column('enterprise_id').execute();
  await db.schema.createIndex('invitations_email').on('invitations').column('email').execute();

  await db.schema
    .createTable('password_reset_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('password_reset_tokens_user').on('password_reset_tokens').column('user_id').execute();

  // Who did what to which object, when (UTC) and from where. Never a password, token or code.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_email', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_object').on('audit_log').columns(['object_type', 'object_id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').column('actor_user_id').execute();
  await db.schema.createIndex('audit_log_time').on('audit_log').column('occurred_at').execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    // Kept only when there is no SMTP server (the outbox is then how mail is read); null once sent.
    .addColumn('body_text', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('stored', 'sending', 'sent', 'failed')`))
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('mail_outbox_created').on('mail_outbox').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'mail_outbox',
    'audit_log',
    'password_reset_tokens',
    'invitations',
    'sessions',
    'recovery_codes',
    'user_totp',
    'users',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
