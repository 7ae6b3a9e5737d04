import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../db/connection.ts';
import type { ComplianceDocumentKind, EnterprisesTable, LegalForm } from '../../db/schema.ts';
import { createSearchIndexer } from '../../api/repositories/sqlite/search/fts-index.ts';
import type { Insertable } from 'kysely';

/**
 * Test data with exactly the properties a test asserts on, inserted through the same
 * tables and search indexer the app uses. Every ΑΦΜ below passes the checksum.
 */

const VALID_AFMS = [
  '800000002',
  '812345671',
  '824691349',
  '837037015',
  '849382686',
  '861728350',
  '874074024',
  '886419697',
  '898765364',
  '911111036',
  '923456700',
  '935802376',
  '948148049',
  '960493710',
  '972839383',
  '985185058',
];
let afmIndex = 0;

function nextAfm(): string {
  const afm = VALID_AFMS[afmIndex % VALID_AFMS.length]!;
  afmIndex++;
  return afm;
}

export interface ServiceFixture {
  titleEl: string;
  titleEn?: string;
  descriptionEl?: string;
  cpv?: string[];
  categories?: string[];
  areas?: string[];
  status?: 'active' | 'inactive';
}

export interface EnterpriseFixture extends Partial<Insertable<EnterprisesTable>> {
  legal_name: string;
  slug: string;
  legal_form?: LegalForm;
  services?: ServiceFixture[];
  /** `verifiedAt` defaults to null: not yet checked by staff. */
  documents?: Array<{ kind: ComplianceDocumentKind; issuedOn: string; validUntil: string; verifiedAt?: string | null }>;
  /** ΚΑΔ activity codes with their version (ΚΑΔ 2008 / ΚΑΔ 2025). */
  activityCodes?: Array<{ code: string; version: '2008' | '2025'; primary?: boolean }>;
}

export async function insertEnterprise(handle: DatabaseHandle, fixture: EnterpriseFixture): Promise<string> {
  const { services = [], documents = [], activityCodes = [], ...row } = fixture;
  const id = row.id ?? randomUUID();
  const now = new Date().toISOString();
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('enterprises')
      .values({
        id,
        afm: row.afm ?? nextAfm(),
        legal_form: row.legal_form ?? 'koinsep_collective_benefit',
        status: row.status ?? 'published',
        created_at: now,
        updated_at: now,
        ...row,
      })
      .execute();
    for (const service of services) {
      const serviceId = randomUUID();
      await trx
        .insertInto('services')
        .values({
          id: serviceId,
          enterprise_id: id,
          title_el: service.titleEl,
          title_en: service.titleEn ?? null,
          description_el: service.descriptionEl ?? '',
          description_en: null,
          status: service.status ?? 'active',
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const code of service.cpv ?? [])
        await trx.insertInto('service_cpv_codes').values({ service_id: serviceId, cpv_code: code }).execute();
      for (const category of service.categories ?? [])
        await trx.insertInto('service_categories').values({ service_id: serviceId, category_id: category }).execute();
      for (const area of service.areas ?? [])
        await trx.insertInto('service_areas').values({ service_id: serviceId, area_id: area }).execute();
    }
    for (const document of documents) {
      await trx
        .insertInto('compliance_documents')
        .values({
          id: randomUUID(),
          enterprise_id: id,
          kind: document.kind,
          issued_on: document.issuedOn,
          valid_until: document.validUntil,
          reference_number: null,
          verified_at: document.verifiedAt ?? null,
          created_at: now,
        })
        .execute();
    }
    for (const activity of activityCodes)
      await trx
        .insertInto('enterprise_activity_codes')
        .values({
          enterprise_id: id,
          code: activity.code,
          version: activity.version,
          is_primary: activity.primary ? 1 : 0,
        })
        .execute();
  });
  createSearchIndexer(handle.sqlite).indexEnterprise(id);
  return id;
}
