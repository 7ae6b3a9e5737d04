import { describe, expect, it } from 'vitest';
import {
  CATEGORY_TAXONOMY_ID,
  CPV_TAXONOMY_ID,
  categoryTermId,
  cpvTermId,
  historyFromTimestamps,
  hsdsPage,
  hsdsUuid,
  mapCpvTerm,
  mapOrganization,
  mapService,
  mapServiceSummary,
  type EnterpriseInput,
  type ServiceInput,
} from '../../api/domain/hsds-mapping.ts';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const el = { lang: 'el' as const, publicOrigin: 'https://koinsep.example.gr' };
const en = { lang: 'en' as const, publicOrigin: 'https://koinsep.example.gr' };

const enterprise: EnterpriseInput = {
  id: '0b3c7c0e-4d1a-4c55-9d5e-6f1a2b3c4d5e',
  slug: 'astrapi',
  legalName: 'Κοινωνική Συνεταιριστική Επιχείρηση «Αστραπή»',
  tradeName: 'Αστραπή',
  legalForm: 'koinsep_integration_vulnerable',
  afm: '094259216',
  gemiNumber: null,
  gemkaloNumber: '1234',
  foundedOn: '2019-05-02',
  descriptionEl: 'Καθαρισμός σχολείων.',
  descriptionEn: null,
  publicEmail: 'info@astrapi.example',
  publicPhone: null,
  publicContactPerson: null,
  website: 'not a url',
  logoUrl: null,
  address: { street: 'Αγ. Γεωργίου 1', postalCode: '15231', lat: 38.02, lon: 23.8 },
  municipality: { id: 'mun-chalandri', kind: 'municipality', nameEl: 'Χαλάνδρι', nameEn: 'Chalandri', nutsCode: null },
  region: { id: 'EL30', kind: 'region', nameEl: 'Περιφέρεια Αττικής', nameEn: 'Attica', nutsCode: 'EL30' },
  verifiedAt: '2026-10-03T08:15:00.000Z',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-09-01T10:00:00.000Z',
  history: historyFromTimestamps('2026-01-01T10:00:00.000Z', '2026-09-01T10:00:00.000Z', '2026-10-03T08:15:00.000Z'),
};

const service: ServiceInput = {
  id: '7d1c1f8a-1111-4222-8333-944455556666',
  enterpriseId: enterprise.id,
  titleEl: 'Καθαρισμός σχολικών κτιρίων',
  titleEn: 'School cleaning',
  descriptionEl: 'Καθημερινός καθαρισμός.',
  descriptionEn: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-10-10T10:00:00.000Z',
  cpv: [
    {
      code: '90919300',
      checkDigit: '5',
      labelEl: 'Υπηρεσίες καθαρισμού σχολείων',
      labelEn: 'School cleaning services',
      parentCode: '90919000',
    },
  ],
  categories: [{ id: 'cleaning', nameEl: 'Καθαριότητα', nameEn: 'Cleaning', cpvPrefixes: ['9091'] }],
  areas: [{ id: 'EL30', kind: 'region', nameEl: 'Περιφέρεια Αττικής', nameEn: 'Attica', nutsCode: 'EL30' }],
  history: historyFromTimestamps('2026-01-01T10:00:00.000Z', '2026-10-10T10:00:00.000Z'),
};

describe('HSDS ids', () => {
  it('derives the same UUID v5 for the same name, different ones for different names', () => {
    expect(cpvTermId('90910000')).toBe(cpvTermId('90910000'));
    expect(cpvTermId('90910000')).toMatch(UUID_V5);
    expect(cpvTermId('90910000')).not.toBe(cpvTermId('90911200'));
    expect(categoryTermId('cleaning')).not.toBe(cpvTermId('cleaning'));
    expect(CPV_TAXONOMY_ID).not.toBe(CATEGORY_TAXONOMY_ID);
  });

  it('matches an independent UUID v5 implementation (Python uuid.uuid5 with the project namespace)', () => {
    // Pinned: if this changes, every published HSDS term id changes for consumers.
    expect(hsdsUuid('cpv:90910000')).toBe('f48fa3c0-b458-56da-80ea-1a34053ce4e2');
    expect(hsdsUuid('taxonomy:cpv')).toBe(CPV_TAXONOMY_ID);
  });
});

