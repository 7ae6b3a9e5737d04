import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { AuditActor, HistoryActor } from '../domain/actor.ts';
import { slugify } from '../domain/slugs.ts';
import { auditRow } from '../repositories/audit-log.ts';
import { historyRows, type FieldChange } from '../repositories/enterprise-history.ts';
import { createEnterpriseBulkInsert } from '../repositories/sqlite/enterprise-bulk-insert.ts';
import type { SearchIndexer } from '../repositories/sqlite/search/fts-index.ts';
import type { ImportPlan, PlannedEnterprise, PlannedService } from '../spreadsheets/enterprise-import.ts';

/**
 * Writes a validated import plan (issue 7): every enterprise and service, or nothing, in
 * one transaction, with the same records as every other enterprise write — an audit entry,
 * field history (action `create`), and the search index of each enterprise. Synchronous
 * and on prepared statements (repositories/sqlite/enterprise-bulk-insert.ts) so 10,000
 * rows commit in seconds; services/enterprise-writes.ts calls it with the actor.
 */

/** Someone registered one of the ΑΦΜ since the dry run (or the plan has problems): nothing was written. */
export class ImportConflictError extends Error {
  constructor(
    message: string,
    readonly afm: string | null,
  ) {
    super(message);
  }
}

const filled = (changes: Array<{ field: string; after: FieldChange['after'] }>): FieldChange[] =>
  changes
    .filter((c) => c.after !== null && c.after !== '' && !(Array.isArray(c.after) && c.after.length === 0))
    .map((c) => ({ ...c, before: null }));

function enterpriseChanges(e: PlannedEnterprise): FieldChange[] {
  return filled([
    { field: 'legalName', after: e.legalName },
    { field: 'tradeName', after: e.tradeName },
    { field: 'legalForm', after: e.legalForm },
    { field: 'afm', after: e.afm },
    { field: 'gemiNumber', after: e.gemiNumber },
    { field: 'gemkaloNumber', after: e.gemkaloNumber },
    { field: 'descriptionEl', after: e.descriptionEl },
    { field: 'descriptionEn', after: e.descriptionEn },
    { field: 'website', after: e.website },
    { field: 'email', after: e.email },
    { field: 'phone', after: e.phone },
    { field: 'streetAddress', after: e.streetAddress },
    { field: 'postalCode', after: e.postalCode },
    { field: 'municipalityId', after: e.municipalityId },
    { field: 'status', after: e.status },
  ]);
}

function serviceChanges(s: PlannedService): FieldChange[] {
  return filled([
    { field: 'titleEl', after: s.titleEl },
    { field: 'titleEn', after: s.titleEn },
    { field: 'descriptionEl', after: s.descriptionEl },
    { field: 'descriptionEn', after: s.descriptionEn },
    { field: 'cpvCodes', after: s.cpvCodes },
    { field: 'categories', after: s.categories },
    { field: 'areas', after: s.areas },
    { field: 'status', after: 'active' },
  ]);
}

export function commitImport(
  sqlite: SQLite.Database,
  indexer: SearchIndexer,
  plan: ImportPlan,
  actor: AuditActor,
  onProgress: (done: number, total: number) => void = () => {},
  historyActor: HistoryActor = { userId: actor.userId, name: null },
): { enterprises: number; services: number } {
  if (!plan.valid) throw new ImportConflictError('The import has problems; nothing was written.', null);
  const bulk = createEnterpriseBulkInsert(sqlite);
  return bulk.transaction(() => {
    const now = new Date().toISOString();
    const slugs = new Set<string>();
    let services = 0;
    plan.enterprises.forEach((enterprise, i) => {
      // Checked again inside the transaction: someone may have added the ΑΦΜ since the dry run.
      if (bulk.afmTaken(enterprise.afm))
        throw new ImportConflictError(`ΑΦΜ ${enterprise.afm} was registered since the dry run.`, enterprise.afm);
      const base = slugify(enterprise.tradeName || enterprise.legalName);
      let slug = base;
      for (let n = 2; slugs.has(slug) || bulk.slugTaken(slug); n++) slug = `${base}-${n}`;
      slugs.add(slug);
      const id = randomUUID();
      bulk.insertEnterprise({ ...enterprise, id, slug, now });
      const history = historyRows({
        enterpriseId: id,
        resourceType: 'enterprise',
        resourceId: id,
        action: 'create',
        actor: historyActor,
        at: now,
        changes: enterpriseChanges(enterprise),
      });
      for (const service of enterprise.services) {
        const serviceId = randomUUID();
        bulk.insertService({ ...service, id: serviceId, enterpriseId: id, now });
        history.push(
          ...historyRows({
            enterpriseId: id,
            resourceType: 'service',
            resourceId: serviceId,
            action: 'create',
            actor: historyActor,
            at: now,
            changes: serviceChanges(service),
          }),
        );
        services++;
      }
      bulk.insertHistory(history);
      bulk.insertAudit(
        auditRow(
          actor,
          {
            action: 'enterprise.import',
            objectType: 'enterprise',
            objectId: id,
            details: { source: 'spreadsheet', services: enterprise.services.length },
          },
          now,
        ),
      );
      indexer.indexEnterprise(id);
      if (i % 500 === 0) onProgress(i, plan.enterprises.length);
    });
    onProgress(plan.enterprises.length, plan.enterprises.length);
    return { enterprises: plan.enterprises.length, services };
  });
}
