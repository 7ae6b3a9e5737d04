import { createHash } from 'node:crypto';
import type { AreaKind } from './areas.ts';
import type { LegalForm } from './legal-forms.ts';
import { formatCpv, levelNumber } from './cpv.ts';
import { legalFormInfo } from './legal-forms.ts';
import { ACTOR_LABELS, type HistoryEntry } from './hsds-history.ts';
import type { Lang } from './languages.ts';

/**
 * Maps the register onto Open Referral HSDS 3.0 (https://docs.openreferral.org/en/3.0/):
 * enterprise → organization, service → service, CPV codes and our categories → taxonomies
 * with taxonomy terms linked through attributes. Pure: rows in, HSDS objects out.
 *
 * Ids: enterprises and services already have UUIDs; every other HSDS object gets a
 * name-based UUID v5 (RFC 9562) from HSDS_NAMESPACE, so the same term, identifier or
 * service area keeps its id across exports and machines (`cpv:90910000` → always the same id).
 */

export const HSDS_VERSION = '3.0';
/** Fixed once for this project (a random v4 UUID): changing it changes every derived id. */
const HSDS_NAMESPACE = '22643fe3-e9b3-489b-b3a1-36540d85617d';

export type HsdsLang = Lang;

export function hsdsUuid(name: string): string {
  const namespace = Buffer.from(HSDS_NAMESPACE.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const CPV_TAXONOMY_ID = hsdsUuid('taxonomy:cpv');
export const CATEGORY_TAXONOMY_ID = hsdsUuid('taxonomy:koinsep-categories');
export const cpvTermId = (code: string) => hsdsUuid(`cpv:${code}`);
export const categoryTermId = (categoryId: string) => hsdsUuid(`category:${categoryId}`);
const locationId = (enterpriseId: string) => hsdsUuid(`location:${enterpriseId}`);
export const serviceAtLocationId = (serviceId: string) => hsdsUuid(`service_at_location:${serviceId}`);

// ---- Inputs (plain rows, as the repository reads them) ----

export interface CpvInput {
  code: string;
  checkDigit: string | null;
  labelEl: string;
  labelEn: string;
  parentCode: string | null;
}

export interface CategoryInput {
  id: string;
  nameEl: string;
  nameEn: string;
  cpvPrefixes: string[];
}

export interface AreaInput {
  id: string;
  kind: AreaKind;
  nameEl: string;
  nameEn: string;
  nutsCode: string | null;
}

export interface EnterpriseInput {
  id: string;
  slug: string;
  legalName: string;
  tradeName: string | null;
  legalForm: LegalForm;
  afm: string;
  gemiNumber: string | null;
  gemkaloNumber: string | null;
  foundedOn: string | null;
  descriptionEl: string;
  descriptionEn: string | null;
  /** Only the contact data the enterprise marked public (null otherwise). */
  publicEmail: string | null;
  publicPhone: string | null;
  publicContactPerson: string | null;
  website: string | null;
  /** Absolute URL of the approved logo (the public profile's `logoUrl`), or null. */
  logoUrl: string | null;
  /** Null unless the address is public. */
  address: { street: string | null; postalCode: string | null; lat: number | null; lon: number | null } | null;
  municipality: AreaInput | null;
  /** The municipality's region (NUTS 2), for HSDS `state_province`. */
  region: AreaInput | null;
  verifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
  history: HistoryEntry[];
}

export interface ServiceInput {
  id: string;
  enterpriseId: string;
  titleEl: string;
  titleEn: string | null;
  descriptionEl: string;
  descriptionEn: string | null;
  createdAt: string;
  updatedAt: string;
  cpv: CpvInput[];
  categories: CategoryInput[];
  areas: AreaInput[];
  history: HistoryEntry[];
}

export interface MappingContext {
  lang: HsdsLang;
  /** Absolute origin, e.g. https://koinsep.example.gr (public pages and API links). */
  publicOrigin: string;
}

// ---- Outputs (the HSDS 3.0 fields we fill; see schema/*.json) ----

type Json = Record<string, unknown>;
export type HsdsObject = Json & { id: string };

const pick = (lang: HsdsLang, el: string | null | undefined, en: string | null | undefined): string =>
  (lang === 'en' ? en || el : el || en) ?? '';

const LANGUAGE_NAMES = { el: { el: 'Ελληνικά', en: 'Greek' }, en: { el: 'Αγγλικά', en: 'English' } } as const;

/** Drops undefined values so optional HSDS fields are absent rather than null (the schemas allow no null). */
function compact<T extends Json>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

function isHttpUrl(value: string | null): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** HSDS wants datetimes with milliseconds and a zone (`last_modified`). */
function hsdsDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

function pageUrl(ctx: MappingContext, slug: string): string {
  return `${ctx.publicOrigin}/enterprises/${encodeURIComponent(slug)}${ctx.lang === 'en' ? '?lang=en' : ''}`;
}

/**
 * `metadata` rows (HSDS: provenance of changes). Every field is required by the schema,
 * so unknown values are empty strings, never invented.
 */
function mapMetadata(
  resourceId: string,
  resourceType: string,
  history: HistoryEntry[],
  lang: HsdsLang = 'el',
): HsdsObject[] {
  return history.map((entry) => ({
    id: hsdsUuid(
      entry.key
        ? `metadata:${entry.key}`
        : `metadata:${resourceType}:${resourceId}:${entry.action}:${entry.at}:${entry.fieldName}`,
    ),
    resource_id: resourceId,
    resource_type: resourceType,
    // HSDS types last_action_date as a date (datapackage_type: date).
    last_action_date: hsdsDateTime(entry.at).slice(0, 10),
    last_action_type: entry.action,
    field_name: entry.fieldName,
    previous_value: entry.previousValue,
    replacement_value: entry.replacementValue,
    updated_by: ACTOR_LABELS[lang][entry.updatedBy],
  }));
}

/**
 * Record-level history from timestamps alone (for records or changes the field history
 * does not cover, e.g. imported or seeded data): when the record was created, last updated,
 * and verified by staff. Field names are empty because the timestamps do not say which
 * fields changed.
 */
export function historyFromTimestamps(
  createdAt: string,
  updatedAt: string,
  verifiedAt: string | null = null,
): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    { at: createdAt, action: 'create', fieldName: '', previousValue: '', replacementValue: '', updatedBy: '' },
  ];
  if (updatedAt !== createdAt)
    entries.push({
      at: updatedAt,
      action: 'update',
      fieldName: '',
      previousValue: '',
      replacementValue: '',
      updatedBy: '',
    });
  if (verifiedAt)
    entries.push({
      at: verifiedAt,
      action: 'verify',
      fieldName: 'verified_at',
      previousValue: '',
      replacementValue: verifiedAt,
      updatedBy: 'municipality',
    });
  return entries;
}

