import type { Insertable, Kysely } from 'kysely';
import type {
  ComplianceDocumentsTable,
  ContractsTable,
  Database,
  EnterpriseActivityCodesTable,
  EnterprisesTable,
  ServiceAreasTable,
  ServiceCategoriesTable,
  ServiceCpvCodesTable,
  ServicesTable,
} from '../../db/schema.ts';
import { stableUuid } from '../stable-uuid.ts';
import { buildDemoContracts } from './contracts.ts';
import { addDays, assertIsoDate, timestampOn } from './dates.ts';
import { buildDemoDocuments } from './documents.ts';
import { demoEnterprises } from './enterprises.ts';
import { demoAfm, demoGemiNumber, demoGemkaloNumber, demoSpread } from './identifiers.ts';
import { DEMO_STATUTES } from './statutes.ts';
import { demoServices } from './services.ts';
import type { DemoEnterprise } from './types.ts';

export interface LoadDemoDataOptions {
  /** ISO date (yyyy-mm-dd) that document validity, contracts and timestamps are relative to. */
  today: string;
}

export interface LoadDemoDataResult {
  enterprises: number;
  services: number;
}

/** Stable ids: the same demo row gets the same UUID on every run and machine. */
export const demoIds = {
  enterprise: (slug: string) => stableUuid(`enterprise:${slug}`),
  service: (slug: string, key: string) => stableUuid(`service:${slug}:${key}`),
  document: (slug: string, kind: string) => stableUuid(`document:${slug}:${kind}`),
  contract: (key: string) => stableUuid(`contract:${key}`),
};

const CHUNK = 50;

async function insertChunked<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Kysely cannot narrow a generic table name's row type; the rows were typed by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/** When the profile appeared in the directory and when it last changed, relative to today. */
function profileDates(enterprise: DemoEnterprise, today: string) {
  const verifiedAgo = enterprise.verifiedDaysAgo ?? 0;
  const createdAgo = verifiedAgo + 20 + demoSpread('created', enterprise.slug, 240);
  const updatedAgo = Math.min(createdAgo, verifiedAgo + demoSpread('updated', enterprise.slug, 12));
  return {
    createdAt: timestampOn(addDays(today, -createdAgo), 9, 15),
    updatedAt: timestampOn(addDays(today, -updatedAgo), 16, 40),
    verifiedAt:
      enterprise.verifiedDaysAgo === null ? null : timestampOn(addDays(today, -enterprise.verifiedDaysAgo), 11, 30),
  };
}

const statutesFact = (value: boolean | null | undefined) =>
  value === null || value === undefined ? null : value ? 1 : 0;

function enterpriseRow(enterprise: DemoEnterprise, today: string): Insertable<EnterprisesTable> {
  const dates = profileDates(enterprise, today);
  const statutes = DEMO_STATUTES[enterprise.slug];
  return {
    id: demoIds.enterprise(enterprise.slug),
    slug: enterprise.slug,
    legal_name: enterprise.legalName,
    trade_name: enterprise.tradeName,
    legal_form: enterprise.legalForm,
    afm: demoAfm(enterprise.slug),
    gemi_number: demoGemiNumber(enterprise.slug),
    gemkalo_number: enterprise.gemkaloStatus === 'unknown' ? null : demoGemkaloNumber(enterprise.slug),
    gemkalo_status: enterprise.gemkaloStatus,
    founded_on: enterprise.foundedOn,
    description_el: enterprise.descriptionEl,
    description_en: enterprise.descriptionEn,
    email: enterprise.contact.email,
    email_public: enterprise.contact.public.email ? 1 : 0,
    phone: enterprise.contact.phone,
    phone_public: enterprise.contact.public.phone ? 1 : 0,
    contact_person: enterprise.contact.person,
    contact_person_public: enterprise.contact.public.person ? 1 : 0,
    website: enterprise.website,
    street_address: enterprise.address.street,
    postal_code: enterprise.address.postalCode,
    address_public: enterprise.address.public ? 1 : 0,
    municipality_id: enterprise.address.municipalityId,
    lat: enterprise.address.lat,
    lon: enterprise.address.lon,
    members_count: enterprise.members,
    employees_count: enterprise.employees,
    disadvantaged_employees_count: enterprise.disadvantaged,
    status: enterprise.status,
    verified_at: dates.verifiedAt,
    statutes_integration_purpose: statutesFact(statutes?.integrationPurpose),
    statutes_public_service_mission: statutesFact(statutes?.publicServiceMission),
    statutes_profits_reinvested: statutesFact(statutes?.profitsReinvested),
    statutes_participatory_governance: statutesFact(statutes?.participatoryGovernance),
    statutes_verified_at:
      statutes?.verifiedDaysAgo != null ? timestampOn(addDays(today, -statutes.verifiedDaysAgo), 10, 20) : null,
    version: 1,
    created_at: dates.createdAt,
    updated_at: dates.updatedAt,
  };
}

