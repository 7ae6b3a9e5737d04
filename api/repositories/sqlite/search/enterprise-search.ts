import type SQLite from 'better-sqlite3';
import type { LegalForm } from '../../../../db/schema.ts';
import { parseSearchQuery } from '../../../domain/search-query.ts';
import { significantPrefix } from '../../../domain/cpv.ts';
import type { SearchSort } from '../../../domain/search-sort.ts';
import { categoryKeywords, matchCategories, type CategoryKeywords } from '../../../domain/category-match.ts';
import { FACET_SQL, FacetStore, type FacetRow } from './facet-store.ts';
import { createSuggester, type Suggestion } from './suggestions.ts';
import { createTextResults } from './text-results.ts';

/**
 * Faceted full-text search over published enterprises (DESIGN §4–5).
 *
 * FTS5 does what only it can do: find the matching rows and score them with bm25.
 * Filters, facet counts, the "published with an active service" rule and paging run over
 * compact in-memory facets, one entry per indexed enterprise, kept fresh through the
 * `search_changes` log that the indexer appends to in the same transaction as every
 * change — so any connection or process sees writes. This keeps a search at 100k
 * enterprises to one FTS query plus a linear scan in JS.
 *
 * Ranking (issue 12), in tiers:
 * 0. some word matches exactly (any spelling: accents, capitals, Greeklish) in the name or texts;
 * 1. words match only through their stems (another inflection: «κήπους» for «κήπος»);
 * 2. words match only the keywords of the enterprise's categories («κήπος» → green spaces).
 * Within a tier, by bm25 over the exact columns (name 8×, texts 1×) plus the stem columns
 * (name 4×, texts 0.5×); then alphabetically.
 */

export interface EnterpriseSearchParams {
  q?: string;
  category?: string;
  /** Eight-digit CPV code; matches services tagged with it or anything under it. */
  cpv?: string;
  /** Area ids to accept (see AreaTree.relevantTo). */
  areaIds?: string[];
  legalForm?: LegalForm;
  /** The order of the results (default `relevance`; with no words that is by name). */
  sort?: SearchSort;
  /**
   * Also count the enterprises per area (the area facet, ignoring the area filter): given a
   * served area, the areas it counts for (AreaTree.relevantTo: itself, above and below it).
   */
  areasServedBy?: (areaId: string) => readonly string[];
  page: number;
  pageSize: number;
  /** Also work out "did you mean" suggestions (on the first page only). */
  suggest?: boolean;
  /** With `q`: also enterprises the public does not see (drafts, hidden, no active service), for staff. */
  includeUnlisted?: boolean;
}

export interface MatchedCategory {
  id: string;
  /** Listed enterprises in the category (what showing the category would list, before filters). */
  count: number;
}

export interface EnterpriseSearchResult {
  ids: string[];
  total: number;
  /** `areas` only when asked for (`areasServedBy`). */
  facets: { categories: Map<string, number>; legalForms: Map<string, number>; areas: Map<string, number> };
  /** Categories whose keywords the query's words match, best first (an offer to show the category). */
  matchedCategories: MatchedCategory[];
  /** "Did you mean": other queries that find something; empty unless asked and useful. */
  suggestions: Suggestion[];
}

/** Score offset per rank tier: bm25 scores are small negative numbers, far from this. */
const TIER = 1e6;
/** 0 = exact match, 1 = stem-only, 2 = category keywords only (see the ranking above). */
function tierScore(exact: number, stem: number): number {
  if (exact < 0) return exact + stem;
  if (stem < 0) return TIER + stem;
  return 2 * TIER;
}

