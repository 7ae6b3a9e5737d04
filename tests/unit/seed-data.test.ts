import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { LegalForm } from '../../db/schema.ts';
import { buildDemoContracts } from '../../seed/demo/contracts.ts';
import { addDays, daysBetween } from '../../seed/demo/dates.ts';
import { buildDemoDocuments } from '../../seed/demo/documents.ts';
import { demoEnterprises } from '../../seed/demo/enterprises.ts';
import { demoAfm } from '../../seed/demo/identifiers.ts';
import { demoIds, loadDemoData } from '../../seed/demo/load-demo-data.ts';
import { demoServices } from '../../seed/demo/services.ts';
import { DEMO_STATUTES } from '../../seed/demo/statutes.ts';
import { areas } from '../../seed/reference/areas.ts';
import { categories } from '../../seed/reference/categories.ts';
import { cpvCodes } from '../../seed/reference/cpv-codes.ts';
import { cpvRows, loadReferenceData } from '../../seed/reference/load-reference-data.ts';
import { stableUuid } from '../../seed/stable-uuid.ts';

const TODAY = '2026-05-15';
const cpvSet = new Set(cpvCodes.map((c) => c.code));
const areaIds = new Set(areas.map((a) => a.id));
const categoryIds = new Set(categories.map((c) => c.id));

/** Independent re-implementation of DESIGN §2: (Σ dᵢ·2^(9−i), i = 1..8) mod 11 mod 10 = d₉. */
function afmChecksumHolds(afm: string): boolean {
  if (!/^\d{9}$/.test(afm)) return false;
  const digits = [...afm].map(Number);
  const sum = digits.slice(0, 8).reduce((acc, d, i) => acc + d * 2 ** (8 - i), 0);
  return (sum % 11) % 10 === digits[8];
}

describe('reference lists', () => {
  it('knows the CPV codes of DESIGN §2 with their printed check digits and parents up to the division', () => {
    const expected: Record<string, string> = {
      '90910000': '9',
      '90911200': '8',
      '90919200': '4',
      '90919300': '5',
      '90610000': '6',
      '77310000': '6',
      '77314000': '4',
      '55520000': '1',
      '55524000': '9',
      '90511000': '2',
      '90514000': '3',
      '79800000': '2',
      '79822500': '7',
      '79952000': '2',
      '85311200': '4',
      '85312000': '9',
      '85320000': '8',
    };
    const byCode = new Map(cpvCodes.map((c) => [c.code, c]));
    for (const [code, check] of Object.entries(expected)) expect(byCode.get(code)?.checkDigit, code).toBe(check);

    const rows = new Map(cpvRows().map((row) => [row.code, row]));
    const chain: string[] = [];
    for (let code: string | null | undefined = '90911200'; code; code = rows.get(code)?.parent_code) chain.push(code);
    expect(chain).toEqual(['90911200', '90911000', '90910000', '90900000', '90000000']);
    expect(rows.get('90911200')?.level).toBe(6);
    expect(rows.get('90000000')?.level).toBe(2);
    expect(rows.get('85312000')?.social_services).toBe(1);
    expect(rows.get('90911200')?.social_services).toBe(0);
  });

  it('has unique eight-digit CPV codes with both labels, and a listed parent for every non-division', () => {
    expect(cpvSet.size).toBe(cpvCodes.length);
    for (const row of cpvRows()) {
      expect(row.code).toMatch(/^\d{8}$/);
      expect(row.label_el.trim(), row.code).not.toBe('');
      expect(row.label_en.trim(), row.code).not.toBe('');
      if (row.level > 2) expect(row.parent_code, row.code).not.toBeNull();
      if (row.parent_code) expect(cpvSet.has(row.parent_code)).toBe(true);
    }
    // Every code of the eForms social-services list is flagged (115 codes).
    expect(cpvCodes.filter((c) => c.socialServices).length).toBe(115);
  });

  it('ships the whole CPV 2008 with the official labels: 9,454 codes, works and tree cutting included', () => {
    expect(cpvCodes).toHaveLength(9454);
    const byCode = new Map(cpvCodes.map((c) => [c.code, c]));
    expect(byCode.get('77211400')).toMatchObject({
      labelEn: 'Tree-cutting services',
      checkDigit: null,
      socialServices: false,
    });
    expect(byCode.get('45000000')?.labelEl).toBe('Κατασκευαστικές εργασίες');
    expect(byCode.get('90910000')).toMatchObject({
      labelEl: 'Υπηρεσίες καθαρισμού',
      labelEn: 'Cleaning services',
      checkDigit: '9',
    });
    expect(cpvCodes.filter((c) => c.checkDigit !== null).length).toBeGreaterThanOrEqual(259);
  });

  it('has an existing parent for every area, listed before its children', () => {
    const seen = new Set<string>();
    for (const area of areas) {
      if (area.parentId !== null) {
        expect(areaIds.has(area.parentId), area.id).toBe(true);
        expect(seen.has(area.parentId), `${area.id} before its parent`).toBe(true);
      }
      seen.add(area.id);
    }
    expect(areaIds.size).toBe(areas.length);
    expect(areas.filter((a) => a.kind === 'region')).toHaveLength(13);
    expect(areas.filter((a) => a.kind === 'regional_unit')).toHaveLength(52);
    const chalandri = areas.find((a) => a.id === 'mun-chalandri');
    expect(chalandri).toMatchObject({ parentId: 'EL301', nameEl: 'Χαλάνδρι', nameEn: 'Chalandri' });
  });

  it('maps every category prefix to at least one listed CPV code', () => {
    for (const category of categories) {
      expect(category.cpvPrefixes.length).toBeGreaterThan(0);
      for (const prefix of category.cpvPrefixes) {
        expect(
          [...cpvSet].some((code) => code.startsWith(prefix)),
          `${category.id}: ${prefix}`,
        ).toBe(true);
      }
    }
  });
});

