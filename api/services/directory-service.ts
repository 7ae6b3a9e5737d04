import type { AreaKind } from '../domain/areas.ts';
import { formatCpv, levelNumber, parseCpv } from '../domain/cpv.ts';
import { invalidParameter, NotFoundError } from '../domain/errors.ts';
import type { Lang } from '../domain/languages.ts';
import { LEGAL_FORMS, type LegalForm } from '../domain/legal-forms.ts';
import type { SearchSort } from '../domain/search-sort.ts';
import { msg } from '../domain/messages/index.ts';
import type { EnterpriseProfile, EnterpriseSearchResult, EnterpriseSummary } from '../http/directory-schemas.ts';
import type { DirectoryReference } from '../repositories/sqlite/directory-reference.ts';
import type { DirectoryRegistry } from '../repositories/sqlite/directory-registry.ts';

const KIND_ORDER: Record<AreaKind, number> = { country: 0, region: 1, regional_unit: 2, municipality: 3 };

export interface DirectoryQuery {
  q?: string;
  category?: string;
  cpv?: string;
  area?: string;
  legalForm?: LegalForm;
  sort?: SearchSort;
  page: number;
  pageSize: number;
}

/**
 * The public, read-only directory (issues 2–3): search with facets, profiles, reference
 * lists, the sitemap. Only published enterprises and their active services, and only the
 * contact fields marked public (repositories/sqlite/public-directory.ts).
 */
export function createDirectoryService({
  registry,
  reference,
}: {
  registry: DirectoryRegistry;
  reference: DirectoryReference;
}) {
  const { search, directory, areaTree, cpvLookup } = registry;

  // Built once per language (a collator and a sort of every area): each search's area facet reads it.
  const areaLists = new Map<Lang, ReturnType<typeof buildAreaList>>();
  registry.onReferenceReload(() => areaLists.clear());

  /** Every area: the country, then regions, regional units and municipalities, each by name. */
  function areaList(lang: Lang) {
    let list = areaLists.get(lang);
    if (!list) {
      list = buildAreaList(lang);
      areaLists.set(lang, list);
    }
    return list;
  }

  function buildAreaList(lang: Lang) {
    const collator = new Intl.Collator(lang);
    return areaTree
      .all()
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        name: lang === 'en' ? a.nameEn : a.nameEl,
        parentId: a.parentId,
        nutsCode: a.nutsCode,
      }))
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.name, b.name));
  }

  return {
    /** Changes whenever what the directory shows may have changed (for response caches). */
    dataVersion: () => registry.dataVersion(),

    /**
     * Full-text search with filters and facet counts (each facet ignores its own filter), the
     * categories the words match (an offer to show one) and, on the first page, did-you-mean.
     */
    search(query: DirectoryQuery, lang: Lang): EnterpriseSearchResult {
      const { q, category, cpv, area, legalForm, sort, page, pageSize } = query;
      let cpvCode: string | undefined;
      if (cpv) {
        const parsed = parseCpv(cpv);
        if (!parsed) throw invalidParameter('cpv', msg('contracts.cpv_format'));
        cpvCode = parsed.code;
      }
      if (area && !areaTree.get(area)) throw invalidParameter('area', msg('area.unknown', { id: area }));
      const result = search({
        q,
        category,
        cpv: cpvCode,
        areaIds: area ? areaTree.relevantTo(area) : undefined,
        legalForm,
        sort,
        page,
        pageSize,
        suggest: true,
        areasServedBy: areaTree.relevantTo,
      });
      const categoryNames = registry.categoryNames(lang);
      return {
        items: directory.summaries(result.ids, lang),
        total: result.total,
        page,
        pageSize,
        facets: {
          categories: [...categoryNames.entries()]
            .filter(([id]) => result.facets.categories.has(id))
            .map(([id, name]) => ({ id, name, count: result.facets.categories.get(id)! })),
          legalForms: LEGAL_FORMS.filter((f) => result.facets.legalForms.has(f.id)).map((f) => ({
            id: f.id,
            name: lang === 'en' ? f.nameEn : f.nameEl,
            count: result.facets.legalForms.get(f.id)!,
          })),
          areas: areaList(lang)
            .filter((a) => result.facets.areas.get(a.id))
            .map((a) => ({ id: a.id, name: a.name, kind: a.kind, count: result.facets.areas.get(a.id)! })),
        },
        matchedCategories: result.matchedCategories.map((c) => ({ ...c, name: categoryNames.get(c.id) ?? c.id })),
        suggestions: result.suggestions,
      };
    },

    /** A page of the index of published enterprises (the public pages). */
    index(page: number, pageSize: number, lang: Lang): { items: EnterpriseSummary[]; total: number } {
      const result = search({ page, pageSize });
      return { items: directory.summaries(result.ids, lang), total: result.total };
    },

    /** The public profile, or null when no published enterprise has the slug. */
    findProfile(slug: string, lang: Lang): EnterpriseProfile | null {
      return directory.profile(slug, lang);
    },

    profile(slug: string, lang: Lang): EnterpriseProfile {
      const profile = directory.profile(slug, lang);
      if (!profile) throw new NotFoundError('enterprise', msg('directory.no_published_enterprise', { slug }));
      return profile;
    },

    categories(lang: Lang) {
      return reference.categories().map((r) => ({
        id: r.id,
        name: lang === 'en' ? r.name_en : r.name_el,
        cpvPrefixes: JSON.parse(r.prefixes) as string[],
        enterpriseCount: r.enterprises,
      }));
    },

    areas: areaList,

    /** CPV look-up by code prefix or by words of the Greek or English label, ranked (search/cpv-lookup.ts). */
    cpv(q: string, limit: number, lang: Lang) {
      return cpvLookup.find(q, limit, lang).map((r) => ({
        code: r.code,
        formatted: formatCpv(r.code, r.check_digit),
        label: lang === 'en' ? r.label_en : r.label_el,
        level: r.level || levelNumber(r.code),
        socialServices: r.social_services === 1,
      }));
    },

    /**
     * What the CPV pickers offer beyond codes (issue 12): "did you mean" from the labels' words,
     * and the categories the words name (each one's codes can be added at once).
     */
    cpvHelp(q: string, lang: Lang) {
      const { suggestions, matchedCategories } = cpvLookup.help(q);
      const categoryNames = registry.categoryNames(lang);
      return {
        suggestions,
        matchedCategories: matchedCategories.map((id) => ({ id, name: categoryNames.get(id) ?? id })),
      };
    },

    /** The enterprises the municipality verified most recently (the residents' home page). */
    recentlyVerified(limit: number, lang: Lang): EnterpriseSummary[] {
      return directory.summaries(reference.recentlyVerified(limit), lang);
    },

    publishedPages: () => reference.publishedPages(),
    publishedCount: () => reference.publishedCount(),
  };
}
