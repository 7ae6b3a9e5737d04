import type SQLite from 'better-sqlite3';
import type { ImportReference } from '../../spreadsheets/enterprise-import.ts';

/** The reference lists and existing ΑΦΜ an import is checked against (read once per dry run). */
export function loadImportReference(sqlite: SQLite.Database): ImportReference {
  return {
    cpvCodes: new Set(sqlite.prepare('select code from cpv_codes').pluck().all() as string[]),
    categories: new Set(sqlite.prepare('select id from categories').pluck().all() as string[]),
    areas: new Set(sqlite.prepare('select id from areas').pluck().all() as string[]),
    existingAfms: new Map(
      (
        sqlite.prepare('select afm, coalesce(trade_name, legal_name) as name from enterprises').all() as Array<{
          afm: string;
          name: string;
        }>
      ).map((r) => [r.afm, r.name]),
    ),
  };
}

/** The enterprises an import created, by ΑΦΜ, so the app can link to them. */
export function createdEnterprises(
  sqlite: SQLite.Database,
  afms: string[],
): Array<{ id: string; slug: string; name: string; status: string }> {
  const row = sqlite.prepare<[string]>(
    'select id, slug, coalesce(trade_name, legal_name) as name, status from enterprises where afm = ?',
  );
  return afms.map((afm) => row.get(afm) as { id: string; slug: string; name: string; status: string });
}