// ---- Taxonomies ----

export function mapTaxonomies(ctx: MappingContext): HsdsObject[] {
  const el = ctx.lang === 'el';
  return [
    {
      id: CPV_TAXONOMY_ID,
      name: 'CPV',
      description: el
        ? 'Κοινό Λεξιλόγιο για τις Δημόσιες Συμβάσεις (Κανονισμός (ΕΚ) 213/2008): κωδικοί των υπηρεσιών που προσφέρει κάθε επιχείρηση.'
        : 'Common Procurement Vocabulary (Regulation (EC) 213/2008): codes of the services each enterprise offers.',
      uri: 'http://data.europa.eu/cpv/cpv',
      version: '2008',
    },
    {
      id: CATEGORY_TAXONOMY_ID,
      name: el ? 'Κατηγορίες υπηρεσιών του Μητρώου' : 'Directory service categories',
      description: el
        ? 'Οι κατηγορίες με τις οποίες το Μητρώο ομαδοποιεί τις υπηρεσίες· κάθε κατηγορία αντιστοιχεί σε προθέματα κωδικών CPV.'
        : 'The categories the directory groups services by; each maps to CPV code prefixes.',
      uri: `${ctx.publicOrigin}/api/v1/categories${el ? '' : '?lang=en'}`,
      version: '1',
    },
  ];
}

