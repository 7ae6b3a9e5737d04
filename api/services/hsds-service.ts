import { invalidParameter, NotFoundError } from '../domain/errors.ts';
import { queryTerms, textMatchesQuery } from '../domain/search-query.ts';
import {
  HSDS_VERSION,
  hsdsPage,
  mapCategoryTerm,
  mapCpvTerm,
  mapOrganization,
  mapOrganizationSummary,
  mapService,
  mapServiceAtLocation,
  mapServiceSummary,
  mapTaxonomies,
  serviceAtLocationId,
  type HsdsLang,
  type HsdsObject,
  type MappingContext,
} from '../domain/hsds-mapping.ts';
import { msg } from '../domain/messages/index.ts';
import type { HsdsReadModel, ServiceFilter } from '../repositories/sqlite/hsds-read-model.ts';
import { buildDatapackage } from './hsds-datapackage.ts';
import type { Site } from './logger.ts';

/** Paging and search of every HSDS list. */
export interface HsdsPageQuery {
  page: number;
  per_page: number;
  search?: string;
  lang?: HsdsLang;
}

export interface HsdsServiceQuery extends HsdsPageQuery {
  taxonomy_term_id?: string;
  taxonomy_id?: string;
  organization_id?: string;
  modified_after?: string;
}

function parseModifiedAfter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw invalidParameter('modified_after', msg('hsds.modified_after'));
  return date.toISOString();
}

