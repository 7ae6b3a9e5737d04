import type { Insertable } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';
import type { CpvCodesTable } from '../../db/schema.ts';
import { areas } from './areas.ts';
import { categories } from './categories.ts';
import { cpvCodes, type CpvCodeEntry } from './cpv-codes.ts';

/** Rows per INSERT statement: far below SQLite's bound-parameter limit. */
const CHUNK = 100;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * CPV hierarchy by significant digits (Reg. 213/2008): trailing zeros are padding,
 * a division keeps its two digits. Level = number of significant digits
 * (2 division, 3 group, 4 class, 5 category, 6–8 subcategories).
 */
export function cpvLevel(code: string): number {
  return Math.max(2, code.replace(/0+$/, '').length);
}

/** The nearest listed code whose significant prefix is shorter, or null for a division. */
export function cpvParent(code: string, listed: ReadonlySet<string>): string | null {
  const significant = code.slice(0, cpvLevel(code));
  for (let length = significant.length - 1; length >= 2; length--) {
    const candidate = significant.slice(0, length).padEnd(8, '0');
    if (candidate !== code && listed.has(candidate)) return candidate;
  }
  return null;
}

export function cpvRows(entries: readonly CpvCodeEntry[] = cpvCodes): Insertable<CpvCodesTable>[] {
  const listed = new Set(entries.map((entry) => entry.code));
  return entries
    .map((entry) => ({
      code: entry.code,
      check_digit: entry.checkDigit,
      label_el: entry.labelEl,
      label_en: entry.labelEn,
      level: cpvLevel(entry.code),
      parent_code: cpvParent(entry.code, listed),
      social_services: entry.socialServices ? 1 : 0,
    }))
    .sort((a, b) => a.level - b.level || a.code.localeCompare(b.code));
}

const AREA_ORDER = { country: 0, region: 1, regional_unit: 2, municipality: 3 } as const;

/**
 * The whole CPV (9,454 codes) in one transaction with one prepared statement: inserts what is
 * missing and rewrites a row only when something in it changed, so that a start on an
 * existing database writes nothing. Parents come before children (sorted by level).
 * SQLite-specific (prepared statement, `is not`); PostgreSQL would say `is distinct from`.
 */
export function loadCpvCodes(sqlite: DatabaseHandle['sqlite'], entries: readonly CpvCodeEntry[] = cpvCodes): void {
  const upsert = sqlite.prepare(
    `insert into cpv_codes (code, check_digit, label_el, label_en, level, parent_code, social_services)
     values (@code, @check_digit, @label_el, @label_en, @level, @parent_code, @social_services)
     on conflict (code) do update set
       check_digit = excluded.check_digit, label_el = excluded.label_el, label_en = excluded.label_en,
       level = excluded.level, parent_code = excluded.parent_code, social_services = excluded.social_services
     where cpv_codes.check_digit is not excluded.check_digit or cpv_codes.label_el is not excluded.label_el
       or cpv_codes.label_en is not excluded.label_en or cpv_codes.level is not excluded.level
       or cpv_codes.parent_code is not excluded.parent_code or cpv_codes.social_services is not excluded.social_services`,
  );
  const rows = cpvRows(entries);
  sqlite.transaction(() => {
    for (const row of rows) upsert.run(row);
  })();
}

/**
 * Loads the reference lists (CPV codes, categories and their CPV prefixes, areas).
 * Idempotent: inserts what is missing and updates what changed (the CPV in one transaction,
 * the other lists in another), parents before children. Safe on every start, also in production without demo data.
 * Rows that are no longer listed are kept (enterprises may reference them), except
 * a category's CPV prefixes, which always mirror the list.
 */
export async function loadReferenceData(handle: Pick<DatabaseHandle, 'db' | 'sqlite'>): Promise<void> {
  loadCpvCodes(handle.sqlite);
  await handle.db.transaction().execute(async (trx) => {
    const sortedAreas = [...areas].sort((a, b) => AREA_ORDER[a.kind] - AREA_ORDER[b.kind]);
    for (const batch of chunks(sortedAreas)) {
      await trx
        .insertInto('areas')
        .values(
          batch.map((area) => ({
            id: area.id,
            kind: area.kind,
            parent_id: area.parentId,
            nuts_code: area.nutsCode,
            name_el: area.nameEl,
            name_en: area.nameEn,
            lat: area.lat,
            lon: area.lon,
          })),
        )
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            kind: eb.ref('excluded.kind'),
            parent_id: eb.ref('excluded.parent_id'),
            nuts_code: eb.ref('excluded.nuts_code'),
            name_el: eb.ref('excluded.name_el'),
            name_en: eb.ref('excluded.name_en'),
            lat: eb.ref('excluded.lat'),
            lon: eb.ref('excluded.lon'),
          })),
        )
        .execute();
    }

    await trx
      .insertInto('categories')
      .values(
        categories.map((category) => ({
          id: category.id,
          name_el: category.nameEl,
          name_en: category.nameEn,
          sort_order: category.sortOrder,
          keywords_el: category.keywordsEl.join(', '),
          keywords_en: category.keywordsEn.join(', '),
        })),
      )
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name_el: eb.ref('excluded.name_el'),
          name_en: eb.ref('excluded.name_en'),
          sort_order: eb.ref('excluded.sort_order'),
          keywords_el: eb.ref('excluded.keywords_el'),
          keywords_en: eb.ref('excluded.keywords_en'),
        })),
      )
      .execute();

    for (const category of categories) {
      await trx
        .deleteFrom('category_cpv_prefixes')
        .where('category_id', '=', category.id)
        .where('cpv_prefix', 'not in', [...category.cpvPrefixes])
        .execute();
      await trx
        .insertInto('category_cpv_prefixes')
        .values(
          category.cpvPrefixes.map((cpvPrefix, position) => ({
            category_id: category.id,
            cpv_prefix: cpvPrefix,
            position,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['category_id', 'cpv_prefix']).doUpdateSet((eb) => ({ position: eb.ref('excluded.position') })),
        )
        .execute();
    }
  });
}
