import type SQLite from 'better-sqlite3';
import type { Insertable } from 'kysely';
import type { AuditLogTable, FieldHistoryTable } from '../../../db/schema.ts';
import type { PlannedEnterprise, PlannedService } from '../../spreadsheets/enterprise-import.ts';

/**
 * Bulk insertion of new enterprises and services (the spreadsheet import, issue 7):
 * prepared statements inside one synchronous `BEGIN IMMEDIATE` transaction, because a
 * 10,000-row file must commit in a few seconds, all or nothing. SQLite-specific; the rows
 * (audit, history) are built by the same functions as every other write.
 */

/** A planned enterprise (its services apart) with the id, slug and time it gets. */
export type NewEnterpriseRow = Omit<PlannedEnterprise, 'services'> & { id: string; slug: string; now: string };
export type NewServiceRow = PlannedService & { id: string; enterpriseId: string; now: string };

/** Page cache during a bulk insert, in KiB (negative: SQLite's unit for a size rather than a page count). */
const BULK_CACHE_KIB = -65_536;

export function createEnterpriseBulkInsert(sqlite: SQLite.Database) {
  const afmTaken = sqlite.prepare<[string]>('select 1 from enterprises where afm = ?').pluck();
  const slugTaken = sqlite.prepare<[string]>('select 1 from enterprises where slug = ?').pluck();
  const insertEnterprise = sqlite.prepare(`
    insert into enterprises (id, slug, legal_name, trade_name, legal_form, afm, gemi_number, gemkalo_number, description_el,
      description_en, email, phone, website, street_address, postal_code, municipality_id, status, created_at, updated_at)
    values (@id, @slug, @legalName, @tradeName, @legalForm, @afm, @gemiNumber, @gemkaloNumber, @descriptionEl,
      @descriptionEn, @email, @phone, @website, @streetAddress, @postalCode, @municipalityId, @status, @now, @now)`);
  const insertService = sqlite.prepare(`
    insert into services (id, enterprise_id, title_el, title_en, description_el, description_en, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertCpv = sqlite.prepare('insert into service_cpv_codes (service_id, cpv_code) values (?, ?)');
  const insertCategory = sqlite.prepare('insert into service_categories (service_id, category_id) values (?, ?)');
  const insertArea = sqlite.prepare('insert into service_areas (service_id, area_id) values (?, ?)');
  const insertAudit = sqlite.prepare(`
    insert into audit_log (occurred_at, actor_user_id, actor_email, action, object_type, object_id, ip, details)
    values (@occurred_at, @actor_user_id, @actor_email, @action, @object_type, @object_id, @ip, @details)`);
  const insertHistory = sqlite.prepare(`
    insert into field_history (enterprise_id, resource_type, resource_id, field_name, previous_value, replacement_value,
      updated_by, updated_by_name, last_action_date, last_action_type, change_request_id)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  return {
    afmTaken: (afm: string) => Boolean(afmTaken.get(afm)),
    slugTaken: (slug: string) => Boolean(slugTaken.get(slug)),
    insertEnterprise(row: NewEnterpriseRow): void {
      insertEnterprise.run(row);
    },
    insertService(row: NewServiceRow): void {
      insertService.run(
        row.id,
        row.enterpriseId,
        row.titleEl,
        row.titleEn,
        row.descriptionEl,
        row.descriptionEn,
        row.now,
        row.now,
      );
      for (const code of row.cpvCodes) insertCpv.run(row.id, code);
      for (const category of row.categories) insertCategory.run(row.id, category);
      for (const area of row.areas) insertArea.run(row.id, area);
    },
    insertAudit(row: Insertable<AuditLogTable>): void {
      insertAudit.run(row);
    },
    insertHistory(rows: Array<Insertable<FieldHistoryTable>>): void {
      for (const r of rows) {
        insertHistory.run(
          r.enterprise_id,
          r.resource_type,
          r.resource_id,
          r.field_name,
          r.previous_value ?? null,
          r.replacement_value ?? null,
          r.updated_by ?? null,
          r.updated_by_name ?? null,
          r.last_action_date,
          r.last_action_type,
          r.change_request_id ?? null,
        );
      }
    },
    /**
     * Runs `work` in one BEGIN IMMEDIATE transaction: everything or nothing. The page cache
     * is enlarged meanwhile, so the random-keyed indexes (UUIDs) of a large import are
     * updated in memory instead of spilling pages to the WAL mid-transaction.
     */
    transaction<T>(work: () => T): T {
      const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
      sqlite.pragma(`cache_size = ${BULK_CACHE_KIB}`);
      try {
        return sqlite.transaction(work).immediate();
      } finally {
        sqlite.pragma(`cache_size = ${cacheSize}`);
      }
    },
  };
}
