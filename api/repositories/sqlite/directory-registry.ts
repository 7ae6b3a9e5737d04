import type SQLite from 'better-sqlite3';
import type { Lang } from '../../domain/languages.ts';
import { createCpvLookup, type CpvLookup } from './search/cpv-lookup.ts';
import { createEnterpriseSearch, type EnterpriseSearch } from './search/enterprise-search.ts';
import { createSearchIndexer, type SearchIndexer } from './search/fts-index.ts';
import { createAreaTree, type AreaTree } from './area-tree.ts';
import { createPublicDirectory, type PublicDirectory } from './public-directory.ts';
import { createPublicLocations, type PublicLocations } from './public-locations.ts';

/**
 * The directory's read models, built once per app on its database connection: the area
 * tree, the FTS5 search and its indexer, the CPV look-up, the public directory, cached category names.
 * All SQLite-specific; a PostgreSQL implementation would provide the same interface.
 */
export interface DirectoryRegistry {
  areaTree: AreaTree;
  search: EnterpriseSearch;
  indexer: SearchIndexer;
  /** Ranked CPV look-up by code or label words (the public /cpv and every CPV picker). */
  cpvLookup: CpvLookup;
  directory: PublicDirectory;
  /** Where published enterprises with a public address are (the map). */
  locations: PublicLocations;
  /** Category id → name in the given language, in display order (cached). */
  categoryNames(lang: Lang): Map<string, string>;
  /** Call after reference lists (areas, categories, CPV) change. */
  reloadReference(): void;
  /** Builds the read models a first request would otherwise build (server start, not tests). */
  warm(): void;
  onReferenceReload(listener: () => void): void;
  /**
   * Changes whenever what the public directory shows may have changed: every indexed
   * write appends to search_changes, and reference reloads bump a generation.
   */
  dataVersion(): string;
}

export function createDirectoryRegistry(sqlite: SQLite.Database, publicOrigin: string): DirectoryRegistry {
  const areaTree = createAreaTree(sqlite);
  const listeners: Array<() => void> = [];
  const categoryStatement = sqlite.prepare('select id, name_el, name_en from categories order by sort_order, id');
  let categories: Record<Lang, Map<string, string>> | null = null;
  const lastChange = sqlite.prepare('select coalesce(max(seq), 0) from search_changes').pluck();
  let referenceGeneration = 0;
  const cpvLookup = createCpvLookup(sqlite);
  const search = createEnterpriseSearch(sqlite);

  return {
    areaTree,
    search,
    indexer: createSearchIndexer(sqlite),
    cpvLookup,
    directory: createPublicDirectory(sqlite, areaTree, publicOrigin),
    locations: createPublicLocations(sqlite, areaTree),
    categoryNames(lang) {
      if (!categories) {
        const rows = categoryStatement.all() as Array<{ id: string; name_el: string; name_en: string }>;
        categories = {
          el: new Map(rows.map((r) => [r.id, r.name_el])),
          en: new Map(rows.map((r) => [r.id, r.name_en])),
        };
      }
      return categories[lang];
    },
    dataVersion() {
      return `${lastChange.get() as number}.${referenceGeneration}`;
    },
    warm() {
      cpvLookup.warm();
      search.warm();
    },
    reloadReference() {
      referenceGeneration++;
      areaTree.reload();
      categories = null;
      cpvLookup.reload();
      for (const listener of listeners) listener();
    },
    onReferenceReload(listener) {
      listeners.push(listener);
    },
  };
}
