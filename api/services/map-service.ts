import { invalidParameter } from '../domain/errors.ts';
import type { Lang } from '../domain/languages.ts';
import type { LegalForm } from '../domain/legal-forms.ts';
import { msg } from '../domain/messages/index.ts';
import type { DirectoryRegistry } from '../repositories/sqlite/directory-registry.ts';
import type { PublicLocation } from '../repositories/sqlite/public-locations.ts';

/** More points than a municipality's directory holds; a cap so one request stays bounded. */
export const MAX_MAP_POINTS = 2000;

export interface MapQuery {
  q?: string;
  category?: string;
  area?: string;
  legalForm?: LegalForm;
}

/**
 * The public map (issue 16): the enterprises a search finds, every page of it, that have a
 * public address with coordinates. The same search and filters as the list, so the map and
 * the list always show the same enterprises.
 */
export function createMapService({ registry }: { registry: DirectoryRegistry }) {
  const { search, areaTree, locations } = registry;
  return {
    locations(query: MapQuery, lang: Lang): { total: number; items: PublicLocation[] } {
      const { q, category, area, legalForm } = query;
      if (area && !areaTree.get(area)) throw invalidParameter('area', msg('area.unknown', { id: area }));
      const result = search({
        q,
        category,
        areaIds: area ? areaTree.relevantTo(area) : undefined,
        legalForm,
        page: 1,
        pageSize: MAX_MAP_POINTS,
      });
      return { total: result.total, items: locations.locations(result.ids, lang) };
    },
  };
}
