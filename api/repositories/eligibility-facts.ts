import type { Kysely, Transaction } from 'kysely';
import { statutesFactsOf } from './statutes-facts.ts';
import type { Database } from '../../db/schema.ts';
import type { AuthorityFacts, EnterpriseFacts, NeedCpv } from '../domain/eligibility.ts';
import { matchCpv } from '../domain/cpv.ts';
import { isPublished } from './published.ts';

/**
 * Loads the facts the pure eligibility engine (api/domain/eligibility.ts) needs. Only
 * published enterprises are considered: drafts are unfinished and hidden ones withdrawn.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface NeedCpvRow extends NeedCpv {
  checkDigit: string | null;
  labelEl: string;
  labelEn: string;
}

/** The needed codes as listed (with the social-services flag); codes not in the list are missing from the map. */
export async function loadNeedCpv(db: Db, codes: string[]): Promise<Map<string, NeedCpvRow>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('cpv_codes')
    .select(['code', 'check_digit', 'label_el', 'label_en', 'social_services'])
    .where('code', 'in', codes)
    .execute();
  return new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        socialServices: r.social_services === 1,
        checkDigit: r.check_digit,
        labelEl: r.label_el,
        labelEn: r.label_en,
      },
    ]),
  );
}

/**
 * Published enterprises with an active service whose CPV code relates to a needed code at
 * least as closely as `minScore` (matchCpv). SQL narrows by division; the score decides.
 */
export async function findCpvCandidates(db: Db, neededCodes: string[], minScore: number): Promise<string[]> {
  if (neededCodes.length === 0) return [];
  const divisions = [...new Set(neededCodes.map((c) => c.slice(0, 2)))];
  const rows = await db
    .selectFrom('service_cpv_codes as sc')
    .innerJoin('services as s', 's.id', 'sc.service_id')
    .innerJoin('enterprises as e', 'e.id', 's.enterprise_id')
    .select(['s.enterprise_id as enterpriseId', 'sc.cpv_code as cpvCode'])
    .where('s.status', '=', 'active')
    .where(isPublished('e'))
    .where((eb) => eb.or(divisions.map((d) => eb('sc.cpv_code', 'like', `${d}%`))))
    .execute();
  const ids = new Set<string>();
  for (const row of rows)
    if (neededCodes.some((code) => matchCpv(code, row.cpvCode).score >= minScore)) ids.add(row.enterpriseId);
  return [...ids];
}

/** Keeps only published enterprises (text search may return any the index holds). */
export async function filterPublished(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('enterprises as e')
    .select('e.id')
    .where('e.id', 'in', ids)
    .where(isPublished('e'))
    .execute();
  return rows.map((r) => r.id);
}

