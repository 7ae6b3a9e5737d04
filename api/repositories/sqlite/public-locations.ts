import type SQLite from 'better-sqlite3';
import type { Lang } from '../../domain/languages.ts';
import type { AreaTree } from './area-tree.ts';
import { publishedSql } from '../published.ts';

/** One published enterprise on the public map. */
export interface PublicLocation {
  slug: string;
  name: string;
  lat: number;
  lon: number;
  /** The seat municipality's name, when known. */
  municipality: string | null;
}

/**
 * Read model of the public map (issue 16): where published enterprises are, and only those
 * whose address the enterprise made public (`address_public`, the same flag that shows the
 * address on the profile and in HSDS). An enterprise without coordinates is not on the map.
 */
export function createPublicLocations(sqlite: SQLite.Database, areas: AreaTree) {
  const byIds = sqlite.prepare<[string]>(`
    select e.id, e.slug, coalesce(nullif(e.trade_name, ''), e.legal_name) as name, e.lat, e.lon, e.municipality_id
    from enterprises e
    where e.id in (select value from json_each(?)) and ${publishedSql('e')}
      and e.address_public = 1 and e.lat is not null and e.lon is not null`);

  /** The mapped enterprises among `ids`, in the order of `ids` (the search's ranking). */
  function locations(ids: string[], lang: Lang): PublicLocation[] {
    if (ids.length === 0) return [];
    const rows = new Map(
      (
        byIds.all(JSON.stringify(ids)) as Array<{
          id: string;
          slug: string;
          name: string;
          lat: number;
          lon: number;
          municipality_id: string | null;
        }>
      ).map((row) => [row.id, row]),
    );
    return ids.flatMap((id) => {
      const row = rows.get(id);
      if (!row) return [];
      const area = row.municipality_id ? areas.get(row.municipality_id) : undefined;
      return [
        {
          slug: row.slug,
          name: row.name,
          lat: row.lat,
          lon: row.lon,
          municipality: area ? (lang === 'en' ? area.nameEn : area.nameEl) : null,
        },
      ];
    });
  }

  return { locations };
}

export type PublicLocations = ReturnType<typeof createPublicLocations>;