describe('organization mapping', () => {
  const organization = mapOrganization(enterprise, [], el);

  it('puts ΑΦΜ, ΓΕΜΚΑΛΟ number and legal form in organization_identifiers, and skips what is missing', () => {
    const identifiers = organization.organization_identifiers as Array<Record<string, string>>;
    expect(identifiers.map((i) => [i.identifier_type, i.identifier])).toEqual([
      ['afm', '094259216'],
      ['gemkalo', '1234'],
      ['legal_form', 'koinsep_integration_vulnerable'],
    ]);
    expect(identifiers.every((i) => i.organization_id === enterprise.id)).toBe(true);
  });

  it('publishes only public contact data and drops an invalid website', () => {
    expect(organization.email).toBe('info@astrapi.example');
    expect(organization.phones).toEqual([]);
    expect(organization.contacts).toEqual([]);
    expect(organization).not.toHaveProperty('website');
    expect(organization.year_incorporated).toBe(2019);
  });

  it('gives a physical location with an ISO country code and the region as state_province', () => {
    const [location] = organization.locations as Array<Record<string, unknown>>;
    const [address] = location!.addresses as Array<Record<string, string>>;
    expect(address).toMatchObject({
      city: 'Χαλάνδρι',
      state_province: 'Περιφέρεια Αττικής',
      country: 'GR',
      postal_code: '15231',
    });
  });

  it('has no location when the address is private', () => {
    expect(mapOrganization({ ...enterprise, address: null }, [], el).locations).toEqual([]);
  });

  it('records create, update and staff verification as metadata with dates', () => {
    const metadata = organization.metadata as Array<Record<string, string>>;
    expect(metadata.map((m) => [m.last_action_type, m.last_action_date])).toEqual([
      ['create', '2026-01-01'],
      ['update', '2026-09-01'],
      ['verify', '2026-10-03'],
    ]);
  });
});

describe('service mapping', () => {
  it('uses staff verification as assured_date and the later change as last_modified', () => {
    const summary = mapServiceSummary(service, enterprise, el);
    expect(summary.assured_date).toBe('2026-10-03');
    expect(summary.last_modified).toBe('2026-10-10T10:00:00.000Z');
    expect(summary.status).toBe('active');
    expect(summary.url).toBe(`https://koinsep.example.gr/enterprises/astrapi#service-${service.id}`);
  });

  it('omits assured_date for an unverified enterprise', () => {
    expect(mapServiceSummary(service, { ...enterprise, verifiedAt: null }, el)).not.toHaveProperty('assured_date');
  });

  it('links CPV and category terms through attributes with nested terms', () => {
    const full = mapService(service, enterprise, el);
    const attributes = full.attributes as Array<Record<string, unknown>>;
    expect(attributes.map((a) => a.taxonomy_term_id)).toEqual([cpvTermId('90919300'), categoryTermId('cleaning')]);
    expect((attributes[0]!.taxonomy_term as Record<string, string>).code).toBe('90919300-5');
  });

  it('speaks English where written and falls back to Greek, tagging the languages of the texts', () => {
    const english = mapService(service, enterprise, en);
    expect(english.name).toBe('School cleaning');
    expect(english.description).toBe('Καθημερινός καθαρισμός.');
    expect((english.languages as Array<Record<string, string>>).map((l) => [l.code, l.name])).toEqual([
      ['el', 'Greek'],
      ['en', 'English'],
    ]);
    const greekOnly = mapService({ ...service, titleEn: null }, enterprise, el);
    expect((greekOnly.languages as Array<Record<string, string>>).map((l) => l.code)).toEqual(['el']);
  });

  it('maps a CPV term to its parent term', () => {
    const term = mapCpvTerm(service.cpv[0]!, el);
    expect(term.parent_id).toBe(cpvTermId('90919000'));
    expect(term.language).toBe('el');
    expect(term.taxonomy_id).toBe(CPV_TAXONOMY_ID);
  });
});

describe('pagination envelope', () => {
  it('describes the page as HSDS openapi.json Page does', () => {
    expect(hsdsPage(['a', 'b'], 5, 2, 2)).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 2,
      size: 2,
      first_page: false,
      last_page: false,
      empty: false,
      contents: ['a', 'b'],
    });
    expect(hsdsPage([], 5, 4, 2)).toMatchObject({ size: 0, empty: true, last_page: true });
    expect(hsdsPage([], 0, 1, 50)).toMatchObject({ total_pages: 1, first_page: true, last_page: true, empty: true });
  });
});