/**
 * Loads the fictional demo enterprises with their activity codes, services, compliance
 * documents and contracts, in one transaction — only into an empty directory (an
 * enterprise already present means a real or earlier demo dataset: nothing is touched
 * and zeros are returned). Reference data must be loaded first. The search index is
 * left to the caller.
 */
export async function loadDemoData(db: Kysely<Database>, options: LoadDemoDataOptions): Promise<LoadDemoDataResult> {
  const { today } = options;
  assertIsoDate(today);

  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('enterprises').select('id').limit(1).executeTakeFirst();
    if (existing) return { enterprises: 0, services: 0 };

    const enterprises = demoEnterprises.map((enterprise) => enterpriseRow(enterprise, today));
    const bySlug = new Map(demoEnterprises.map((enterprise, i) => [enterprise.slug, enterprises[i]!]));
    const enterpriseOf = (slug: string) => {
      const row = bySlug.get(slug);
      if (!row) throw new Error(`Demo data refers to an unknown enterprise: ${slug}`);
      return row;
    };

    const activityCodes: Insertable<EnterpriseActivityCodesTable>[] = demoEnterprises.flatMap((enterprise) =>
      enterprise.activityCodes.flatMap((group) =>
        group.codes.map((code, index) => ({
          enterprise_id: demoIds.enterprise(enterprise.slug),
          code,
          version: group.version,
          is_primary: index === 0 ? 1 : 0,
        })),
      ),
    );

    const services: Insertable<ServicesTable>[] = [];
    const serviceCpv: Insertable<ServiceCpvCodesTable>[] = [];
    const serviceCategories: Insertable<ServiceCategoriesTable>[] = [];
    const serviceAreas: Insertable<ServiceAreasTable>[] = [];
    for (const service of demoServices) {
      const enterprise = enterpriseOf(service.enterpriseSlug);
      const id = demoIds.service(service.enterpriseSlug, service.key);
      services.push({
        id,
        enterprise_id: enterprise.id,
        title_el: service.titleEl,
        title_en: service.titleEn,
        description_el: service.descriptionEl,
        description_en: service.descriptionEn,
        status: service.status,
        version: 1,
        created_at: enterprise.created_at,
        updated_at: enterprise.updated_at,
      });
      for (const cpv of service.cpv) serviceCpv.push({ service_id: id, cpv_code: cpv });
      for (const category of service.categories) serviceCategories.push({ service_id: id, category_id: category });
      for (const area of service.areas) serviceAreas.push({ service_id: id, area_id: area });
    }

    const documents: Insertable<ComplianceDocumentsTable>[] = buildDemoDocuments(today).map((document) => ({
      id: demoIds.document(document.enterpriseSlug, document.kind),
      enterprise_id: enterpriseOf(document.enterpriseSlug).id,
      kind: document.kind,
      issued_on: document.issuedOn,
      valid_until: document.validUntil,
      reference_number: document.referenceNumber,
      verified_at: document.verified ? timestampOn(earlier(addDays(document.issuedOn, 3), today), 12, 10) : null,
      created_at: timestampOn(earlier(addDays(document.issuedOn, 1), today), 10, 5),
    }));

    const contracts: Insertable<ContractsTable>[] = buildDemoContracts(today).map((contract) => ({
      id: demoIds.contract(contract.key),
      enterprise_id: enterpriseOf(contract.enterpriseSlug).id,
      title: contract.title,
      cpv_code: contract.cpvCode,
      award_route: contract.awardRoute,
      value_net_cents: contract.valueNetCents,
      vat_cents: contract.vatCents,
      department: contract.department,
      awarded_on: contract.awardedOn,
      starts_on: contract.startsOn,
      ends_on: contract.endsOn,
      diavgeia_ada: contract.diavgeiaAda,
      kimdis_adam: contract.kimdisAdam,
      created_at: timestampOn(contract.awardedOn, 14, 0),
      updated_at: timestampOn(contract.awardedOn, 14, 0),
    }));

    await insertChunked(trx, 'enterprises', enterprises);
    await insertChunked(trx, 'enterprise_activity_codes', activityCodes);
    await insertChunked(trx, 'services', services);
    await insertChunked(trx, 'service_cpv_codes', serviceCpv);
    await insertChunked(trx, 'service_categories', serviceCategories);
    await insertChunked(trx, 'service_areas', serviceAreas);
    await insertChunked(trx, 'compliance_documents', documents);
    await insertChunked(trx, 'contracts', contracts);

    return { enterprises: enterprises.length, services: services.length };
  });
}
