import type SQLite from 'better-sqlite3';
import type { LegalForm } from '../../db/schema.ts';
import { parseSearchQuery } from '../domain/search-query.ts';
import { significantPrefix } from '../domain/cpv.ts';

/**
 * Faceted full-text search over published enterprises (DESIGN §4–5).
 *
 * FTS5 does what only it can do: find the matching rows and score them with bm25
 * (names weigh 8× the rest). Filters, facet counts, the "published with an active
 * service" rule and paging run over compact in-memory facets, one entry per indexed
 * enterprise, kept fresh through the `search_changes` log that the indexer appends to
 * in the same transaction as every change — so any connection or process sees writes.
 * This keeps a search at 100k enterprises to one FTS query plus a linear scan in JS.
 */

export interface EnterpriseSearchParams {
  q?: string;
  category?: string;
  /** Eight-digit CPV code; matches services tagged with it or anything under it. */
  cpv?: string;
  /** Area ids to accept (see AreaTree.relevantTo). */
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

interface Facet {
  id: string;
  /** Published and offering at least one active service. */
  listed: boolean;
  legalForm: string;
  categories: string[];
  areas: string[];
  cpv: string[];
  sortName: string;
}

const FACET_SQL = `
  select k.rowid, e.id, e.legal_form, k.sort_name,
    e.status = 'published' and exists (select 1 from services s where s.enterprise_id = e.id and s.status = 'active') as listed,
    (select group_concat(distinct sc.category_id) from services s join service_categories sc on sc.service_id = s.id
      where s.enterprise_id = e.id and s.status = 'active') as categories,
    (select group_concat(distinct sa.area_id) from services s join service_areas sa on sa.service_id = s.id
      where s.enterprise_id = e.id and s.status = 'active') as areas,
    (select group_concat(distinct c.cpv_code) from services s join service_cpv_codes c on c.service_id = s.id
      where s.enterprise_id = e.id and s.status = 'active') as cpv
  from enterprise_search_keys k join enterprises e on e.id = k.enterprise_id`;

type FacetRow = [number, string, string, string, number, string | null, string | null, string | null];

const split = (list: string | null) => (list ? list.split(',') : []);

export function createEnterpriseSearch(sqlite: SQLite.Database) {
  const allFacets = sqlite.prepare(FACET_SQL).raw();
  const someFacets = sqlite.prepare(`${FACET_SQL} where e.id in (select value from json_each(?))`).raw();
  const changesSince = sqlite.prepare<[number]>('select seq, enterprise_id from search_changes where seq > ? order by seq').raw();
  const logBounds = sqlite.prepare('select coalesce(min(seq), 0), coalesce(max(seq), 0) from search_changes').raw();
  const textHits = sqlite
    .prepare<[string]>('select rowid, bm25(enterprise_fts, 8.0, 1.0) from enterprise_fts where enterprise_fts match ?')
    .raw();

  let facets: Array<Facet | undefined> = [];
  let rowids = new Map<string, number>();
  let browseOrder: number[] | null = null;
  let seenSeq = -1;

  function put(row: FacetRow) {
    const [rowid, id, legalForm, sortName, listed, categories, areas, cpv] = row;
    facets[rowid] = { id, listed: listed === 1, legalForm, categories: split(categories), areas: split(areas), cpv: split(cpv), sortName };
    rowids.set(id, rowid);
  }

  function reloadAll() {
    facets = [];
    rowids = new Map();
    for (const row of allFacets.all() as FacetRow[]) put(row);
    browseOrder = null;
  }

  /** Brings the facets up to date with the change log (cheap when nothing changed). */
  function refresh() {
    const [minSeq, maxSeq] = logBounds.get() as [number, number];
    if (maxSeq === seenSeq) return;
    if (seenSeq < 0 || minSeq > seenSeq + 1) {
      reloadAll();
      seenSeq = maxSeq;
      return;
    }
    const changed = new Set<string>();
    for (const [, enterpriseId] of changesSince.all(seenSeq) as Array<[number, string]>) changed.add(enterpriseId);
    seenSeq = maxSeq;
    if (changed.has('*')) {
      reloadAll();
      return;
    }
    for (const id of changed) {
      const old = rowids.get(id);
      if (old !== undefined) {
        facets[old] = undefined;
        rowids.delete(id);
      }
    }
    for (const row of someFacets.all(JSON.stringify([...changed])) as FacetRow[]) put(row);
    browseOrder = null;
  }

  function browseRowids(): number[] {
    if (!browseOrder) {
      const order: number[] = [];
      facets.forEach((f, rowid) => {
        if (f?.listed) order.push(rowid);
      });
      order.sort((a, b) => {
        const x = facets[a]!;
        const y = facets[b]!;
        return x.sortName < y.sortName ? -1 : x.sortName > y.sortName ? 1 : x.id < y.id ? -1 : 1;
      });
      browseOrder = order;
    }
    return browseOrder;
  }

  return function search(params: EnterpriseSearchParams): EnterpriseSearchResult {
    refresh();
    const { match } = parseSearchQuery(params.q ?? '');

    let cpvLow = '';
    let cpvHigh = '';
    if (params.cpv) {
      const prefix = significantPrefix(params.cpv);
      cpvLow = prefix.padEnd(8, '0');
      cpvHigh = (Number(prefix) + 1).toString().padStart(prefix.length, '0').padEnd(8, '0');
    }
    const areaSet = params.areaIds ? new Set(params.areaIds) : null;
    const { category, legalForm } = params;

    const categoryCounts = new Map<string, number>();
    const legalFormCounts = new Map<string, number>();
    // Results as parallel arrays: facet rowid and score (bm25: lower is better).
    const hitRowids: number[] = [];
    const hitScores: number[] = [];

    const consider = (rowid: number, score: number) => {
      const f = facets[rowid];
      if (!f || !f.listed) return;
      if (cpvLow && !f.cpv.some((c) => c >= cpvLow && c < cpvHigh)) return;
      if (areaSet && !f.areas.some((a) => areaSet.has(a))) return;
      const categoryOk = !category || f.categories.includes(category);
      const legalFormOk = !legalForm || f.legalForm === legalForm;
      // Facet counts ignore their own dimension, so users see what another choice would give.
      if (legalFormOk) for (const c of f.categories) categoryCounts.set(c, (categoryCounts.get(c) ?? 0) + 1);
      if (categoryOk) legalFormCounts.set(f.legalForm, (legalFormCounts.get(f.legalForm) ?? 0) + 1);
      if (categoryOk && legalFormOk) {
        hitRowids.push(rowid);
        hitScores.push(score);
      }
    };

    if (match) {
      for (const [rowid, score] of textHits.all(match) as Array<[number, number]>) consider(rowid, score);
    } else {
      for (const rowid of browseRowids()) consider(rowid, 0);
    }

    const total = hitRowids.length;
    const start = (params.page - 1) * params.pageSize;
    let pageRowids: number[];
    if (start >= total) {
      pageRowids = [];
    } else if (!match) {
      pageRowids = hitRowids.slice(start, start + params.pageSize);
    } else {
      // Partial selection of the best start+pageSize by score, ties by name.
      const need = start + params.pageSize;
      const order = topK(hitRowids, hitScores, need, (a, b) => {
        const x = facets[a]!.sortName;
        const y = facets[b]!.sortName;
        return x < y ? -1 : x > y ? 1 : 0;
      });
      pageRowids = order.slice(start, need);
    }
    return {
      ids: pageRowids.map((r) => facets[r]!.id),
      total,
      facets: { categories: categoryCounts, legalForms: legalFormCounts },
    };
  };
}

/** The `k` best items by ascending score (then `tie`), in order; O(n·log k) with a sorted buffer. */
function topK(ids: number[], scores: number[], k: number, tie: (a: number, b: number) => number): number[] {
  const better = (i: number, j: number) => scores[i]! < scores[j]! || (scores[i] === scores[j] && tie(ids[i]!, ids[j]!) < 0);
  const buffer: number[] = []; // indexes into ids/scores, best first
  for (let i = 0; i < ids.length; i++) {
    if (buffer.length === k && !better(i, buffer[k - 1]!)) continue;
    let lo = 0;
    let hi = buffer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(i, buffer[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    buffer.splice(lo, 0, i);
    if (buffer.length > k) buffer.pop();
  }
  return buffer.map((i) => ids[i]!);
}

export type EnterpriseSearch = ReturnType<typeof createEnterpriseSearch>;