export async function loadEnterpriseFacts(
  db: Db,
  ids: string[],
  keywordMatches: ReadonlySet<string>,
): Promise<EnterpriseFacts[]> {
  if (ids.length === 0) return [];
  const enterprises = await db
    .selectFrom('enterprises')
    .select([
      'id',
      'slug',
      'legal_name',
      'trade_name',
      'legal_form',
      'employees_count',
      'disadvantaged_employees_count',
      'gemkalo_status',
      'statutes_integration_purpose',
      'statutes_public_service_mission',
      'statutes_profits_reinvested',
      'statutes_participatory_governance',
      'statutes_verified_at',
    ])
    .where('id', 'in', ids)
    .execute();
  const documents = await db
    .selectFrom('compliance_documents')
    .select(['enterprise_id', 'kind', 'issued_on', 'valid_until', 'verified_at'])
    .where('enterprise_id', 'in', ids)
    .execute();
  const activityCodes = await db
    .selectFrom('enterprise_activity_codes')
    .select(['enterprise_id', 'code', 'version', 'is_primary'])
    .where('enterprise_id', 'in', ids)
    .orderBy('enterprise_id')
    .orderBy('is_primary', 'desc')
    .orderBy('version', 'desc')
    .orderBy('code')
    .execute();
  const services = await db
    .selectFrom('services')
    .select(['id', 'enterprise_id', 'title_el'])
    .where('enterprise_id', 'in', ids)
    .where('status', '=', 'active')
    .execute();
  const serviceIds = services.map((s) => s.id);
  const codes = serviceIds.length
    ? await db
        .selectFrom('service_cpv_codes')
        .select(['service_id', 'cpv_code'])
        .where('service_id', 'in', serviceIds)
        .execute()
    : [];
  const areas = serviceIds.length
    ? await db
        .selectFrom('service_areas as sa')
        .innerJoin('areas as a', 'a.id', 'sa.area_id')
        .select(['sa.service_id', 'a.id', 'a.name_el', 'a.name_en'])
        .where('sa.service_id', 'in', serviceIds)
        .execute()
    : [];
  const contracts = await db
    .selectFrom('contracts')
    .select(['enterprise_id', 'title', 'award_route', 'awarded_on', 'value_net_cents'])
    .where('enterprise_id', 'in', ids)
    .execute();

  const group = <T, K>(rows: T[], key: (row: T) => K) => {
    const map = new Map<K, T[]>();
    for (const row of rows) {
      const list = map.get(key(row)) ?? [];
      list.push(row);
      map.set(key(row), list);
    }
    return map;
  };
  const documentsBy = group(documents, (d) => d.enterprise_id);
  const servicesBy = group(services, (s) => s.enterprise_id);
  const codesBy = group(codes, (c) => c.service_id);
  const areasBy = group(areas, (a) => a.service_id);
  const contractsBy = group(contracts, (c) => c.enterprise_id);
  const activityBy = group(activityCodes, (c) => c.enterprise_id);

  return enterprises.map((e) => ({
    id: e.id,
    slug: e.slug,
    name: e.trade_name || e.legal_name,
    legalForm: e.legal_form,
    employeesCount: e.employees_count,
    disadvantagedEmployeesCount: e.disadvantaged_employees_count,
    gemkaloStatus: e.gemkalo_status,
    documents: (documentsBy.get(e.id) ?? []).map((d) => ({
      kind: d.kind,
      issuedOn: d.issued_on,
      validUntil: d.valid_until,
      verifiedAt: d.verified_at,
    })),
    statutes: {
      ...statutesFactsOf(e),
      verifiedAt: e.statutes_verified_at,
    },
    activityCodes: (activityBy.get(e.id) ?? []).map((c) => ({
      code: c.code,
      version: c.version,
      primary: c.is_primary === 1,
    })),
    services: (servicesBy.get(e.id) ?? []).map((s) => ({
      id: s.id,
      title: s.title_el,
      cpvCodes: (codesBy.get(s.id) ?? []).map((c) => c.cpv_code),
      areas: (areasBy.get(s.id) ?? []).map((a) => ({ id: a.id, nameEl: a.name_el, nameEn: a.name_en })),
    })),
    keywordMatch: keywordMatches.has(e.id),
    contracts: (contractsBy.get(e.id) ?? []).map((c) => ({
      title: c.title,
      awardRoute: c.award_route,
      awardedOn: c.awarded_on,
      valueNetCents: c.value_net_cents,
    })),
  }));
}

/**
 * Every direct award of the authority in `year` (all departments, all suppliers, whatever their
 * status in the directory): the anti-splitting sums, with the supplier's name to list them.
 */
export async function loadAuthorityFacts(db: Db, year: string): Promise<AuthorityFacts> {
  const rows = await db
    .selectFrom('contracts as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .select([
      'c.cpv_code',
      'c.awarded_on',
      'c.value_net_cents',
      'c.department',
      'c.title',
      'e.legal_name',
      'e.trade_name',
    ])
    .where('c.award_route', '=', 'direct_award')
    .where('c.awarded_on', '>=', `${year}-01-01`)
    .where('c.awarded_on', '<=', `${year}-12-31`)
    .orderBy('c.awarded_on')
    .execute();
  return {
    directAwards: rows.map((r) => ({
      cpvCode: r.cpv_code,
      awardedOn: r.awarded_on,
      valueNetCents: r.value_net_cents,
      department: r.department,
      title: r.title,
      supplierName: r.trade_name || r.legal_name,
    })),
  };
}
