import type SQLite from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditActorOf, historyActorOf, type Actor } from '../domain/actor.ts';
import type { ProfileValues, ServiceValues } from '../domain/profile-changes.ts';
import { recordAudit, type AuditEntry } from '../repositories/audit-log.ts';
import { recordHistory, type HistoryRecord } from '../repositories/enterprise-history.ts';
import { applyProfileChanges, applyServiceChanges, deleteService } from '../repositories/enterprise-profile.ts';
import type { SearchIndexer } from '../repositories/sqlite/search/fts-index.ts';
import type { ImportPlan } from '../spreadsheets/enterprise-import.ts';
import { commitImport } from './enterprise-import.ts';

/**
 * The one way an enterprise changes: a transaction that records the audit entry and the
 * field history of every write and, at its end, reindexes search for every enterprise
 * whose profile or services changed. A write cannot forget to reindex: recording the
 * history is what schedules it.
 */
export interface EnterpriseWrite {
  readonly trx: Transaction<Database>;
  audit(entry: AuditEntry): Promise<void>;
  /** Field history (HSDS metadata); profile and service changes reindex the enterprise at commit. */
  history(entry: Omit<HistoryRecord, 'actor'>): Promise<number>;
  /** Applies profile changes (bumping the version) and records them; false when `expectedVersion` is stale. */
  applyProfile(
    enterpriseId: string,
    changes: Partial<ProfileValues>,
    context: WriteContext,
    expectedVersion?: number,
  ): Promise<boolean>;
  /** Creates or updates a service and records it; false when `expectedVersion` is stale. */
  applyService(
    enterpriseId: string,
    serviceId: string,
    changes: Partial<ServiceValues>,
    context: WriteContext,
  ): Promise<boolean>;
  deleteService(enterpriseId: string, serviceId: string, expectedVersion: number): Promise<boolean>;
}

export interface WriteContext {
  action: string;
  changeRequestId?: string | null;
}

const REINDEXED: ReadonlySet<string> = new Set(['enterprise', 'service']);

export interface EnterpriseWriter {
  /** Runs `work` in one transaction that audits, records history and reindexes (see EnterpriseWrite). */
  run<T>(actor: Actor, work: (write: EnterpriseWrite) => Promise<T>): Promise<T>;
  /** Creates the enterprises of a validated import plan, all or nothing, with the same records (services/enterprise-import.ts). */
  importPlan(
    actor: Actor,
    plan: ImportPlan,
    onProgress?: (done: number, total: number) => void,
  ): { enterprises: number; services: number };
}

export function createEnterpriseWriter({
  db,
  sqlite,
  indexer,
}: {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  indexer: SearchIndexer;
}): EnterpriseWriter {
  const run: EnterpriseWriter['run'] = (actor, work) =>
    db.transaction().execute(async (trx) => {
      const reindex = new Set<string>();
      const history = async (entry: Omit<HistoryRecord, 'actor'>) => {
        const rows = await recordHistory(trx, { ...entry, actor: historyActorOf(actor) });
        if (rows > 0 && REINDEXED.has(entry.resourceType)) reindex.add(entry.enterpriseId);
        return rows;
      };
      const write: EnterpriseWrite = {
        trx,
        audit: (entry) => recordAudit(trx, auditActorOf(actor), entry),
        history,
        async applyProfile(enterpriseId, changes, context, expectedVersion) {
          const applied = await applyProfileChanges(trx, enterpriseId, changes, expectedVersion);
          if (!applied) return false;
          await history({
            enterpriseId,
            resourceType: 'enterprise',
            resourceId: enterpriseId,
            action: context.action,
            changeRequestId: context.changeRequestId,
            at: applied.at,
            changes: applied.changes,
          });
          return true;
        },
        async applyService(enterpriseId, serviceId, changes, context) {
          const applied = await applyServiceChanges(trx, enterpriseId, serviceId, changes);
          if (!applied) return false;
          await history({
            enterpriseId,
            resourceType: 'service',
            resourceId: serviceId,
            action: applied.created ? 'create' : context.action,
            changeRequestId: context.changeRequestId,
            at: applied.at,
            changes: applied.changes,
          });
          return true;
        },
        async deleteService(enterpriseId, serviceId, expectedVersion) {
          const deleted = await deleteService(trx, enterpriseId, serviceId, expectedVersion);
          if (!deleted) return false;
          await history({
            enterpriseId,
            resourceType: 'service',
            resourceId: serviceId,
            action: 'delete',
            changes: deleted.changes,
          });
          return true;
        },
      };
      const result = await work(write);
      // Inside the transaction: the index and the data commit (or roll back) together.
      for (const enterpriseId of reindex) indexer.indexEnterprise(enterpriseId);
      return result;
    });
  return {
    run,
    importPlan: (actor, plan, onProgress) =>
      commitImport(sqlite, indexer, plan, auditActorOf(actor), onProgress, historyActorOf(actor)),
  };
}
