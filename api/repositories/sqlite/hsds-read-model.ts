import type SQLite from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { EnterprisesTable } from '../../../db/schema.ts';
import type { AreaTree } from './area-tree.ts';
import type { EnterpriseSearch } from './search/enterprise-search.ts';
import { publicLogoUrl } from './public-directory.ts';
import { publicServiceSql, publishedSql } from '../published.ts';
import { queryTerms, textMatchesQuery, type QueryTerm } from '../../domain/search-query.ts';
import { significantPrefix } from '../../domain/cpv.ts';
import { combineHistory, publishableHistory, type FieldHistoryRow } from '../../domain/hsds-history.ts';
import {
  CATEGORY_TAXONOMY_ID,
  CPV_TAXONOMY_ID,
  categoryTermId,
  cpvTermId,
  historyFromTimestamps,
  type AreaInput,
  type CategoryInput,
  type CpvInput,
  type EnterpriseInput,
  type ServiceInput,
} from '../../domain/hsds-mapping.ts';

/**
 * Reads what the HSDS API publishes: published enterprises and their active services
 * only, and only contact fields the enterprise marked public. Statements are prepared once.
 *
 * History (`metadata`) = the field history (issue 5) of public fields only, with values and a
 * role label for who changed them (domain/hsds-history.ts decides), plus the record's
 * created/updated/verified timestamps where no published field change explains them.
 * The audit log is not used: it names fields of private changes too.
 */

export interface ServiceFilter {
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  /** ISO 8601 instant (normalised); matches records whose service or enterprise changed at or after it. */
  modifiedAfter?: string;
}

export type TermRef = { kind: 'cpv'; code: string } | { kind: 'category'; id: string };

type EnterpriseRow = Selectable<EnterprisesTable>;

interface ServiceRow {
  id: string;
  enterprise_id: string;
  title_el: string;
  title_en: string | null;
  description_el: string;
  description_en: string | null;
  created_at: string;
  updated_at: string;
}

const PUBLISHED_SERVICE = publicServiceSql('s', 'e');