export function mapCpvTerm(cpv: CpvInput, ctx: MappingContext, withTaxonomy = false): HsdsObject {
  const name = pick(ctx.lang, cpv.labelEl, cpv.labelEn);
  const code = formatCpv(cpv.code, cpv.checkDigit);
  return compact({
    id: cpvTermId(cpv.code),
    code,
    name,
    description: `CPV ${code}: ${name} (${ctx.lang === 'el' ? 'επίπεδο' : 'level'} ${levelNumber(cpv.code)})`,
    parent_id: cpv.parentCode ? cpvTermId(cpv.parentCode) : undefined,
    taxonomy: 'CPV',
    taxonomy_detail: withTaxonomy ? mapTaxonomies(ctx)[0] : undefined,
    language: ctx.lang,
    taxonomy_id: CPV_TAXONOMY_ID,
  });
}

export function mapCategoryTerm(category: CategoryInput, ctx: MappingContext, withTaxonomy = false): HsdsObject {
  const name = pick(ctx.lang, category.nameEl, category.nameEn);
  const prefixes = category.cpvPrefixes.join(', ');
  return compact({
    id: categoryTermId(category.id),
    code: category.id,
    name,
    description:
      ctx.lang === 'el'
        ? `${name}: κατηγορία του Μητρώου (προθέματα CPV ${prefixes}).`
        : `${name}: directory category (CPV prefixes ${prefixes}).`,
    taxonomy: ctx.lang === 'el' ? 'Κατηγορίες υπηρεσιών του Μητρώου' : 'Directory service categories',
    taxonomy_detail: withTaxonomy ? mapTaxonomies(ctx)[1] : undefined,
    language: ctx.lang,
    taxonomy_id: CATEGORY_TAXONOMY_ID,
  });
}

// ---- Organizations ----

function organizationIdentifiers(enterprise: EnterpriseInput): HsdsObject[] {
  const form = legalFormInfo(enterprise.legalForm);
  const rows: Array<[type: string, scheme: string, identifier: string | null]> = [
    ['afm', 'ΑΦΜ: Greek tax identification (VAT) number, AADE', enterprise.afm],
    [
      'gemkalo',
      'ΓΕΜΚΑΛΟ: General Registry of the Social and Solidarity Economy (kalo.yeka.gr)',
      enterprise.gemkaloNumber,
    ],
    ['gemi', 'ΓΕΜΗ: General Commercial Registry (businessportal.gr)', enterprise.gemiNumber],
    ['legal_form', `Legal form (${form.reference})`, form.id],
  ];
  return rows
    .filter((row): row is [string, string, string] => Boolean(row[2]))
    .map(([type, scheme, identifier]) => ({
      id: hsdsUuid(`organization_identifier:${enterprise.id}:${type}`),
      organization_id: enterprise.id,
      identifier_scheme: scheme,
      identifier_type: type,
      identifier,
    }));
}

function mapLocation(enterprise: EnterpriseInput, ctx: MappingContext): HsdsObject | null {
  const address = enterprise.address;
  if (!address) return null;
  const id = locationId(enterprise.id);
  const city = enterprise.municipality
    ? pick(ctx.lang, enterprise.municipality.nameEl, enterprise.municipality.nameEn)
    : null;
  const region = enterprise.region ? pick(ctx.lang, enterprise.region.nameEl, enterprise.region.nameEn) : null;
  const addresses =
    address.street && address.postalCode && city && region
      ? [
          {
            id: hsdsUuid(`address:${enterprise.id}`),
            location_id: id,
            address_1: address.street,
            city,
            state_province: region,
            postal_code: address.postalCode,
            country: 'GR', // ISO 3166-1 alpha-2 (EU documents use EL; HSDS asks for ISO)
            address_type: 'physical',
          },
        ]
      : [];
  if (addresses.length === 0 && (address.lat === null || address.lon === null)) return null;
  return compact({
    id,
    location_type: 'physical',
    organization_id: enterprise.id,
    name: enterprise.tradeName || enterprise.legalName,
    latitude: address.lat ?? undefined,
    longitude: address.lon ?? undefined,
    addresses,
  });
}

