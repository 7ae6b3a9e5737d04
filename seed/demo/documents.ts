import type { ComplianceDocumentKind } from '../../db/schema.ts';
import { addDays } from './dates.ts';
import { demoEnterprises } from './enterprises.ts';
import { DEMO_STATUTES } from './statutes.ts';
import { demoSpread } from './identifiers.ts';
import type { DemoEnterprise } from './types.ts';

/**
 * Compliance documents of the demo enterprises, dated relative to `today` so the demo
 * always shows a realistic mix: most certificates valid, several expiring within 30
 * days, several expired, and a few enterprises that never uploaded one.
 *
 * `validUntil` plays the part of the date printed on each fictional certificate
 * (DESIGN §2: in the product it is always typed from the certificate, never computed).
 */

export interface DemoDocument {
  enterpriseSlug: string;
  kind: ComplianceDocumentKind;
  issuedOn: string;
  validUntil: string;
  referenceNumber: string;
  /** Whether municipal staff have checked it against the original. */
  verified: boolean;
}

/** Typical validity printed on each kind of certificate, in days. */
const TYPICAL_VALIDITY: Record<ComplianceDocumentKind, number> = {
  tax_clearance: 120, // φορολογική ενημερότητα: up to four months
  social_security_clearance: 90, // ασφαλιστική ενημερότητα e-ΕΦΚΑ
  gemi_certificate: 90, // πιστοποιητικό ΓΕΜΗ, accepted for three months
  gemkalo_certificate: 365, // ΓΕΜΚΑΛΟ membership certificate: one year
  workforce_composition: 180, // staffing table (ΕΡΓΑΝΗ) backing the workforce shares
  criminal_record: 90, // απόσπασμα ποινικού μητρώου, accepted for three months
  statutes: 365, // copy of the statutes in force (ΓΕΜΗ), re-checked yearly by staff
};

/** Special cases: [days from today of issue, days from today of expiry], or 'missing'. */
type Override = readonly [issued: number, validUntil: number] | 'missing';

const OVERRIDES: Record<string, Partial<Record<ComplianceDocumentKind, Override>>> = {
  lampsi: { tax_clearance: [-125, -5] }, // tax clearance expired five days ago
  'katharo-chalandri': { tax_clearance: [-111, 9] },
  'trapezi-tis-geitonias': { gemkalo_certificate: [-344, 21] },
  'nea-pnoi': { gemi_certificate: [-87, 3] },
  syntrofia: { workforce_composition: [-165, 15] },
  anemoni: { social_security_clearance: [-108, -18] },
  'energeia-entaxis': { tax_clearance: [-151, -31] },
  'kladi-kai-riza': { workforce_composition: [-220, -40] },
  'astiko-dasos': { gemkalo_certificate: [-385, -20] },
  'kylikeia-synergasias': { tax_clearance: [-320, -200], social_security_clearance: [-240, -150] },
  'ergasia-kai-axioprepeia': { tax_clearance: 'missing' },
  'kodikas-koinotitas': { gemi_certificate: 'missing' },
  'filoxenos-peiraias': { tax_clearance: 'missing', social_security_clearance: 'missing' },
  // Uploaded two days ago: on file, not yet checked by staff (the engine: "to be checked").
  astrafto: { social_security_clearance: [-78, 12], criminal_record: [-2, 88] },
  'katharos-orizontas': { tax_clearance: [-1, 119] },
  'mageiremata-me-psychi': { criminal_record: 'missing' },
};

/** Draft profiles that have not uploaded anything yet. */
const NO_DOCUMENTS = new Set(['frontida-stin-polykatoikia', 'ichos-kai-fos']);

function kindsFor(enterprise: DemoEnterprise): ComplianceDocumentKind[] {
  // Law 4412/2016 art. 73: clearances, criminal record and ΓΕΜΗ certificate before any award.
  const kinds: ComplianceDocumentKind[] = [
    'tax_clearance',
    'social_security_clearance',
    'gemi_certificate',
    'criminal_record',
  ];
  // The statutes on file where staff recorded facts from them (statutes.ts).
  if (DEMO_STATUTES[enterprise.slug]) kinds.push('statutes');
  // Only active ΓΕΜΚΑΛΟ members hold a membership certificate (suspended ones hold an old one).
  if (enterprise.gemkaloStatus === 'active' || enterprise.gemkaloStatus === 'suspended')
    kinds.push('gemkalo_certificate');
  // Evidence of the staffing shares matters only where disadvantaged workers are counted.
  if (enterprise.disadvantaged > 0) kinds.push('workforce_composition');
  return kinds;
}

function referenceNumber(kind: ComplianceDocumentKind, slug: string, issuedOn: string): string {
  const year = issuedOn.slice(0, 4);
  const n = (digits: number) => String(demoSpread(`ref-${kind}`, slug, 10 ** digits)).padStart(digits, '0');
  switch (kind) {
    case 'tax_clearance':
      return `${n(6)}${n(3)}`;
    case 'social_security_clearance':
      return `${n(7)}/${year}`;
    case 'gemi_certificate':
      return `${n(7)}`;
    case 'gemkalo_certificate':
      return `ΓΕΜΚΑΛΟ ${n(4)}/${year}`;
    case 'workforce_composition':
      return `Ε4 ${n(6)}/${year}`;
    case 'criminal_record':
      return `ΠΜ ${n(8)}/${year}`;
    case 'statutes':
      return `ΓΕΜΗ ${n(12)}`;
  }
}

export function buildDemoDocuments(today: string): DemoDocument[] {
  const documents: DemoDocument[] = [];
  for (const enterprise of demoEnterprises) {
    if (NO_DOCUMENTS.has(enterprise.slug)) continue;
    const overrides = OVERRIDES[enterprise.slug] ?? {};
    for (const kind of kindsFor(enterprise)) {
      const override = overrides[kind];
      if (override === 'missing') continue;
      let issuedOn: string;
      let validUntil: string;
      if (override) {
        issuedOn = addDays(today, override[0]);
        validUntil = addDays(today, override[1]);
      } else {
        // Issued recently enough that at least 40 days of validity remain.
        const validity = TYPICAL_VALIDITY[kind];
        const age = 3 + demoSpread(`age-${kind}`, enterprise.slug, Math.max(1, validity - 45));
        issuedOn = addDays(today, -age);
        validUntil = addDays(issuedOn, validity);
      }
      documents.push({
        enterpriseSlug: enterprise.slug,
        kind,
        issuedOn,
        validUntil,
        referenceNumber: referenceNumber(kind, enterprise.slug, issuedOn),
        // Staff check uploads within a few days; the newest ones are still waiting.
        verified: issuedOn <= addDays(today, -5),
      });
    }
  }
  return documents;
}