describe('demo enterprises', () => {
  it('has at least 40 enterprises with unique slugs across all seven legal forms', () => {
    expect(demoEnterprises.length).toBeGreaterThanOrEqual(40);
    expect(new Set(demoEnterprises.map((e) => e.slug)).size).toBe(demoEnterprises.length);
    const forms: LegalForm[] = [
      'koinsep_integration_vulnerable',
      'koinsep_integration_special',
      'koinsep_collective_benefit',
      'koispe',
      'worker_coop',
      'protected_workshop',
      'other_sse',
    ];
    for (const form of forms)
      expect(
        demoEnterprises.some((e) => e.legalForm === form),
        form,
      ).toBe(true);
    const collective = demoEnterprises.filter((e) => e.legalForm === 'koinsep_collective_benefit').length;
    expect(collective / demoEnterprises.length).toBeGreaterThan(0.5);
  });

  it('gives every enterprise a valid, unique ΑΦΜ', () => {
    expect(afmChecksumHolds('094259216')).toBe(true);
    expect(afmChecksumHolds('123456781')).toBe(false);
    const afms = demoEnterprises.map((e) => demoAfm(e.slug));
    for (const afm of afms) expect(afmChecksumHolds(afm), afm).toBe(true);
    expect(new Set(afms).size).toBe(afms.length);
  });

  it('meets the staffing shares of the integration forms and has the art. 20 edge cases', () => {
    for (const e of demoEnterprises) {
      expect(e.disadvantaged).toBeLessThanOrEqual(e.employees);
      if (e.legalForm === 'koinsep_integration_vulnerable')
        expect(e.disadvantaged / e.employees, e.slug).toBeGreaterThanOrEqual(0.3);
      if (e.legalForm === 'koinsep_integration_special')
        expect(e.disadvantaged / e.employees, e.slug).toBeGreaterThanOrEqual(0.5);
    }
    const shares = demoEnterprises
      .filter((e) => e.legalForm === 'koinsep_collective_benefit' && e.employees > 0)
      .map((e) => Math.round((100 * e.disadvantaged) / e.employees));
    expect(shares).toContain(30);
    expect(shares).toContain(31);
  });

  it('uses 2 drafts, 1 hidden, and places everyone in a known municipality near its centre', () => {
    expect(demoEnterprises.filter((e) => e.status === 'draft')).toHaveLength(2);
    expect(demoEnterprises.filter((e) => e.status === 'hidden')).toHaveLength(1);
    for (const e of demoEnterprises) {
      const municipality = areas.find((a) => a.id === e.address.municipalityId);
      expect(municipality?.kind, e.slug).toBe('municipality');
      expect(Math.abs(e.address.lat - municipality!.lat!), e.slug).toBeLessThan(0.03);
      expect(Math.abs(e.address.lon - municipality!.lon!), e.slug).toBeLessThan(0.03);
      expect(e.address.postalCode).toMatch(/^\d{5}$/);
      expect(e.contact.email).toMatch(/@[a-z0-9-]+\.example$/);
      expect(e.descriptionEl).toMatch(/[άέήίόύώ]/);
    }
    const withEnglish = demoEnterprises.filter((e) => e.descriptionEn).length;
    expect(withEnglish / demoEnterprises.length).toBeGreaterThan(0.8);
  });
});