/** The one-to-one fields (`/organizations` list, compiled/organization_list.json). */
export function mapOrganizationSummary(enterprise: EnterpriseInput, ctx: MappingContext): HsdsObject {
  const year = enterprise.foundedOn ? Number(enterprise.foundedOn.slice(0, 4)) : NaN;
  return compact({
    id: enterprise.id,
    name: enterprise.tradeName || enterprise.legalName,
    alternate_name: enterprise.tradeName ? enterprise.legalName : undefined,
    description: pick(ctx.lang, enterprise.descriptionEl, enterprise.descriptionEn),
    email: enterprise.publicEmail ?? undefined,
    website: isHttpUrl(enterprise.website) ? enterprise.website : undefined,
    tax_id: enterprise.afm,
    year_incorporated: Number.isFinite(year) ? year : undefined,
    legal_status:
      ctx.lang === 'el' ? legalFormInfo(enterprise.legalForm).nameEl : legalFormInfo(enterprise.legalForm).nameEn,
    logo: enterprise.logoUrl ?? undefined,
    uri: pageUrl(ctx, enterprise.slug),
  });
}

/** The fully nested organization (`/organizations/{id}`), with its services as summaries. */
export function mapOrganization(enterprise: EnterpriseInput, services: HsdsObject[], ctx: MappingContext): HsdsObject {
  const location = mapLocation(enterprise, ctx);
  return {
    ...mapOrganizationSummary(enterprise, ctx),
    organization_identifiers: organizationIdentifiers(enterprise),
    phones: enterprise.publicPhone
      ? [{ id: hsdsUuid(`phone:${enterprise.id}`), organization_id: enterprise.id, number: enterprise.publicPhone }]
      : [],
    contacts: enterprise.publicContactPerson
      ? [
          compact({
            id: hsdsUuid(`contact:${enterprise.id}`),
            organization_id: enterprise.id,
            name: enterprise.publicContactPerson,
            email: enterprise.publicEmail ?? undefined,
          }),
        ]
      : [],
    locations: location ? [location] : [],
    metadata: mapMetadata(enterprise.id, 'organization', enterprise.history, ctx.lang),
    services,
  };
}

// ---- Services ----

function mapLanguage(code: HsdsLang, ctx: MappingContext, serviceId: string): HsdsObject {
  return {
    id: hsdsUuid(`language:${serviceId}:${code}`),
    service_id: serviceId,
    name: LANGUAGE_NAMES[code][ctx.lang],
    code,
    note:
      ctx.lang === 'el'
        ? 'Γλώσσα στην οποία είναι διαθέσιμες οι πληροφορίες του Μητρώου για αυτή την εγγραφή.'
        : "A language in which the directory's information about this record is available.",
  };
}

/** Languages the service's texts exist in: Greek always (the register's language), English when written. */
function serviceLanguages(service: ServiceInput): HsdsLang[] {
  return service.titleEn || service.descriptionEn ? ['el', 'en'] : ['el'];
}

function serviceAttributes(service: ServiceInput, ctx: MappingContext, nested: boolean): HsdsObject[] {
  const link = (termId: string, term: HsdsObject, value: string) =>
    compact({
      id: hsdsUuid(`attribute:${service.id}:${termId}`),
      link_id: service.id,
      taxonomy_term_id: termId,
      link_type: 'service_classification',
      link_entity: 'service',
      value,
      taxonomy_term: nested ? term : undefined,
    });
  return [
    ...service.cpv.map((cpv) => link(cpvTermId(cpv.code), mapCpvTerm(cpv, ctx), formatCpv(cpv.code, cpv.checkDigit))),
    ...service.categories.map((c) => link(categoryTermId(c.id), mapCategoryTerm(c, ctx), c.id)),
  ];
}