export function createEnterpriseSearch(sqlite: SQLite.Database) {
  const allFacets = sqlite.prepare(FACET_SQL).raw();
  const someFacets = sqlite.prepare(`${FACET_SQL} where e.id in (select value from json_each(?))`).raw();
  const changesSince = sqlite
    .prepare<[number]>('select seq, enterprise_id from search_changes where seq > ? order by seq')
    .raw();
  const logBounds = sqlite.prepare('select coalesce(min(seq), 0), coalesce(max(seq), 0) from search_changes').raw();
  const categoryRows = sqlite
    .prepare('select id, keywords_el, keywords_en from categories order by sort_order, id')
    .raw();
  const suggest = createSuggester(sqlite);
  let categories: CategoryKeywords[] = [];
  let listedPerCategory: Map<string, number> | null = null;

  // Text results (every match with its score) per MATCH expression, kept current through the
  // change log: paging and facet clicks repeat the same text, and a write touches a few rows.
  const textResults = createTextResults(sqlite, tierScore);

  let store = new FacetStore();
  let browseOrder: Uint32Array | null = null;
  let seenSeq = -1;

  function reloadAll() {
    categories = (categoryRows.all() as string[][]).map(([id, el, en]) => categoryKeywords(id!, `${el} ${en}`));
    store = new FacetStore();
    for (const row of allFacets.all() as FacetRow[]) store.put(row);
    browseOrder = null;
  }

  /** Brings the facets up to date with the change log (one indexed read when nothing changed). */
  function refresh() {
    const [minSeq, maxSeq] = logBounds.get() as [number, number];
    if (maxSeq === seenSeq) return;
    listedPerCategory = null;
    if (seenSeq < 0 || minSeq > seenSeq + 1) {
      reloadAll();
      seenSeq = maxSeq;
      textResults.clear(maxSeq);
      return;
    }
    const changed = new Set<string>();
    for (const [, enterpriseId] of changesSince.all(seenSeq) as Array<[number, string]>) changed.add(enterpriseId);
    seenSeq = maxSeq;
    if (changed.has('*')) {
      reloadAll();
      textResults.clear(maxSeq);
      return;
    }
    const touched = new Set<number>();
    for (const id of changed) {
      const rowid = store.rowidOf.get(id);
      if (rowid !== undefined) touched.add(rowid);
      store.remove(id);
    }
    for (const row of someFacets.all(JSON.stringify([...changed])) as FacetRow[]) {
      store.put(row);
      touched.add(row[0]);
    }
    if (browseOrder && touched.size > 0) browseOrder = reorder(browseOrder, touched);
    textResults.changed(maxSeq, touched);
  }

  const byName = (a: number, b: number) => {
    const names = store.sortNames;
    return names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : a - b;
  };

  /**
   * Moves the touched enterprises to their new places in the browse order: a few writes need
   * no full sort, and native scans and copies keep this well under a millisecond at 100k
   * (building a JS array of every rowid took ~10 ms per write). Many changes at once: sort anew.
   */
  function reorder(order: Uint32Array, touched: Set<number>): Uint32Array | null {
    if (touched.size > 64) return null;
    const out = new Uint32Array(order.length + touched.size);
    out.set(order);
    let length = order.length;
    for (const rowid of touched) {
      const at = out.subarray(0, length).indexOf(rowid);
      if (at < 0) continue;
      out.copyWithin(at, at + 1, length);
      length--;
    }
    for (const rowid of touched) {
      if (store.ids[rowid] === undefined || !store.listed[rowid]) continue;
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byName(out[mid]!, rowid) < 0) lo = mid + 1;
        else hi = mid;
      }
      out.copyWithin(lo + 1, lo, length);
      out[lo] = rowid;
      length++;
    }
    return out.slice(0, length);
  }

  /** Listed enterprises in Greek alphabetical order of their folded names (rebuilt after changes). */
  function browseRowids(): Uint32Array {
    if (!browseOrder) {
      const order: number[] = [];
      store.ids.forEach((id, rowid) => {
        if (id !== undefined && store.listed[rowid]) order.push(rowid);
      });
      order.sort(byName);
      browseOrder = Uint32Array.from(order);
    }
    return browseOrder;
  }

  function categoriesMatched(words: Parameters<typeof matchCategories>[0]): MatchedCategory[] {
    if (words.length === 0) return [];
    listedPerCategory ??= store.listedPerCategory();
    const counts = listedPerCategory;
    return matchCategories(words, categories).map(({ id }) => ({ id, count: counts.get(id) ?? 0 }));
  }

  function search(params: EnterpriseSearchParams): EnterpriseSearchResult {
    refresh();
    const { match, words } = parseSearchQuery(params.q ?? '');
    const { listed, legalForms, categories, areas, cpv } = store;

    // Unknown filter values match nothing (but still produce facet counts).
    const categoryBit = params.category === undefined ? -1 : (store.categoryNames.find(params.category) ?? 32);
    const categoryMask = categoryBit < 0 ? 0 : categoryBit > 31 ? 0 : (1 << categoryBit) >>> 0;
    const wantCategory = categoryBit >= 0;
    const legalForm = params.legalForm === undefined ? -1 : (store.legalFormNames.find(params.legalForm) ?? 255);
    let acceptedAreas: Uint8Array | null = null;
    if (params.areaIds) {
      acceptedAreas = new Uint8Array(store.areaNames.values.length);
      for (const area of params.areaIds) {
        const i = store.areaNames.find(area);
        if (i !== undefined) acceptedAreas[i] = 1;
      }
    }
    let cpvLow = '';
    let cpvHigh = '';
    if (params.cpv) {
      const prefix = significantPrefix(params.cpv);
      cpvLow = prefix.padEnd(8, '0');
      cpvHigh = (Number(prefix) + 1).toString().padStart(prefix.length, '0').padEnd(8, '0');
    }

    const categoryCounts = new Int32Array(32);
    const legalFormCounts = new Int32Array(256);
    const hitRowids: number[] = [];
    const hitScores: number[] = [];

    const everyStatus = params.includeUnlisted === true;
    const areaFacet = params.areasServedBy ? areaCounter(store, params.areasServedBy) : null;
    const consider = (rowid: number, score: number) => {
      if (!listed[rowid] && !everyStatus) return;
      let areaOk = true;
      if (acceptedAreas) {
        const served = areas[rowid]!;
        areaOk = false;
        for (let i = 0; i < served.length; i++) {
          if (acceptedAreas[served[i]!]) {
            areaOk = true;
            break;
          }
        }
        if (!areaOk && !areaFacet) return;
      }
      if (cpvLow && !cpv[rowid]!.some((c) => c >= cpvLow && c < cpvHigh)) return;
      const mask = categories[rowid]!;
      const form = legalForms[rowid]!;
      const categoryOk = !wantCategory || (mask & categoryMask) !== 0;
      const legalFormOk = legalForm < 0 || form === legalForm;
      if (areaFacet && categoryOk && legalFormOk) areaFacet.add(areas[rowid]!);
      if (!areaOk) return;
      // Facet counts ignore their own dimension, so users see what another choice would give.
      if (legalFormOk) {
        let m = mask;
        while (m !== 0) {
          const bit = 31 - Math.clz32(m);
          categoryCounts[bit]!++;
          m &= ~(1 << bit);
        }
      }
      if (categoryOk) legalFormCounts[form]!++;
      if (categoryOk && legalFormOk) {
        hitRowids.push(rowid);
        hitScores.push(score);
      }
    };

    if (match) {
      const { rowids: matched, scores } = textResults.get(match, words, seenSeq);
      for (let i = 0; i < matched.length; i++) consider(matched[i]!, scores[i]!);
    } else {
      const order = browseRowids();
      for (let i = 0; i < order.length; i++) consider(order[i]!, 0);
    }

    const total = hitRowids.length;
    const start = (params.page - 1) * params.pageSize;
    const sort = params.sort ?? 'relevance';
    let pageRowids: number[];
    if (start >= total) {
      pageRowids = [];
    } else if (!match && sort !== 'verified') {
      // Browsing runs in name order already.
      pageRowids = hitRowids.slice(start, start + params.pageSize);
    } else {
      const names = store.sortNames;
      const verifiedAt = store.verifiedAt;
      // Ascending scores: bm25 tiers, or all equal (by name), or the latest verification first.
      const scores =
        sort === 'relevance'
          ? hitScores
          : sort === 'name'
            ? new Array<number>(total).fill(0)
            : hitRowids.map((r) => (verifiedAt[r] ? -verifiedAt[r] : Infinity));
      const order = topK(hitRowids, scores, start + params.pageSize, (a, b) =>
        names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0,
      );
      pageRowids = order.slice(start);
    }

    const categoryFacet = new Map<string, number>();
    categoryCounts.forEach((count, bit) => {
      if (count > 0) categoryFacet.set(store.categoryNames.values[bit]!, count);
    });
    const legalFormFacet = new Map<string, number>();
    legalFormCounts.forEach((count, i) => {
      if (count > 0) legalFormFacet.set(store.legalFormNames.values[i]!, count);
    });
    const suggestions =
      params.suggest && params.page === 1 && match
        ? suggest(
            params.q ?? '',
            words,
            total,
            (q) =>
              search({ ...params, q, page: 1, pageSize: 1, suggest: false, areasServedBy: undefined, sort: undefined })
                .total,
          )
        : [];
    return {
      ids: pageRowids.map((r) => store.ids[r]!),
      total,
      facets: { categories: categoryFacet, legalForms: legalFormFacet, areas: areaFacet?.counts() ?? new Map() },
      matchedCategories: categoriesMatched(words),
      suggestions,
    };
  }

  return Object.assign(search, {
    /**
     * Loads the facets and the did-you-mean vocabulary now (start-up), not inside the first
     * searches: at 10,000 enterprises they held the first request about a second, and the
     * requests queued behind it were shed (issue 17).
     */
    warm() {
      refresh();
      suggest.warm();
    },
  });
}

