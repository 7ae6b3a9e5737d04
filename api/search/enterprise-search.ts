import type SQLite from 'better-sqlite3';
import type { LegalForm } from '../../db/schema.ts';
import { parseSearchQuery } from '../domain/search-query.ts';
import { significantPrefix } from '../domain/cpv.ts';

/**
 * Faceted full-text search over published enterprises (SQLite FTS5; DESIGN §4–5).
 * Statements are prepared once per filter combination: the hot path never
 * re-prepares (Kysely would, DESIGN §5).
 */

export interface EnterpriseSearchParams {
  q?: string;
  category?: string;
  /** Eight-digit CPV code; matches services tagged with it or anything under it. */
  cpv?: string;
  /** Area ids to accept: the requested area, its ancestors and its descendants. */
  areaIds?: string[];
  legalForm?: LegalForm;
  page: number;
  pageSize: number;
}

export interface EnterpriseSearchResult {
  ids: string[];
  total: number;
  facets: { categories: Map<string, number>; legalForms: Map<string, number> };
}

type Dimension = 'category' | 'cpv' | 'area' | 'legalForm';

const ACTIVE_SERVICE = `select 1 from services s where s.enterprise_id = e.id and s.status = 'active'`;

const FILTER_SQL: Record<Dimension, string> = {
  category: `exists (select 1 from services s join service_categories sc on sc.service_id = s.id
              where s.enterprise_id = e.id and s.status = 'active' and sc.category_id = @category)`,
  // A range on the padded code is a hierarchical prefix match that can use the index.
  cpv: `exists (select 1 from services s join service_cpv_codes c on c.service_id = s.id
         where s.enterprise_id = e.id and s.status = 'active' and c.cpv_code >= @cpvLow and c.cpv_code < @cpvHigh)`,
  area: `exists (select 1 from services s join service_areas sa on sa.service_id = s.id
          where s.enterprise_id = e.id and s.status = 'active' and sa.area_id in (select value from json_each(@areaIds)))`,
  legalForm: `e.legal_form = @legalForm`,
};

interface BoundParams {
  match?: string;
  category?: string;
  cpvLow?: string;
  cpvHigh?: string;
  areaIds?: string;
  legalForm?: string;
  limit?: number;
  offset?: number;
}

function fromClause(withText: boolean): string {
  return withText
    ? `from (select rowid, bm25(enterprise_fts, 8.0, 1.0) as rank from enterprise_fts where enterprise_fts match @match) h
       join enterprise_search_keys k on k.rowid = h.rowid
       join enterprises e on e.id = k.enterprise_id`
    : `from enterprises e join enterprise_search_keys k on k.enterprise_id = e.id`;
}

function whereClause(dimensions: Dimension[]): string {
  const conditions = [`e.status = 'published'`, `exists (${ACTIVE_SERVICE})`, ...dimensions.map((d) => FILTER_SQL[d])];
  return `where ${conditions.join(' and ')}`;
}

export function createEnterpriseSearch(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  function statement(key: string, build: () => string): SQLite.Statement {
    let stmt = cache.get(key);
    if (!stmt) {
      stmt = sqlite.prepare(build());
      cache.set(key, stmt);
    }
    return stmt;
  }

  function pageStatement(withText: boolean, dims: Dimension[]) {
    return statement(`page|${withText}|${dims.join(',')}`, () => {
      const order = withText ? 'order by h.rank, k.sort_name' : 'order by k.sort_name, e.id';
      return `select e.id ${fromClause(withText)} ${whereClause(dims)} ${order} limit @limit offset @offset`;
    });
  }
  function countStatement(withText: boolean, dims: Dimension[]) {
    return statement(`count|${withText}|${dims.join(',')}`, () => `select count(*) ${fromClause(withText)} ${whereClause(dims)}`);
  }
  function categoryFacetStatement(withText: boolean, dims: Dimension[]) {
    return statement(`fcat|${withText}|${dims.join(',')}`, () =>
      `select sc.category_id as id, count(distinct e.id) as n ${fromClause(withText)}
       join services fs on fs.enterprise_id = e.id and fs.status = 'active'
       join service_categories sc on sc.service_id = fs.id
       ${whereClause(dims)} group by sc.category_id`,
    );
  }
  function legalFormFacetStatement(withText: boolean, dims: Dimension[]) {
    return statement(`flf|${withText}|${dims.join(',')}`, () =>
      `select e.legal_form as id, count(*) as n ${fromClause(withText)} ${whereClause(dims)} group by e.legal_form`,
    );
  }

  return function search(params: EnterpriseSearchParams): EnterpriseSearchResult {
    const { match } = parseSearchQuery(params.q ?? '');
    const withText = match !== null;
    const bound: BoundParams = {};
    const dims: Dimension[] = [];
    if (withText) bound.match = match;
    if (params.category) {
      dims.push('category');
      bound.category = params.category;
    }
    if (params.cpv) {
      dims.push('cpv');
      const prefix = significantPrefix(params.cpv);
      bound.cpvLow = prefix.padEnd(8, '0');
      bound.cpvHigh = (Number(prefix) + 1).toString().padStart(prefix.length, '0').padEnd(8, '0');
    }
    if (params.areaIds) {
      dims.push('area');
      bound.areaIds = JSON.stringify(params.areaIds);
    }
    if (params.legalForm) {
      dims.push('legalForm');
      bound.legalForm = params.legalForm;
    }

    const total = countStatement(withText, dims).pluck().get(bound) as number;
    const ids =
      total === 0
        ? []
        : (pageStatement(withText, dims)
            .pluck()
            .all({ ...bound, limit: params.pageSize, offset: (params.page - 1) * params.pageSize }) as string[]);

    // Facet counts ignore their own dimension, so a user sees what choosing another value would give.
    const withoutCategory = dims.filter((d) => d !== 'category');
    const withoutLegalForm = dims.filter((d) => d !== 'legalForm');
    const { category: _c, ...boundWithoutCategory } = bound;
    const { legalForm: _l, ...boundWithoutLegalForm } = bound;
    const categories = new Map<string, number>();
    for (const row of categoryFacetStatement(withText, withoutCategory).all(boundWithoutCategory) as Array<{ id: string; n: number }>) {
      categories.set(row.id, row.n);
    }
    const legalForms = new Map<string, number>();
    for (const row of legalFormFacetStatement(withText, withoutLegalForm).all(boundWithoutLegalForm) as Array<{ id: string; n: number }>) {
      legalForms.set(row.id, row.n);
    }
    return { ids, total, facets: { categories, legalForms } };
  };
}

export type EnterpriseSearch = ReturnType<typeof createEnterpriseSearch>;