function paginate<T>(items: T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The Open Referral HSDS 3.0 view of the register (schema/openapi.json of the standard):
 * published enterprises and their active services only, mapped by domain/hsds-mapping.ts.
 */
export function createHsdsService({ readModel, site }: { readModel: HsdsReadModel; site: Site }) {
  const context = (lang: HsdsLang | undefined): MappingContext => ({
    lang: lang ?? 'el',
    publicOrigin: site.publicOrigin,
  });

  /** Full service objects for ids, with their organizations, in order. */
  function fullServices(ids: string[], ctx: MappingContext, shape: 'summary' | 'full'): HsdsObject[] {
    const services = readModel.services(ids);
    const owners = readModel.enterprises([...new Set(services.map((s) => s.enterpriseId))]);
    return services.flatMap((service) => {
      const enterprise = owners.get(service.enterpriseId);
      if (!enterprise) return [];
      return [shape === 'full' ? mapService(service, enterprise, ctx) : mapServiceSummary(service, enterprise, ctx)];
    });
  }

  function organizationsWithServices(ids: string[], ctx: MappingContext, fullService: boolean): HsdsObject[] {
    const enterprises = readModel.enterprises(ids);
    const serviceObjects = fullServices(readModel.serviceIdsOfEnterprises(ids), ctx, fullService ? 'full' : 'summary');
    return ids.flatMap((id) => {
      const enterprise = enterprises.get(id);
      if (!enterprise) return [];
      const own = serviceObjects
        .filter((s) => s.organization_id === id)
        .map((s) => (fullService ? s : { id: s.id, name: s.name, status: s.status }));
      return [mapOrganization(enterprise, own, ctx)];
    });
  }

  function serviceFilter(query: HsdsServiceQuery): ServiceFilter {
    return {
      search: query.search,
      taxonomyTermId: query.taxonomy_term_id?.toLowerCase(),
      taxonomyId: query.taxonomy_id?.toLowerCase(),
      organizationId: query.organization_id?.toLowerCase(),
      modifiedAfter: parseModifiedAfter(query.modified_after),
    };
  }

  /**
   * The terms the register publishes: every directory category, and the CPV codes its published
   * services use with their ancestors (readModel.publishedCpvCodes), not all 9,454.
   */
  function publishedTerms(ctx: MappingContext): HsdsObject[] {
    const { cpv, categories } = readModel.referenceData();
    const used = readModel.publishedCpvCodes();
    const cpvTerms = [...cpv.values()].filter((c) => used.has(c.code)).map((c) => mapCpvTerm(c, ctx, false));
    return [...[...categories.values()].map((c) => mapCategoryTerm(c, ctx, false)), ...cpvTerms];
  }

  /** A service at a location exists for services of enterprises with a public address. */
  function servicesAtLocations(ids: string[], ctx: MappingContext): HsdsObject[] {
    const services = readModel.services(ids);
    const owners = readModel.enterprises([...new Set(services.map((s) => s.enterpriseId))]);
    return services.flatMap((service) => {
      const enterprise = owners.get(service.enterpriseId);
      const sal = enterprise ? mapServiceAtLocation(service, enterprise, ctx, true) : null;
      return sal ? [sal] : [];
    });
  }

  return {
    root() {
      return {
        version: HSDS_VERSION,
        profile: 'https://docs.openreferral.org/en/3.0/',
        openapi_url: `${site.publicOrigin}/openapi.json`,
        datapackage_url: `${site.publicOrigin}/hsds/datapackage.zip`,
        description:
          'Open Referral HSDS 3.0 view of the register of social cooperative enterprises. CPV codes and the directory categories are taxonomies. ' +
          '`metadata` is the change history of public fields (field name, previous and replacement value, a role label for who changed it, never a person), plus created/updated/verified timestamps where no such change explains them. Greek by default; ?lang=en for English.',
      };
    },

    services(query: HsdsServiceQuery) {
      const ids = readModel.filteredServiceIds(serviceFilter(query));
      return hsdsPage(
        fullServices(paginate(ids, query.page, query.per_page), context(query.lang), 'summary'),
        ids.length,
        query.page,
        query.per_page,
      );
    },

    service(id: string, lang: HsdsLang | undefined): HsdsObject {
      const [service] = fullServices([id.toLowerCase()], context(lang), 'full');
      if (!service) throw new NotFoundError('service', msg('hsds.no_service', { id }));
      return service;
    },

    organizations(query: HsdsPageQuery & { modified_after?: string }) {
      const { page, per_page: perPage, search } = query;
      const ids = readModel.filteredOrganizationIds({
        search,
        modifiedAfter: parseModifiedAfter(query.modified_after),
      });
      const ctx = context(query.lang);
      const enterprises = readModel.enterprises(paginate(ids, page, perPage));
      const contents = paginate(ids, page, perPage).flatMap((id) => {
        const enterprise = enterprises.get(id);
        return enterprise ? [mapOrganizationSummary(enterprise, ctx)] : [];
      });
      return hsdsPage(contents, ids.length, page, perPage);
    },

    organization(id: string, lang: HsdsLang | undefined, fullService: boolean): HsdsObject {
      const [organization] = organizationsWithServices([id.toLowerCase()], context(lang), fullService);
      if (!organization) throw new NotFoundError('organization', msg('hsds.no_organization', { id }));
      return organization;
    },

    taxonomies(query: HsdsPageQuery) {
      // The same reading of the words as every search (search-query.ts): accents, Greeklish, inflection.
      const words = queryTerms(query.search ?? '');
      const all = mapTaxonomies(context(query.lang)).filter((t) =>
        textMatchesQuery(words, `${text(t.name)} ${text(t.description)}`),
      );
      return hsdsPage(paginate(all, query.page, query.per_page), all.length, query.page, query.per_page);
    },

    taxonomy(id: string, lang: HsdsLang | undefined): HsdsObject {
      const taxonomy = mapTaxonomies(context(lang)).find((t) => t.id === id.toLowerCase());
      if (!taxonomy) throw new NotFoundError('taxonomy', msg('hsds.no_taxonomy', { id }));
      return taxonomy;
    },

    taxonomyTerms(query: HsdsPageQuery & { taxonomy_id?: string; parent_id?: string; top_only?: boolean }) {
      const {
        page,
        per_page: perPage,
        search,
        taxonomy_id: taxonomyId,
        parent_id: parentId,
        top_only: topOnly,
      } = query;
      const words = queryTerms(search ?? '');
      const terms = publishedTerms(context(query.lang)).filter((term) => {
        if (taxonomyId && term.taxonomy_id !== taxonomyId.toLowerCase()) return false;
        if (parentId && term.parent_id !== parentId.toLowerCase()) return false;
        if (topOnly && term.parent_id) return false;
        return textMatchesQuery(words, `${text(term.code)} ${text(term.name)}`);
      });
      return hsdsPage(paginate(terms, page, perPage), terms.length, page, perPage);
    },

    /** One term by id: any CPV code resolves (reference data), not only the published ones. */
    taxonomyTerm(id: string, lang: HsdsLang | undefined): HsdsObject {
      const ref = readModel.referenceData();
      const found = ref.terms.get(id.toLowerCase());
      const ctx = context(lang);
      const term =
        found?.kind === 'cpv'
          ? mapCpvTerm(ref.cpv.get(found.code)!, ctx, true)
          : found?.kind === 'category'
            ? mapCategoryTerm(ref.categories.get(found.id)!, ctx, true)
            : undefined;
      if (!term) throw new NotFoundError('taxonomy_term', msg('hsds.no_taxonomy_term', { id }));
      return term;
    },

    serviceAtLocations(query: HsdsServiceQuery) {
      // Only services whose enterprise has a public location have one; filter before paginating.
      const all = servicesAtLocations(readModel.filteredServiceIds(serviceFilter(query)), context(query.lang));
      return hsdsPage(paginate(all, query.page, query.per_page), all.length, query.page, query.per_page);
    },

    serviceAtLocation(id: string, lang: HsdsLang | undefined): HsdsObject {
      const wanted = id.toLowerCase();
      // Ids are derived from the service id, so look the service up by scanning published services' derived ids.
      const serviceId = readModel.filteredServiceIds({}).find((sid) => serviceAtLocationId(sid) === wanted);
      const [sal] = serviceId ? servicesAtLocations([serviceId], context(lang)) : [];
      if (!sal) throw new NotFoundError('service_at_location', msg('hsds.no_service_at_location', { id }));
      return sal;
    },

    /** The whole directory as a tabular HSDS 3.0 data package (CSV files + datapackage.json, zipped). */
    /** A key that changes whenever the published data may have changed (for caches of built responses). */
    contentStamp: () => readModel.contentStamp(),

    datapackage(lang: HsdsLang | undefined) {
      const ctx = context(lang);
      const zip = buildDatapackage({
        organizations: organizationsWithServices(readModel.filteredOrganizationIds({}), ctx, false).map(
          ({ services: _s, ...o }) => o as HsdsObject,
        ),
        services: fullServices(readModel.filteredServiceIds({}), ctx, 'full').map(
          ({ organization: _o, ...s }) => s as HsdsObject,
        ),
        taxonomies: mapTaxonomies(ctx),
        taxonomyTerms: publishedTerms(ctx),
        publicOrigin: site.publicOrigin,
        lang: ctx.lang,
        created: new Date().toISOString(),
      });
      return { fileName: `koinsep-hsds-${ctx.lang}.zip`, body: Buffer.from(zip) };
    },
  };
}