export function createHsdsReadModel(
  sqlite: SQLite.Database,
  areaTree: AreaTree,
  search: EnterpriseSearch,
  publicOrigin: string,
) {
  const enterprisesByIds = sqlite.prepare<[string]>(
    `select * from enterprises e where ${publishedSql('e')} and id in (select value from json_each(?))`,
  );
  const servicesByIds = sqlite.prepare<[string]>(`
    select s.id, s.enterprise_id, s.title_el, s.title_en, s.description_el, s.description_en, s.created_at, s.updated_at
    from services s join enterprises e on e.id = s.enterprise_id
    where ${PUBLISHED_SERVICE} and s.id in (select value from json_each(?))`);
  const cpvOfServices = sqlite.prepare<[string]>(
    `select service_id, cpv_code from service_cpv_codes where service_id in (select value from json_each(?)) order by cpv_code`,
  );
  const categoriesOfServices = sqlite.prepare<[string]>(`
    select sc.service_id, sc.category_id from service_categories sc join categories c on c.id = sc.category_id
    where sc.service_id in (select value from json_each(?)) order by c.sort_order, c.id`);
  const areasOfServices = sqlite.prepare<[string]>(
    `select service_id, area_id from service_areas where service_id in (select value from json_each(?)) order by area_id`,
  );
  const serviceIdsOf = sqlite.prepare<[string]>(`
    select s.id from services s join enterprises e on e.id = s.enterprise_id
    where ${PUBLISHED_SERVICE} and s.enterprise_id in (select value from json_each(?)) order by s.title_el, s.id`);

  // Filtered id lists: one statement; null parameters switch a condition off.
  const serviceIds = sqlite.prepare(`
    select s.id, s.enterprise_id as enterpriseId from services s join enterprises e on e.id = s.enterprise_id
    where ${PUBLISHED_SERVICE}
      and (@organizationId is null or s.enterprise_id = @organizationId)
      and (@cpvLow is null or exists (select 1 from service_cpv_codes c where c.service_id = s.id
            and c.cpv_code >= @cpvLow and c.cpv_code < @cpvHigh))
      and (@categoryId is null or exists (select 1 from service_categories c where c.service_id = s.id and c.category_id = @categoryId))
      and (@taxonomy is null
           or (@taxonomy = 'cpv' and exists (select 1 from service_cpv_codes c where c.service_id = s.id))
           or (@taxonomy = 'category' and exists (select 1 from service_categories c where c.service_id = s.id)))
      and (@modifiedAfter is null or s.updated_at >= @modifiedAfter or e.updated_at >= @modifiedAfter)
    order by e.slug, s.title_el, s.id`);
  const organizationIds = sqlite.prepare(`
    select id from enterprises e where ${publishedSql('e')} and (@modifiedAfter is null or e.updated_at >= @modifiedAfter)
    order by e.slug`);
  const fieldHistoryOf = sqlite.prepare<[string, string]>(`
    select h.id, h.resource_type as resourceType, h.resource_id as resourceId, h.field_name as fieldName,
      h.previous_value as previousValue, h.replacement_value as replacementValue, u.role as actorRole,
      h.last_action_date as at, h.last_action_type as action, h.change_request_id is not null as approved
    from field_history h left join users u on u.id = h.updated_by
    where h.resource_type = ? and h.resource_id in (select value from json_each(?)) order by h.id`);
  const usedCpv = sqlite.prepare(`
    select distinct c.cpv_code from service_cpv_codes c join services s on s.id = c.service_id join enterprises e on e.id = s.enterprise_id
    where ${PUBLISHED_SERVICE}`);
  // Bumped by triggers on every change to the tables these answers read (migration 014).
  const contentStamp = sqlite.prepare('select version from content_version where id = 1').pluck();
  const cpvRows = sqlite.prepare(
    'select code, check_digit, label_el, label_en, parent_code from cpv_codes order by code',
  );
  const categoryRows = sqlite.prepare(`
    select c.id, c.name_el, c.name_en, (select json_group_array(p.cpv_prefix) from category_cpv_prefixes p where p.category_id = c.id) as prefixes
    from categories c order by c.sort_order, c.id`);

  let reference: {
    cpv: Map<string, CpvInput>;
    categories: Map<string, CategoryInput>;
    terms: Map<string, TermRef>;
  } | null = null;

  function referenceData() {
    if (reference) return reference;
    const cpv = new Map<string, CpvInput>();
    for (const r of cpvRows.all() as Array<{
      code: string;
      check_digit: string | null;
      label_el: string;
      label_en: string;
      parent_code: string | null;
    }>) {
      cpv.set(r.code, {
        code: r.code,
        checkDigit: r.check_digit,
        labelEl: r.label_el,
        labelEn: r.label_en,
        parentCode: r.parent_code,
      });
    }
    const categories = new Map<string, CategoryInput>();
    for (const r of categoryRows.all() as Array<{ id: string; name_el: string; name_en: string; prefixes: string }>) {
      categories.set(r.id, {
        id: r.id,
        nameEl: r.name_el,
        nameEn: r.name_en,
        cpvPrefixes: (JSON.parse(r.prefixes) as string[]).sort(),
      });
    }
    const terms = new Map<string, TermRef>();
    for (const code of cpv.keys()) terms.set(cpvTermId(code), { kind: 'cpv', code });
    for (const id of categories.keys()) terms.set(categoryTermId(id), { kind: 'category', id });
    reference = { cpv, categories, terms };
    return reference;
  }

  /** Field-history rows by resource id. */
  function fieldHistory(resourceType: 'enterprise' | 'service', ids: string[]): Map<string, FieldHistoryRow[]> {
    const out = new Map<string, FieldHistoryRow[]>();
    for (const row of fieldHistoryOf.all(resourceType, JSON.stringify(ids)) as FieldHistoryRow[]) {
      const list = out.get(row.resourceId) ?? [];
      list.push({ ...row, approved: Boolean(row.approved) });
      out.set(row.resourceId, list);
    }
    return out;
  }

  function areaInput(id: string | null): AreaInput | null {
    const node = id ? areaTree.get(id) : undefined;
    return node
      ? { id: node.id, kind: node.kind, nameEl: node.nameEl, nameEn: node.nameEn, nutsCode: node.nutsCode }
      : null;
  }

  function toEnterpriseInput(row: EnterpriseRow): EnterpriseInput {
    const regionId = row.municipality_id
      ? ([row.municipality_id, ...areaTree.ancestors(row.municipality_id)].find(
          (id) => areaTree.get(id)?.kind === 'region',
        ) ?? null)
      : null;
    return {
      id: row.id,
      slug: row.slug,
      legalName: row.legal_name,
      tradeName: row.trade_name,
      legalForm: row.legal_form,
      afm: row.afm,
      gemiNumber: row.gemi_number,
      gemkaloNumber: row.gemkalo_number,
      foundedOn: row.founded_on,
      descriptionEl: row.description_el,
      descriptionEn: row.description_en,
      publicEmail: row.email_public ? row.email : null,
      publicPhone: row.phone_public ? row.phone : null,
      publicContactPerson: row.contact_person_public ? row.contact_person : null,
      website: row.website,
      logoUrl: publicLogoUrl(publicOrigin, row.logo_id),
      address: row.address_public
        ? { street: row.street_address, postalCode: row.postal_code, lat: row.lat, lon: row.lon }
        : null,
      municipality: areaInput(row.municipality_id),
      region: areaInput(regionId),
      verifiedAt: row.verified_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      history: historyFromTimestamps(row.created_at, row.updated_at, row.verified_at),
    };
  }

  function enterprises(ids: string[]): Map<string, EnterpriseInput> {
    const rows = enterprisesByIds.all(JSON.stringify(ids)) as EnterpriseRow[];
    const history = fieldHistory(
      'enterprise',
      rows.map((r) => r.id),
    );
    return new Map(
      rows.map((r) => {
        const input = toEnterpriseInput(r);
        const flags = {
          emailPublic: r.email_public === 1,
          phonePublic: r.phone_public === 1,
          contactPersonPublic: r.contact_person_public === 1,
          addressPublic: r.address_public === 1,
        };
        input.history = combineHistory(input.history, publishableHistory(history.get(r.id) ?? [], flags));
        return [r.id, input];
      }),
    );
  }

  /** Full service inputs in the order of `ids` (unknown or unpublished ids are skipped). */
  function services(ids: string[]): ServiceInput[] {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    const { cpv, categories } = referenceData();
    const group = <T extends { service_id: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.service_id, [...(map.get(row.service_id) ?? []), row]);
      return map;
    };
    const cpvBy = group(cpvOfServices.all(json) as Array<{ service_id: string; cpv_code: string }>);
    const categoriesBy = group(categoriesOfServices.all(json) as Array<{ service_id: string; category_id: string }>);
    const areasBy = group(areasOfServices.all(json) as Array<{ service_id: string; area_id: string }>);
    const rows = new Map((servicesByIds.all(json) as ServiceRow[]).map((r) => [r.id, r]));
    const history = fieldHistory('service', [...rows.keys()]);
    return ids.flatMap((id) => {
      const r = rows.get(id);
      if (!r) return [];
      return [
        {
          id: r.id,
          enterpriseId: r.enterprise_id,
          titleEl: r.title_el,
          titleEn: r.title_en,
          descriptionEl: r.description_el,
          descriptionEn: r.description_en,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
          cpv: (cpvBy.get(id) ?? []).flatMap((c) => (cpv.has(c.cpv_code) ? [cpv.get(c.cpv_code)!] : [])),
          categories: (categoriesBy.get(id) ?? []).flatMap((c) =>
            categories.has(c.category_id) ? [categories.get(c.category_id)!] : [],
          ),
          areas: (areasBy.get(id) ?? []).flatMap((a) => {
            const area = areaInput(a.area_id);
            return area ? [area] : [];
          }),
          history: combineHistory(
            historyFromTimestamps(r.created_at, r.updated_at),
            publishableHistory(history.get(id) ?? []),
          ),
        },
      ];
    });
  }

  /** Enterprise ids matching free text (accent/case-insensitive, Greeklish), best match first. */
  function searchEnterprises(text: string): string[] {
    return search({ q: text, page: 1, pageSize: 1_000_000 }).ids;
  }

  /**
   * Every word must match the service's own text, its CPV and category labels, or its
   * enterprise's names (so searching an enterprise's name lists its services), as the
   * search reads words: the start of a word in any spelling, or another inflection of it.
   */
  function serviceMatches(service: ServiceInput, enterprise: EnterpriseInput, words: QueryTerm[]): boolean {
    const text = [
      service.titleEl,
      service.titleEn,
      service.descriptionEl,
      service.descriptionEn,
      enterprise.legalName,
      enterprise.tradeName,
      ...service.cpv.flatMap((c) => [c.code, c.labelEl, c.labelEn]),
      ...service.categories.flatMap((c) => [c.nameEl, c.nameEn]),
    ]
      .filter(Boolean)
      .join(' ');
    return textMatchesQuery(words, text);
  }

  function filteredServiceIds(filter: ServiceFilter): string[] {
    const term = filter.taxonomyTermId ? referenceData().terms.get(filter.taxonomyTermId) : undefined;
    let cpvLow: string | null = null;
    let cpvHigh: string | null = null;
    if (term?.kind === 'cpv') {
      // A term matches services tagged with it or with any code under it (CPV hierarchy, DESIGN §2).
      const prefix = significantPrefix(term.code);
      cpvLow = prefix.padEnd(8, '0');
      cpvHigh = (Number(prefix) + 1).toString().padStart(prefix.length, '0').padEnd(8, '0');
    }
    const taxonomy =
      filter.taxonomyId === CPV_TAXONOMY_ID ? 'cpv' : filter.taxonomyId === CATEGORY_TAXONOMY_ID ? 'category' : null;
    // A well-formed id that names no term or taxonomy matches nothing.
    if ((filter.taxonomyTermId && !term) || (filter.taxonomyId && !taxonomy)) return [];
    let rows = serviceIds.all({
      organizationId: filter.organizationId ?? null,
      cpvLow,
      cpvHigh,
      categoryId: term?.kind === 'category' ? term.id : null,
      taxonomy,
      modifiedAfter: filter.modifiedAfter ?? null,
    }) as Array<{ id: string; enterpriseId: string }>;
    const words = queryTerms(filter.search ?? '');
    if (words.length > 0) {
      // The FTS index narrows to enterprises first; then each of their services is checked on its own text.
      const hits = new Set(searchEnterprises(filter.search!));
      rows = rows.filter((r) => hits.has(r.enterpriseId));
      const candidates = services(rows.map((r) => r.id));
      const owners = enterprises([...hits]);
      const matching = new Set(
        candidates
          .filter((s) => owners.has(s.enterpriseId) && serviceMatches(s, owners.get(s.enterpriseId)!, words))
          .map((s) => s.id),
      );
      rows = rows.filter((r) => matching.has(r.id));
    }
    return rows.map((r) => r.id);
  }

  /**
   * The CPV codes published services use, with their ancestors up to the division (so every
   * term's parent_id resolves). The taxonomy holds all 9,454 CPV codes; publishing each one in
   * every taxonomy_terms page and data package would make them heavy and say nothing about the
   * register.
   */
  function publishedCpvCodes(): Set<string> {
    const { cpv } = referenceData();
    const codes = new Set<string>();
    for (const used of usedCpv.pluck().all() as string[]) {
      for (let code: string | null = used; code && !codes.has(code); code = cpv.get(code)?.parentCode ?? null)
        codes.add(code);
    }
    return codes;
  }

  function filteredOrganizationIds(filter: { search?: string; modifiedAfter?: string }): string[] {
    const ids = organizationIds.pluck().all({ modifiedAfter: filter.modifiedAfter ?? null }) as string[];
    const search = filter.search ?? '';
    if (queryTerms(search).length === 0) return ids;
    const allowed = new Set(ids);
    return searchEnterprises(search).filter((id) => allowed.has(id));
  }

  return {
    referenceData,
    publishedCpvCodes,
    /**
     * Changes whenever anything the open data shows may have changed (rows added, updated,
     * verified, history, logos): the key under which built data packages are kept.
     */
    contentStamp: () => String(contentStamp.get()),
    enterprises,
    services,
    filteredServiceIds,
    filteredOrganizationIds,
    serviceIdsOfEnterprises: (ids: string[]) => serviceIdsOf.pluck().all(JSON.stringify(ids)) as string[],
    /** Forget cached CPV codes and categories (after reference data reloads). */
    reloadReference() {
      reference = null;
    },
  };
}

export type HsdsReadModel = ReturnType<typeof createHsdsReadModel>;
