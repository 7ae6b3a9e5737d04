import type { Kysely, Transaction } from 'kysely';
import type { Database, HistoryResourceType } from '../../db/schema.ts';
import { historyValue, type FieldValue } from '../domain/profile-changes.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Who made a change, for the history (the audit log keeps ip and e-mail as well). */
export interface HistoryActor {
  userId: string | null;
  name: string | null;
}

export interface FieldChange {
  field: string;
  before: FieldValue | undefined;
  after: FieldValue | undefined;
}

/**
 * Appends one row per changed field (HSDS 3.0 `metadata`). Call inside the transaction
 * that makes the change, so that history and data never disagree.
 */
export async function recordHistory(
  db: Db,
  entry: {
    enterpriseId: string;
    resourceType: HistoryResourceType;
    resourceId: string;
    action: string;
    actor: HistoryActor;
    changes: FieldChange[];
    changeRequestId?: string | null;
    at?: string;
  },
): Promise<number> {
  const at = entry.at ?? new Date().toISOString();
  const rows = entry.changes
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