describe('demo services', () => {
  it('has at least 120 services, 1–5 per enterprise, with unique ids', () => {
    expect(demoServices.length).toBeGreaterThanOrEqual(120);
    const ids = demoServices.map((s) => demoIds.service(s.enterpriseSlug, s.key));
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of demoEnterprises) {
      const count = demoServices.filter((s) => s.enterpriseSlug === e.slug).length;
      expect(count, e.slug).toBeGreaterThanOrEqual(1);
      expect(count, e.slug).toBeLessThanOrEqual(5);
    }
  });

  it('uses only listed CPV codes, categories and areas', () => {
    for (const s of demoServices) {
      expect(s.cpv.length).toBeGreaterThan(0);
      for (const code of s.cpv) expect(cpvSet.has(code), `${s.enterpriseSlug}/${s.key}: ${code}`).toBe(true);
      for (const category of s.categories) expect(categoryIds.has(category), category).toBe(true);
      for (const area of s.areas) expect(areaIds.has(area), area).toBe(true);
    }
    expect(demoServices.filter((s) => s.areas.includes('EL'))).toHaveLength(2);
    expect(demoServices.some((s) => s.areas.includes('EL30'))).toBe(true);
    expect(demoServices.some((s) => s.status === 'inactive')).toBe(true);
  });

  it('gives every published enterprise at least one active service', () => {
    for (const e of demoEnterprises.filter((x) => x.status === 'published')) {
      expect(
        demoServices.some((s) => s.enterpriseSlug === e.slug && s.status === 'active'),
        e.slug,
      ).toBe(true);
    }
  });

  it('contains the words people search for', () => {
    const text = demoServices
      .map((s) => `${s.titleEl} ${s.descriptionEl}`)
      .join(' ')
      .toLowerCase();
    for (const word of [
      'καθαρισμ',
      'καθαριότητα',
      'σίτιση',
      'κηπουρ',
      'πρασίνου',
      'φροντίδα',
      'ανακύκλωση',
      'εκτυπώσεις',
      'γραφιστικά',
      'εκδηλώσεις',
      'κατασκευή ιστοσελίδων',
      'ξενάγηση',
    ]) {
      expect(text.includes(word), word).toBe(true);
    }
  });
});