/**
 * Counts enterprises per area for the area facet: each enterprise once per area its served areas
 * count for (serving two municipalities of a region counts once for the region).
 */
function areaCounter(store: FacetStore, areasServedBy: (areaId: string) => readonly string[]) {
  const facetIndex = new Map<string, number>();
  const facetIds: string[] = [];
  const counts: number[] = [];
  const seen: number[] = [];
  // Served area (interned) → the facet areas it counts for, worked out once per search.
  const coverOf = new Map<number, number[]>();
  let stamp = 0;
  return {
    add(served: Uint16Array) {
      stamp++;
      for (let i = 0; i < served.length; i++) {
        let cover = coverOf.get(served[i]!);
        if (!cover) {
          cover = areasServedBy(store.areaNames.values[served[i]!]!).map((id) => {
            let at = facetIndex.get(id);
            if (at === undefined) {
              at = facetIds.push(id) - 1;
              facetIndex.set(id, at);
              counts.push(0);
              seen.push(0);
            }
            return at;
          });
          coverOf.set(served[i]!, cover);
        }
        for (const at of cover) {
          if (seen[at] === stamp) continue;
          seen[at] = stamp;
          counts[at]!++;
        }
      }
    },
    counts: () => new Map(facetIds.map((id, at) => [id, counts[at]!])),
  };
}

/** The `k` best items by ascending score (then `tie`), in order; O(n·log k) with a sorted buffer. */
function topK(ids: number[], scores: number[], k: number, tie: (a: number, b: number) => number): number[] {
  const better = (i: number, j: number) =>
    scores[i]! < scores[j]! || (scores[i] === scores[j] && tie(ids[i]!, ids[j]!) < 0);
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
