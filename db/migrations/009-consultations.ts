import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.
// Requests for quotes (issue 13): a need becomes a request to chosen (or all eligible)
// enterprises, sealed offers come back until the deadline, staff evaluate and award, the
// award becomes a contract in the register (linked both ways), and the enterprise later
// reports the social value the contract bought, which staff confirm.
// Portable SQL only (no pragmas, no FTS): the same tables must exist on PostgreSQL.

const ROUTES = [
  'reserved_art20',
  'reserved_social_services',
  'direct_award',
  'programmatic_agreement',
  'open_procedure',
];
const inList = (values: Array<string | number>) =>
  sql.raw(values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', '));
const flag = (column: string) => sql.raw(`${column} in (0, 1)`);

/** A stored PDF's columns, as for compliance documents' files (api/uploads/: random stored name, sha256, size). */
function withFileColumns(table: CreateTableBuilder<string, never>) {
  return table
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull().check(sql`media_type = 'application/pdf'`))
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull());
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The object (αντικείμενο) as the API calls it: `title`.
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('route', 'text', (c) => c.notNull().check(sql`route in (${inList(ROUTES)})`))
    // Money in euro cents, never floats; options and extensions apart (Law 4412/2016 art. 6 §1).
    .addColumn('value_net_cents', 'integer', (c) => c.notNull().check(sql`value_net_cents >= 0`))
    .addColumn('options_value_net_cents', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`options_value_net_cents >= 0`),
    )
    // Place of performance: an area of the register (for eligibility) and/or words ("4 school units").
    .addColumn('place_area_id', 'text', (c) => c.references('areas.id'))
    .addColumn('place_text', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('duration_months', 'integer', (c) =>
      c.check(sql`duration_months is null or duration_months between 1 and 120`),
    )
    // UTC ISO instant; set in Athens time by staff. Null only while a draft has none.
    .addColumn('deadline_at', 'text')
    // JSON: {"kind":"lowest_price"} or {"kind":"best_price_quality","criteria":[{id,kind,name,nameEn,weight}]}.
    .addColumn('evaluation', 'text', (c) => c.notNull().defaultTo('{"kind":"lowest_price"}'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'open', 'closed', 'awarded', 'cancelled')`),
    )
    .addColumn('cancel_reason', 'text')
    .addColumn('department', 'text', (c) => c.notNull())
    // Invited enterprises only (0), or every enterprise eligible for the need (1).
    .addColumn('open_to_all_eligible', 'integer', (c) => c.notNull().defaultTo(0).check(flag('open_to_all_eligible')))
    // Listed on the public pages and in the widget while open (off by default).
    .addColumn('public_listing', 'integer', (c) => c.notNull().defaultTo(0).check(flag('public_listing')))
    // JSON: the eligibility need the request started from, re-run at the award.
    .addColumn('eligibility_need', 'text')
    // JSON: offer ids in the order a drawing of lots put them (Law 4412/2016 art. 90); null when none.
    .addColumn('lot_order', 'text')
    .addColumn('lot_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('closed_at', 'text')
    .addColumn('evaluated_at', 'text')
    .addColumn('evaluated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('awarded_at', 'text')
    .addColumn('awarded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addCheckConstraint(
      'consultations_cancel_reason',
      sql`(status = 'cancelled') = (cancel_reason is not null and cancelled_at is not null)`,
    )
    .addCheckConstraint(
      'consultations_published_deadline',
      sql`status in ('draft', 'cancelled') or (deadline_at is not null and published_at is not null)`,
    )
    .execute();
  // The close job reads open requests by deadline; the lists filter by status and department.
  await db.schema
    .createIndex('consultations_status_deadline')
    .on('consultations')
    .columns(['status', 'deadline_at'])
    .execute();
  await db.schema
    .createIndex('consultations_department')
    .on('consultations')
    .columns(['department', 'created_at'])
    .execute();

  await db.schema
    .createTable('consultation_cpv_codes')
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('cpv_code', 'text', (c) => c.notNull().references('cpv_codes.code'))
    // 0 = the main object (the contract's CPV code), then the others in the order staff gave.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_cpv_codes_pk', ['consultation_id', 'cpv_code'])
    .addUniqueConstraint('consultation_cpv_codes_position', ['consultation_id', 'position'])
    .execute();

  // The enterprises asked. Also the rotation facts' source (requests of the last 12 months).
  await db.schema
    .createTable('consultation_invitations')
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // When the invitation mails went out (null: not yet, e.g. in a draft).
    .addColumn('notified_at', 'text')
    .addColumn('declined_at', 'text')
    .addColumn('declined_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decline_reason', 'text')
    .addPrimaryKeyConstraint('consultation_invitations_pk', ['consultation_id', 'enterprise_id'])
    .execute();
  await db.schema
    .createIndex('consultation_invitations_enterprise')
    .on('consultation_invitations')
    .columns(['enterprise_id', 'invited_at'])
    .execute();

  // One offer per enterprise and request: a change updates it (version + 1, for If-Match); a
  // withdrawal keeps the row (state `withdrawn`); submitting again revives it. Sealed until the
  // deadline: only api/domain/consultations/sealing.ts decides who reads these columns.
  await db.schema
    .createTable('consultation_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('submitted', 'withdrawn')`))
    .addColumn('price_net_cents', 'integer', (c) => c.notNull().check(sql`price_net_cents > 0`))
    .addColumn('vat_rate', 'integer', (c) => c.notNull().check(sql`vat_rate in (24, 13, 6, 0)`))
    .addColumn('vat_cents', 'integer', (c) => c.notNull().check(sql`vat_cents >= 0`))
    .addColumn('total_cents', 'integer', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('withdrawn_at', 'text')
    .addUniqueConstraint('consultation_offers_one_per_enterprise', ['consultation_id', 'enterprise_id'])
    .addCheckConstraint('consultation_offers_total', sql`total_cents = price_net_cents + vat_cents`)
    .addCheckConstraint('consultation_offers_withdrawn', sql`(state = 'withdrawn') = (withdrawn_at is not null)`)
    .execute();
  await db.schema
    .createIndex('consultation_offers_enterprise')
    .on('consultation_offers')
    .columns(['enterprise_id', 'consultation_id'])
    .execute();

  // The evaluators' decision on each offer (after the deadline): accepted or rejected with a
  // reason; marks per quality criterion (JSON: criterion id → mark 0–100 as text).
  await db.schema
    .createTable('consultation_offer_evaluations')
    .addColumn('offer_id', 'text', (c) => c.primaryKey().references('consultation_offers.id').onDelete('cascade'))
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('accepted', 'integer', (c) => c.notNull().check(flag('accepted')))
    .addColumn('reason', 'text')
    .addColumn('quality_marks', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .addColumn('evaluated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addCheckConstraint('consultation_offer_evaluations_reason', sql`accepted = 1 or reason is not null`)
    .execute();
  await db.schema
    .createIndex('consultation_offer_evaluations_consultation')
    .on('consultation_offer_evaluations')
    .column('consultation_id')
    .execute();

  // PDF files: the call's (specifications, terms) and the offers'.
  await withFileColumns(
    db.schema
      .createTable('consultation_attachments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade')),
  ).execute();
  await db.schema
    .createIndex('consultation_attachments_consultation')
    .on('consultation_attachments')
    .column('consultation_id')
    .execute();

  await withFileColumns(
    db.schema
      .createTable('offer_attachments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('offer_id', 'text', (c) => c.notNull().references('consultation_offers.id').onDelete('cascade'))
      .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
      .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id')),
  ).execute();
  await db.schema.createIndex('offer_attachments_offer').on('offer_attachments').column('offer_id').execute();

  // The award decision: one per request, to one offer; the contract it created, linked both
  // ways (contracts.consultation_id below). `eligibility` keeps the re-run's answer (JSON) as evidence.
  await db.schema
    .createTable('consultation_awards')
    .addColumn('consultation_id', 'text', (c) => c.primaryKey().references('consultations.id'))
    .addColumn('offer_id', 'text', (c) => c.notNull().unique().references('consultation_offers.id'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    // Διαύγεια ΑΔΑ, once the decision is posted there.
    .addColumn('diavgeia_ada', 'text')
    .addColumn('contract_id', 'text', (c) => c.unique().references('contracts.id'))
    .addColumn('eligibility', 'text')
    .addColumn('awarded_at', 'text', (c) => c.notNull())
    .addColumn('awarded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .alterTable('contracts')
    .addColumn('consultation_id', 'text', (c) => c.references('consultations.id'))
    .execute();
  await db.schema.createIndex('contracts_consultation').on('contracts').column('consultation_id').execute();

  // Social value, the contract's second half: reported by the enterprise, confirmed by staff.
  await db.schema
    .createTable('social_value_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('vulnerable_workers', 'integer', (c) => c.notNull().check(sql`vulnerable_workers >= 0`))
    .addColumn('vulnerable_hours', 'integer', (c) => c.notNull().check(sql`vulnerable_hours >= 0`))
    .addColumn('total_workers', 'integer', (c) =>
      c.check(sql`total_workers is null or total_workers >= vulnerable_workers`),
    )
    .addColumn('new_hires', 'integer', (c) => c.notNull().check(sql`new_hires >= 0`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('reported')
        .check(sql`status in ('reported', 'confirmed', 'returned')`),
    )
    .addColumn('staff_comment', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addCheckConstraint('social_value_reports_period', sql`period_end >= period_start`)
    .addCheckConstraint('social_value_reports_confirmed', sql`(status = 'confirmed') = (confirmed_at is not null)`)
    .execute();
  await db.schema
    .createIndex('social_value_reports_contract')
    .on('social_value_reports')
    .columns(['contract_id', 'period_start'])
    .execute();
  // The yearly report reads by the period's end; the staff queue by status.
  await db.schema
    .createIndex('social_value_reports_period_end')
    .on('social_value_reports')
    .columns(['period_end', 'status'])
    .execute();
  await db.schema
    .createIndex('social_value_reports_enterprise')
    .on('social_value_reports')
    .columns(['enterprise_id', 'period_end'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('social_value_reports').ifExists().execute();
  await db.schema.dropIndex('contracts_consultation').ifExists().execute();
  await db.schema.alterTable('contracts').dropColumn('consultation_id').execute();
  for (const table of [
    'consultation_awards',
    'offer_attachments',
    'consultation_attachments',
    'consultation_offer_evaluations',
    'consultation_offers',
    'consultation_invitations',
    'consultation_cpv_codes',
    'consultations',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