const AREA_KIND_NAMES: Record<AreaKind, { el: string; en: string }> = {
  country: { el: 'Χώρα', en: 'Country' },
  region: { el: 'Περιφέρεια (NUTS 2)', en: 'Region (NUTS 2)' },
  regional_unit: { el: 'Περιφερειακή ενότητα (NUTS 3)', en: 'Regional unit (NUTS 3)' },
  municipality: { el: 'Δήμος', en: 'Municipality' },
};

function mapServiceArea(service: ServiceInput, area: AreaInput, ctx: MappingContext): HsdsObject {
  const kind = AREA_KIND_NAMES[area.kind][ctx.lang];
  return compact({
    id: hsdsUuid(`service_area:${service.id}:${area.id}`),
    service_id: service.id,
    name: pick(ctx.lang, area.nameEl, area.nameEn),
    description: area.nutsCode ? `${kind}, NUTS ${area.nutsCode}` : kind,
  });
}

/** `assured_date`: the day staff last verified the enterprise profile, which covers its services. */
function assuredDate(enterprise: EnterpriseInput): string | undefined {
  return enterprise.verifiedAt ? enterprise.verifiedAt.slice(0, 10) : undefined;
}

/** The one-to-one fields (`/services` list, compiled/service_list.json), with the organization summary. */
export function mapServiceSummary(service: ServiceInput, enterprise: EnterpriseInput, ctx: MappingContext): HsdsObject {
  const lastModified = service.updatedAt > enterprise.updatedAt ? service.updatedAt : enterprise.updatedAt;
  return compact({
    id: service.id,
    organization_id: enterprise.id,
    name: pick(ctx.lang, service.titleEl, service.titleEn),
    alternate_name: ctx.lang === 'el' ? service.titleEn || undefined : service.titleEn ? service.titleEl : undefined,
    description: pick(ctx.lang, service.descriptionEl, service.descriptionEn) || undefined,
    url: `${pageUrl(ctx, enterprise.slug)}#service-${service.id}`,
    email: enterprise.publicEmail ?? undefined,
    status: 'active',
    assured_date: assuredDate(enterprise),
    last_modified: hsdsDateTime(lastModified),
    organization: mapOrganizationSummary(enterprise, ctx),
  });
}

/** The service_at_location of a service delivered from the enterprise's public address (if any). */
export function mapServiceAtLocation(
  service: ServiceInput,
  enterprise: EnterpriseInput,
  ctx: MappingContext,
  withService: boolean,
): HsdsObject | null {
  const location = mapLocation(enterprise, ctx);
  if (!location) return null;
  return compact({
    id: serviceAtLocationId(service.id),
    service_id: service.id,
    location_id: location.id,
    location,
    service: withService ? mapServiceSummary(service, enterprise, ctx) : undefined,
  });
}

/** The fully nested service (`/services/{id}`, compiled/service.json). */
export function mapService(service: ServiceInput, enterprise: EnterpriseInput, ctx: MappingContext): HsdsObject {
  const summary = mapServiceSummary(service, enterprise, ctx);
  const serviceAtLocation = mapServiceAtLocation(service, enterprise, ctx, false);
  return {
    ...summary,
    organization: mapOrganization(enterprise, [], ctx),
    attributes: serviceAttributes(service, ctx, true),
    service_areas: service.areas.map((area) => mapServiceArea(service, area, ctx)),
    languages: serviceLanguages(service).map((code) => mapLanguage(code, ctx, service.id)),
    service_at_locations: serviceAtLocation ? [serviceAtLocation] : [],
    phones: [],
    contacts: [],
    metadata: mapMetadata(service.id, 'service', service.history, ctx.lang),
  };
}

/** Pagination envelope of HSDS 3.0 openapi.json `#/components/schemas/Page`. */
export function hsdsPage<T>(contents: T[], totalItems: number, pageNumber: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(totalItems / perPage));
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
