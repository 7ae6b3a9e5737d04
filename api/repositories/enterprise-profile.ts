import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, EnterprisesTable } from '../../db/schema.ts';
import {
  PROFILE_FIELD_NAMES,
  profileColumnsOf,
  profileValuesOf,
  type ProfileValues,
  type ServiceValues,
} from '../domain/profile-changes.ts';
import type { FieldChange } from './enterprise-history.ts';

/**
 * Reads and writes of an enterprise's own profile and services for self-service,
 * moderation and staff edits (issue 5). Every write bumps the row's version (the ETag)
 * and returns the field changes it made; the caller (services/enterprise-writes.ts)
 * records them as history in the same transaction and reindexes search.
 */

/** What a write changed, for the field history. */
export interface AppliedChange {
  at: string;
  /** create, update (a service that did not exist is created). */
  created: boolean;
  changes: FieldChange[];
}

type Db = Kysely<Database> | Transaction<Database>;
export type EnterpriseRow = Selectable<EnterprisesTable>;

export async function findEnterprise(
  db: Db,
  by: { id: string } | { slug: string },
): Promise<EnterpriseRow | undefined> {
  const query = db.selectFrom('enterprises').selectAll();
  return 'id' in by
    ? query.where('id', '=', by.id).executeTakeFirst()
    : query.where('slug', '=', by.slug).executeTakeFirst();
}

export interface ServiceRecord {
  id: string;
  enterpriseId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  values: ServiceValues;
}

export async function loadServices(db: Db, enterpriseId: string, onlyId?: string): Promise<ServiceRecord[]> {
  let query = db.selectFrom('services').selectAll().where('enterprise_id', '=', enterpriseId);
  if (onlyId) query = query.where('id', '=', onlyId);
  const services = await query.orderBy('created_at').orderBy('id').execute();
  if (services.length === 0) return [];
  const ids = services.map((s) => s.id);
  const [cpv, categories, areas] = await Promise.all([
    db
      .selectFrom('service_cpv_codes')
      .select(['service_id', 'cpv_code as value'])
      .where('service_id', 'in', ids)
      .execute(),
    db
      .selectFrom('service_categories')
      .select(['service_id', 'category_id as value'])
      .where('service_id', 'in', ids)
      .execute(),
    db.selectFrom('service_areas').select(['service_id', 'area_id as value']).where('service_id', 'in', ids).execute(),
  ]);
  const listOf = (rows: Array<{ service_id: string; value: string }>, id: string) =>
    rows
      .filter((r) => r.service_id === id)
      .map((r) => r.value)
      .sort();
  return services.map((s) => ({
    id: s.id,
    enterpriseId: s.enterprise_id,
    version: s.version,
    createdAt: s.created_at,
    updatedAt: s.updated_at,
    values: {
      titleEl: s.title_el,
      titleEn: s.title_en,
      descriptionEl: s.description_el,
      descriptionEn: s.description_en,
      cpvCodes: listOf(cpv, s.id),
      categories: listOf(categories, s.id),
      areas: listOf(areas, s.id),
      status: s.status,
    },
  }));
}

/** The CPV codes, categories and areas among `values` that do not exist. */
export async function unknownReferences(
  db: Db,
  values: { cpvCodes?: string[]; categories?: string[]; areas?: string[] },
): Promise<{ cpvCodes: string[]; categories: string[]; areas: string[] }> {
  const missing = async (
    table: 'cpv_codes' | 'categories' | 'areas',
    column: 'code' | 'id',
    wanted: string[] | undefined,
  ) => {
    if (!wanted || wanted.length === 0) return [];
    const found = new Set(
      (
        await db
          .selectFrom(table)
          .select(`${column} as value` as never)
          .where(column as never, 'in', wanted as never)
          .execute()
      ).map((r) => (r as unknown as { value: string }).value),
    );
    return wanted.filter((v) => !found.has(v));
  };
  return {
    cpvCodes: await missing('cpv_codes', 'code', values.cpvCodes),
    categories: await missing('categories', 'id', values.categories),
    areas: await missing('areas', 'id', values.areas),
  };
}

export async function municipalityExists(db: Db, id: string): Promise<boolean> {
  return !!(await db
    .selectFrom('areas')
    .select('id')
    .where('id', '=', id)
    .where('kind', '=', 'municipality')
    .executeTakeFirst());
}

export async function afmTakenByAnother(db: Db, afm: string, enterpriseId: string): Promise<boolean> {
  return !!(await db
    .selectFrom('enterprises')
    .select('id')
    .where('afm', '=', afm)
    .where('id', '!=', enterpriseId)
    .executeTakeFirst());
}

export async function logoOwner(db: Db, logoId: string): Promise<string | undefined> {
  return (await db.selectFrom('logos').select('enterprise_id').where('id', '=', logoId).executeTakeFirst())
    ?.enterprise_id;
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return !!(await db.selectFrom('enterprises').select('id').where('slug', '=', slug).executeTakeFirst());
}