describe('demo documents and contracts', () => {
  it('mixes valid, expiring-within-30-days and expired documents for any today', () => {
    for (const today of [TODAY, '2027-01-03']) {
      const documents = buildDemoDocuments(today);
      const remaining = documents.map((d) => daysBetween(today, d.validUntil));
      expect(remaining.filter((r) => r < 0).length, today).toBeGreaterThanOrEqual(3);
      expect(remaining.filter((r) => r >= 0 && r <= 30).length, today).toBeGreaterThanOrEqual(3);
      expect(remaining.filter((r) => r > 30).length / documents.length, today).toBeGreaterThan(0.7);
      for (const d of documents) expect(d.issuedOn <= today && d.issuedOn < d.validUntil).toBe(true);
      expect(
        documents.some(
          (d) => d.enterpriseSlug === 'lampsi' && d.kind === 'tax_clearance' && d.validUntil === addDays(today, -5),
        ),
      ).toBe(true);
    }
    const slugsWithTax = new Set(
      buildDemoDocuments(TODAY)
        .filter((d) => d.kind === 'tax_clearance')
        .map((d) => d.enterpriseSlug),
    );
    expect(demoEnterprises.filter((e) => !slugsWithTax.has(e.slug)).length).toBeGreaterThanOrEqual(2);
  });

  it('dates contracts within the past two years, covers every award route, and sets up an anti-splitting case', () => {
    const contracts = buildDemoContracts(TODAY);
    expect(contracts.length).toBeGreaterThanOrEqual(14);
    for (const c of contracts) {
      expect(daysBetween(c.awardedOn, TODAY)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(c.awardedOn, TODAY)).toBeLessThanOrEqual(730);
      expect(cpvSet.has(c.cpvCode)).toBe(true);
      expect(c.diavgeiaAda).toMatch(/^[0-9Α-Ω]{10}-[0-9Α-Ω]{3}$/);
      expect(c.kimdisAdam).toMatch(/^\d{2}SYMV\d{9}$/);
      expect(Number.isInteger(c.valueNetCents) && Number.isInteger(c.vatCents)).toBe(true);
    }
    expect(new Set(contracts.map((c) => c.awardRoute)).size).toBe(5);
    const socialOnly = new Set(cpvCodes.filter((c) => c.socialServices).map((c) => c.code));
    for (const c of contracts.filter((x) => x.awardRoute === 'reserved_social_services'))
      expect(socialOnly.has(c.cpvCode)).toBe(true);

    for (const today of [TODAY, '2027-01-01', '2026-12-31']) {
      const thisYear = buildDemoContracts(today).filter(
        (c) =>
          c.awardRoute === 'direct_award' && c.awardedOn.startsWith(today.slice(0, 4)) && c.cpvCode.startsWith('9091'),
      );
      expect(thisYear, today).toHaveLength(2);
      expect(new Set(thisYear.map((c) => c.department)).size).toBe(2);
      const total = thisYear.reduce((sum, c) => sum + c.valueNetCents, 0);
      expect(total).toBeGreaterThan(2_900_000);
      expect(total).toBeLessThanOrEqual(3_000_000);
    }
  });

  it('has verified and unverified certificates, criminal records, statutes facts and ΚΑΔ of both versions', () => {
    const documents = buildDemoDocuments(TODAY);
    expect(documents.filter((d) => d.kind === 'criminal_record').length).toBeGreaterThan(30);
    expect(documents.some((d) => d.kind === 'statutes')).toBe(true);
    const unverified = documents.filter((d) => !d.verified);
    expect(unverified.length).toBeGreaterThanOrEqual(2);
    expect(unverified.some((d) => d.enterpriseSlug === 'astrafto' && d.kind === 'criminal_record')).toBe(true);
    expect(documents.filter((d) => d.verified).length / documents.length).toBeGreaterThan(0.8);
    const statutes = Object.values(DEMO_STATUTES);
    expect(statutes.some((s) => s.verifiedDaysAgo !== null && s.integrationPurpose === true)).toBe(true);
    expect(statutes.some((s) => s.verifiedDaysAgo === null)).toBe(true);
    expect(statutes.some((s) => Object.values(s).includes(null) && s.verifiedDaysAgo === null)).toBe(true);
    for (const slug of Object.keys(DEMO_STATUTES))
      expect(
        demoEnterprises.some((e) => e.slug === slug),
        slug,
      ).toBe(true);
    const versions = new Set(demoEnterprises.flatMap((e) => e.activityCodes.map((a) => a.version)));
    expect([...versions].sort()).toEqual(['2008', '2025']);
  });

  it('derives stable version-5 UUIDs', () => {
    const id = stableUuid('enterprise:katharo-chalandri');
    expect(id).toBe(stableUuid('enterprise:katharo-chalandri'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('enterprise:lampsi')).not.toBe(id);
  });
});

describe('loading into a fresh database file', () => {
  it('loads reference and demo data once, and a second run changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koinsep-seed-'));
    const handle = openDatabase(join(dir, 'seed.sqlite'));
    try {
      await migrateToLatest(handle.db);
      await loadReferenceData(handle);
      const first = await loadDemoData(handle.db, { today: TODAY });
      expect(first).toEqual({ enterprises: demoEnterprises.length, services: demoServices.length });

      const tables = [
        'cpv_codes',
        'areas',
        'categories',
        'category_cpv_prefixes',
        'enterprises',
        'enterprise_activity_codes',
        'services',
        'service_cpv_codes',
        'service_categories',
        'service_areas',
        'compliance_documents',
        'contracts',
      ];
      const snapshot = () =>
        Object.fromEntries(
          tables.map((table) => [table, handle.sqlite.prepare(`select * from ${table} order by 1, 2`).all()]),
        );
      const count = (table: string) => handle.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

      expect(count('cpv_codes')).toBe(cpvCodes.length);
      expect(count('areas')).toBe(areas.length);
      expect(count('categories')).toBe(categories.length);
      expect(count('enterprises')).toBe(demoEnterprises.length);
      expect(count('services')).toBe(demoServices.length);
      expect(count('compliance_documents')).toBe(buildDemoDocuments(TODAY).length);
      expect(count('contracts')).toBe(buildDemoContracts(TODAY).length);
      expect(handle.sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
      const chalandri = handle.sqlite
        .prepare('select id, afm, status from enterprises where slug = ?')
        .get('katharo-chalandri') as { id: string; afm: string; status: string };
      expect(chalandri).toEqual({
        id: demoIds.enterprise('katharo-chalandri'),
        afm: demoAfm('katharo-chalandri'),
        status: 'published',
      });

      const before = snapshot();
      await loadReferenceData(handle);
      expect(await loadDemoData(handle.db, { today: '2026-09-01' })).toEqual({ enterprises: 0, services: 0 });
      expect(snapshot()).toEqual(before);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a today that is not an ISO date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koinsep-seed-'));
    const handle = openDatabase(join(dir, 'seed.sqlite'));
    try {
      await migrateToLatest(handle.db);
      await expect(loadDemoData(handle.db, { today: '15/05/2026' })).rejects.toThrow(/ISO date/);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
