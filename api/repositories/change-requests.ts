import type { Kysely, Transaction } from 'kysely';
import type { ChangeRequestKind, ChangeRequestStatus, Database } from '../../db/schema.ts';
import type { Changes } from '../domain/profile-changes.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface ChangeRequestRecord {
  id: string;
  enterpriseId: string;
  enterpriseSlug: string;
  enterpriseName: string;
  kind: ChangeRequestKind;
  targetId: string | null;
  proposed: Changes;
  previous: Changes;
  applied: Changes | null;
  baseVersion: number;
  status: ChangeRequestStatus;
  author: { id: string; name: string; email: string } | null;
  reviewer: { id: string; name: string } | null;
  reviewComment: string | null;
  createdAt: string;
  updatedAt: string;
  reviewedAt: string | null;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('change_requests as cr')
    .innerJoin('enterprises as e', 'e.id', 'cr.enterprise_id')
    .leftJoin('users as a', 'a.id', 'cr.author_user_id')
    .leftJoin('users as r', 'r.id', 'cr.reviewer_user_id')
    .select([
      'cr.id',
      'cr.enterprise_id',
      'e.slug',
      'e.legal_name',
      'e.trade_name',
      'cr.kind',
      'cr.target_id',
      'cr.proposed',
      'cr.previous',
      'cr.applied',
      'cr.base_version',
      'cr.status',
      'cr.author_user_id',
      'a.name as author_name',
      'a.email as author_email',
      'cr.reviewer_user_id',
      'r.name as reviewer_name',
      'cr.review_comment',
      'cr.created_at',
      'cr.updated_at',
      'cr.reviewed_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toRecord(row: Row): ChangeRequestRecord {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    enterpriseSlug: row.slug,
    enterpriseName: row.trade_name || row.legal_name,
    kind: row.kind,
    targetId: row.target_id,
    proposed: JSON.parse(row.proposed) as Changes,
    previous: JSON.parse(row.previous) as Changes,
    applied: row.applied ? (JSON.parse(row.applied) as Changes) : null,
    baseVersion: row.base_version,
    status: row.status,
    author: row.author_user_id
      ? { id: row.author_user_id, name: row.author_name ?? '', email: row.author_email ?? '' }
      : null,
    reviewer: row.reviewer_user_id ? { id: row.reviewer_user_id, name: row.reviewer_name ?? '' } : null,
    reviewComment: row.review_comment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reviewedAt: row.reviewed_at,
  };
}

