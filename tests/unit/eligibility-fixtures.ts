import {
  evaluateEnterprise,
  type AuthorityFacts,
  type DocumentFact,
  type EligibilityRule,
  type EnterpriseFacts,
  type Need,
} from '../../api/domain/eligibility.ts';

/** Shared facts for the eligibility unit tests: a need and an enterprise that pass every rule unless overridden. */

export const TODAY = '2026-11-25';
export const ATTICA = { id: 'EL30', nameEl: 'Αττική', nameEn: 'Attica' };
export const CHALANDRI = { id: 'mun-chalandri', nameEl: 'Χαλάνδρι', nameEn: 'Chalandri' };
export const THESSALONIKI = { id: 'mun-thessaloniki', nameEl: 'Θεσσαλονίκη', nameEn: 'Thessaloniki' };
export const NO_AWARDS: AuthorityFacts = { directAwards: [] };

export function need(overrides: Partial<Need> = {}): Need {
  return {
    cpvCodes: [{ code: '90910000', socialServices: false }],
    keywords: null,
    route: 'open_procedure',
    valueNetCents: 1_000_000,
    optionsValueNetCents: 0,
    decisionDate: TODAY,
    startDate: TODAY,
    durationMonths: 12,
    place: { ...CHALANDRI, coveringIds: ['mun-chalandri', 'EL301', 'EL30', 'EL'] },
    ...overrides,
  };
}

export function doc(kind: DocumentFact['kind'], validUntil: string, verified = true): DocumentFact {
  return { kind, issuedOn: '2026-09-01', validUntil, verifiedAt: verified ? '2026-09-05T10:00:00Z' : null };
}

export const VALID_DOCUMENTS: DocumentFact[] = [
  doc('tax_clearance', '2027-03-01'),
  doc('social_security_clearance', '2027-03-01'),
  doc('gemkalo_certificate', '2027-06-30'),
  doc('criminal_record', '2027-02-01'),
  doc('gemi_certificate', '2027-02-01'),
];

/** An integration ΚοινΣΕπ with every certificate checked, its statutes recorded and verified, and a cleaning ΚΑΔ 2025. */
export function enterprise(overrides: Partial<EnterpriseFacts> = {}): EnterpriseFacts {
  return {
    id: 'e1',
    slug: 'katharotita',
    name: 'Καθαρότητα ΚοινΣΕπ',
    legalForm: 'koinsep_integration_vulnerable',
    employeesCount: 10,
    disadvantagedEmployeesCount: 4,
    gemkaloStatus: 'active',
    documents: VALID_DOCUMENTS,
    statutes: {
      integrationPurpose: true,
      publicServiceMission: true,
      profitsReinvested: true,
      participatoryGovernance: true,
      verifiedAt: '2026-10-01T09:00:00Z',
    },
    activityCodes: [{ code: '81.21.10.00', version: '2025', primary: true }],
    services: [{ id: 's1', title: 'Καθαρισμός κτιρίων', cpvCodes: ['90911200'], areas: [ATTICA] }],
    keywordMatch: false,
    contracts: [],
    ...overrides,
  };
}

export function checksOf(n: Need, e: EnterpriseFacts, rule: EligibilityRule, authority = NO_AWARDS, today = TODAY) {
  return evaluateEnterprise(n, e, authority, today).checks.filter((c) => c.rule === rule);
}

export function outcomeOf(n: Need, e: EnterpriseFacts, rule: EligibilityRule, authority = NO_AWARDS, today = TODAY) {
  const found = checksOf(n, e, rule, authority, today);
  if (found.length !== 1) throw new Error(`rule ${rule} reported ${found.length} times`);
  return found[0]!;
}
