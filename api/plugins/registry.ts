import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createAreaTree, type AreaTree } from '../repositories/area-tree.ts';
import { createPublicDirectory, type PublicDirectory } from '../repositories/public-directory.ts';
import { createEnterpriseSearch, type EnterpriseSearch } from '../search/enterprise-search.ts';
import { createSearchIndexer, type SearchIndexer } from '../search/fts-index.ts';

export interface Registry {
  areaTree: AreaTree;
  search: EnterpriseSearch;
  indexer: SearchIndexer;
  directory: PublicDirectory;
  /** Category id → name in the given language, in display order (cached). */
  categoryNames(lang: 'el' | 'en'): Map<string, string>;
  /** Call after reference lists (areas, categories, CPV) change. */
  reloadReference(): void;
  onReferenceReload(listener: () => void): void;
  /**
   * Changes whenever what the public directory shows may have changed: every indexed
   * write appends to search_changes, and reference reloads bump a generation.
   */
  dataVersion(): string;
}

declare module 'fastify' {
  interface FastifyInstance {
    registry: Registry;
  }
}

/** The directory's read services, built once per app on its database connection. */
async function registry(app: FastifyInstance) {
  const areaTree = createAreaTree(app.sqlite);
  const listeners: Array<() => void> = [];
  const categoryStatement = app.sqlite.prepare('select id, name_el, name_en from categories order by sort_order, id');
  let categories: { el: Map<string, string>; en: Map<string, string> } | null = null;

  const lastChange = app.sqlite.prepare('select coalesce(max(seq), 0) from search_changes').pluck();
  let referenceGeneration = 0;

  const value: Registry = {
    areaTree,
    search: createEnterpriseSearch(app.sqlite),
    indexer: createSearchIndexer(app.sqlite),
    directory: createPublicDirectory(app.sqlite, areaTree, app.config.publicOrigin),
    categoryNames(lang) {
      if (!categories) {
        const rows = categoryStatement.all() as Array<{ id: string; name_el: string; name_en: string }>;
        categories = { el: new Map(rows.map((r) => [r.id, r.name_el])), en: new Map(rows.map((r) => [r.id, r.name_en])) };
      }
      return categories[lang];
    },
    dataVersion() {
      return `${lastChange.get() as number}.${referenceGeneration}`;
    },
    reloadReference() {
      referenceGeneration++;
      areaTree.reload();
      categories = null;
      for (const listener of listeners) listener();
    },
    onReferenceReload(listener) {
      listeners.push(listener);
    },
  };
  app.decorate('registry', value);
}

export default fp(registry, { name: 'registry' });