export async function getChangeRequest(db: Db, id: string): Promise<ChangeRequestRecord | undefined> {
  const row = await baseQuery(db).where('cr.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function listChangeRequests(
  db: Db,
  filter: { status?: ChangeRequestStatus; enterpriseId?: string; kind?: ChangeRequestKind; targetId?: string | null },
  page: { limit: number; offset: number },
): Promise<{ items: ChangeRequestRecord[]; total: number }> {
  let query = baseQuery(db);
  let count = db.selectFrom('change_requests as cr');
  if (filter.status) {
    query = query.where('cr.status', '=', filter.status);
    count = count.where('cr.status', '=', filter.status);
  }
  if (filter.enterpriseId) {
    query = query.where('cr.enterprise_id', '=', filter.enterpriseId);
    count = count.where('cr.enterprise_id', '=', filter.enterpriseId);
  }
  if (filter.kind) {
    query = query.where('cr.kind', '=', filter.kind);
    count = count.where('cr.kind', '=', filter.kind);
  }
  if (filter.targetId !== undefined) {
    query =
      filter.targetId === null
        ? query.where('cr.target_id', 'is', null)
        : query.where('cr.target_id', '=', filter.targetId);
    count =
      filter.targetId === null
        ? count.where('cr.target_id', 'is', null)
        : count.where('cr.target_id', '=', filter.targetId);
  }
  // The queue is worked oldest first; an enterprise's own list reads newest first.
  const order = filter.status === 'pending' ? 'asc' : 'desc';
  const rows = await query
    .orderBy('cr.created_at', order)
    .orderBy('cr.id', order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const { total } = await count.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { items: rows.map(toRecord), total: Number(total) };
}

/** The pending request for a profile (targetId null) or one service, if any. */
export async function findPending(db: Db, enterpriseId: string, kind: ChangeRequestKind, targetId: string | null) {
  let query = baseQuery(db)
    .where('cr.enterprise_id', '=', enterpriseId)
    .where('cr.kind', '=', kind)
    .where('cr.status', '=', 'pending');
  query = targetId === null ? query.where('cr.target_id', 'is', null) : query.where('cr.target_id', '=', targetId);
  const row = await query.executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Pending service requests of an enterprise (for services that do not exist yet, too). */
export async function pendingServiceRequests(db: Db, enterpriseId: string): Promise<ChangeRequestRecord[]> {
  const rows = await baseQuery(db)
    .where('cr.enterprise_id', '=', enterpriseId)
    .where('cr.kind', '=', 'service')
    .where('cr.status', '=', 'pending')
    .orderBy('cr.created_at')
    .execute();
  return rows.map(toRecord);
}

/**
 * How many requests were ever filed for this profile or service. Part of the ETag of the
 * enterprise's own view: a proposal changes what the editor shows, so a second tab that
 * read before it must reload (412) instead of silently replacing it.
 */
export async function requestRevision(
  db: Db,
  enterpriseId: string,
  kind: ChangeRequestKind,
  targetId: string | null,
): Promise<number> {
  let query = db.selectFrom('change_requests').where('enterprise_id', '=', enterpriseId).where('kind', '=', kind);
  query = targetId === null ? query.where('target_id', 'is', null) : query.where('target_id', '=', targetId);
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

export async function insertChangeRequest(
  trx: Transaction<Database>,
  values: {
    id: string;
    enterpriseId: string;
    authorUserId: string | null;
    kind: ChangeRequestKind;
    targetId: string | null;
    proposed: Changes;
    previous: Changes;
    baseVersion: number;
  },
): Promise<void> {
  const now = new Date().toISOString();
  await trx
    .insertInto('change_requests')
    .values({
      id: values.id,
      enterprise_id: values.enterpriseId,
      author_user_id: values.authorUserId,
      kind: values.kind,
      target_id: values.targetId,
      proposed: JSON.stringify(values.proposed),
      previous: JSON.stringify(values.previous),
      base_version: values.baseVersion,
      status: 'pending',
      reviewer_user_id: null,
      review_comment: null,
      applied: null,
      created_at: now,
      updated_at: now,
      reviewed_at: null,
    })
    .execute();
}

/** Marks a pending request superseded / approved / rejected. Returns false when it was no longer pending. */
export async function closeChangeRequest(
  trx: Transaction<Database>,
  id: string,
  outcome: {
    status: Exclude<ChangeRequestStatus, 'pending'>;
    reviewerUserId: string | null;
    comment: string | null;
    applied: Changes | null;
  },
): Promise<boolean> {
  const now = new Date().toISOString();
  const result = await trx
    .updateTable('change_requests')
    .set({
      status: outcome.status,
      reviewer_user_id: outcome.reviewerUserId,
      review_comment: outcome.comment,
      applied: outcome.applied ? JSON.stringify(outcome.applied) : null,
      updated_at: now,
      reviewed_at: outcome.status === 'superseded' ? null : now,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The people of an enterprise who hear about reviews and expiring documents (active accounts). */
export async function enterprisePeople(db: Db, enterpriseId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale', 'role'])
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '=', 'active')
    .execute();
}

/** Municipal staff and admins (active accounts). */
export async function municipalPeople(db: Db) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale', 'role'])
    .where('role', 'in', ['admin', 'staff'])
    .where('status', '=', 'active')
    .execute();
}
