import type { EnterpriseStatus, GemkaloStatus, LegalForm } from '../../db/schema.ts';

/**
 * Shapes of the demo data. Everything here is fictional: names, ΑΦΜ, people,
 * addresses (real streets, invented numbers), e-mail addresses on the reserved
 * `.example` top-level domain so that nothing the app sends can reach a real inbox.
 */

export type DemoSector =
  | 'cleaning'
  | 'catering'
  | 'green-spaces'
  | 'care-social'
  | 'printing-design'
  | 'recycling'
  | 'events'
  | 'food-crafts'
  | 'tourism'
  | 'it';

export interface DemoActivityCodes {
  /** ΚΑΔ 2008 (NACE Rev.2) or ΚΑΔ 2025 (NACE Rev.2.1, in force from 2026-03-01). */
  version: '2008' | '2025';
  /** The first code is the primary activity. */
  codes: readonly string[];
}

export interface DemoEnterprise {
  slug: string;
  sector: DemoSector;
  legalForm: LegalForm;
  legalName: string;
  tradeName: string;
  /** `unknown` for bodies outside ΓΕΜΚΑΛΟ (e.g. protected workshops): no registry number then. */
  gemkaloStatus: GemkaloStatus;
  foundedOn: string;
  descriptionEl: string;
  descriptionEn: string | null;
  contact: {
    person: string;
    email: string;
    phone: string;
    /** Which contact details the enterprise agreed to show publicly. */
    public: { person: boolean; email: boolean; phone: boolean };
  };
  website: string | null;
  address: {
    street: string;
    postalCode: string;
    municipalityId: string;
    lat: number;
    lon: number;
    public: boolean;
  };
  members: number;
  employees: number;
  /** Employees from vulnerable / special groups (Law 4430/2016 art. 14) or disabled. */
  disadvantaged: number;
  status: EnterpriseStatus;
  /** Days before `today` that municipal staff last verified the profile; null = never. */
  verifiedDaysAgo: number | null;
  activityCodes: readonly DemoActivityCodes[];
}

export interface DemoService {
  enterpriseSlug: string;
  /** Unique within the enterprise; the service id is derived from slug + key. */
  key: string;
  titleEl: string;
  titleEn: string | null;
  descriptionEl: string;
  descriptionEn: string | null;
  status: 'active' | 'inactive';
  cpv: readonly string[];
  categories: readonly string[];
  /** Area ids: 'EL', a region ('EL30'), a regional unit ('EL301') or a municipality. */
  areas: readonly string[];
}