/** A new enterprise (staff registered it) with its profile values; version 1. */
export async function insertEnterprise(
  trx: Transaction<Database>,
  row: {
    id: string;
    slug: string;
    at: string;
    values: Partial<ProfileValues> & Pick<ProfileValues, 'legalName' | 'legalForm' | 'afm'>;
  },
): Promise<void> {
  await trx
    .insertInto('enterprises')
    .values({
      ...(profileColumnsOf(row.values) as Record<string, never>),
      legal_name: row.values.legalName as string,
      legal_form: row.values.legalForm as EnterpriseRow['legal_form'],
      afm: row.values.afm as string,
      id: row.id,
      slug: row.slug,
      created_at: row.at,
      updated_at: row.at,
    })
    .execute();
}

/** Staff verified the profile now (HSDS assured_date); bumps the version. */
export async function markVerified(
  trx: Transaction<Database>,
  enterpriseId: string,
  at: string,
  version: number,
): Promise<void> {
  await trx
    .updateTable('enterprises')
    .set({ verified_at: at, version: version + 1 })
    .where('id', '=', enterpriseId)
    .execute();
}

/**
 * Applies profile changes and bumps the version. With `expectedVersion` the update happens
 * only if nobody changed the row since (null otherwise).
 */
export async function applyProfileChanges(
  trx: Transaction<Database>,
  enterpriseId: string,
  changes: Partial<ProfileValues>,
  expectedVersion?: number,
): Promise<AppliedChange | null> {
  const row = await findEnterprise(trx, { id: enterpriseId });
  if (!row || (expectedVersion !== undefined && row.version !== expectedVersion)) return null;
  const before = profileValuesOf(row);
  const now = new Date().toISOString();
  const result = await trx
    .updateTable('enterprises')
    .set({ ...(profileColumnsOf(changes) as Record<string, never>), version: row.version + 1, updated_at: now })
    .where('id', '=', enterpriseId)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  return {
    at: now,
    created: false,
    changes: PROFILE_FIELD_NAMES.filter((f) => f in changes).map((f) => ({
      field: f,
      before: before[f],
      after: changes[f],
    })),
  };
}

async function replaceList(
  trx: Transaction<Database>,
  table: 'service_cpv_codes' | 'service_categories' | 'service_areas',
  column: 'cpv_code' | 'category_id' | 'area_id',
  serviceId: string,
  values: string[],
) {
  await trx.deleteFrom(table).where('service_id', '=', serviceId).execute();
  if (values.length)
    await trx
      .insertInto(table)
      .values(values.map((v) => ({ service_id: serviceId, [column]: v })))
      .execute();
}

/**
 * Creates (when it does not exist) or updates a service with the changes and bumps its
 * version. Returns null when `expectedVersion` is stale.
 */
export async function applyServiceChanges(
  trx: Transaction<Database>,
  enterpriseId: string,
  serviceId: string,
  changes: Partial<ServiceValues>,
  expectedVersion?: number,
): Promise<AppliedChange | null> {
  const [existing] = await loadServices(trx, enterpriseId, serviceId);
  if (expectedVersion !== undefined && (existing?.version ?? 0) !== expectedVersion) return null;
  const now = new Date().toISOString();
  const columns = {
    ...('titleEl' in changes ? { title_el: changes.titleEl as string } : {}),
    ...('titleEn' in changes ? { title_en: changes.titleEn as string | null } : {}),
    ...('descriptionEl' in changes ? { description_el: (changes.descriptionEl as string | null) ?? '' } : {}),
    ...('descriptionEn' in changes ? { description_en: changes.descriptionEn as string | null } : {}),
    ...('status' in changes ? { status: changes.status as 'active' | 'inactive' } : {}),
  };
  if (existing) {
    const result = await trx
      .updateTable('services')
      .set({ ...columns, version: existing.version + 1, updated_at: now })
      .where('id', '=', serviceId)
      .where('version', '=', existing.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return null;
  } else {
    await trx
      .insertInto('services')
      .values({
        id: serviceId,
        enterprise_id: enterpriseId,
        title_el: (changes.titleEl as string) ?? '',
        ...columns,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  if (Array.isArray(changes.cpvCodes))
    await replaceList(trx, 'service_cpv_codes', 'cpv_code', serviceId, changes.cpvCodes);
  if (Array.isArray(changes.categories))
    await replaceList(trx, 'service_categories', 'category_id', serviceId, changes.categories);
  if (Array.isArray(changes.areas)) await replaceList(trx, 'service_areas', 'area_id', serviceId, changes.areas);
  return {
    at: now,
    created: !existing,
    changes: Object.entries(changes).map(([field, after]) => ({
      field,
      before: existing ? existing.values[field as keyof ServiceValues] : null,
      after: after,
    })),
  };
}

/** Deletes a service; returns what it was (for the history), or null when `expectedVersion` is stale. */
export async function deleteService(
  trx: Transaction<Database>,
  enterpriseId: string,
  serviceId: string,
  expectedVersion: number,
): Promise<AppliedChange | null> {
  const [existing] = await loadServices(trx, enterpriseId, serviceId);
  if (!existing || existing.version !== expectedVersion) return null;
  await trx.deleteFrom('services').where('id', '=', serviceId).where('version', '=', expectedVersion).execute();
  return {
    at: new Date().toISOString(),
    created: false,
    changes: Object.entries(existing.values).map(([field, before]) => ({ field, before, after: null })),
  };
}
