import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, FieldHistoryTable } from '../../db/schema.ts';
import type { HistoryActor } from '../domain/actor.ts';
import type { HistoryResourceType } from '../domain/change-requests.ts';
import { historyValue, type FieldValue } from '../domain/profile-changes.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type { HistoryActor };

export interface FieldChange {
  field: string;
  before: FieldValue | undefined;
  after: FieldValue | undefined;
}

export interface HistoryRecord {
  enterpriseId: string;
  resourceType: HistoryResourceType;
  resourceId: string;
  action: string;
  actor: HistoryActor;
  changes: FieldChange[];
  changeRequestId?: string | null;
  at?: string;
}

/** The rows an entry becomes: one per field whose value really changed (also for bulk writers). */
export function historyRows(entry: HistoryRecord): Array<Insertable<FieldHistoryTable>> {
  const at = entry.at ?? new Date().toISOString();
  return entry.changes
    .filter((c) => historyValue(c.before) !== historyValue(c.after))
    .map((c) => ({
      enterprise_id: entry.enterpriseId,
      resource_type: entry.resourceType,
      resource_id: entry.resourceId,
      field_name: c.field,
      previous_value: historyValue(c.before),
      replacement_value: historyValue(c.after),
      updated_by: entry.actor.userId,
      updated_by_name: entry.actor.name,
      last_action_date: at,
      last_action_type: entry.action,
      change_request_id: entry.changeRequestId ?? null,
    }));
}

/**
 * Appends one row per changed field (HSDS 3.0 `metadata`). Call inside the transaction
 * that makes the change, so that history and data never disagree.
 */
export async function recordHistory(db: Db, entry: HistoryRecord): Promise<number> {
  const rows = historyRows(entry);
  if (rows.length > 0) await db.insertInto('field_history').values(rows).execute();
  return rows.length;
}

export interface HistoryEntry {
  id: number;
  resource_id: string;
  resource_type: HistoryResourceType;
  field_name: string;
  previous_value: string | null;
  replacement_value: string | null;
  updated_by: string | null;
  updated_by_name: string | null;
  last_action_date: string;
  last_action_type: string;
  change_request_id: string | null;
}

/** An enterprise's history (its profile, services, documents, logos), newest first. */
export async function listHistory(
  db: Db,
  enterpriseId: string,
  page: { limit: number; offset: number; resourceType?: HistoryResourceType },
): Promise<{ rows: HistoryEntry[]; total: number }> {
  let base = db.selectFrom('field_history').where('enterprise_id', '=', enterpriseId);
  if (page.resourceType) base = base.where('resource_type', '=', page.resourceType);
  const rows = await base
    .select([
      'id',
      'resource_id',
      'resource_type',
      'field_name',
      'previous_value',
      'replacement_value',
      'updated_by',
      'updated_by_name',
      'last_action_date',
      'last_action_type',
      'change_request_id',
    ])
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}
