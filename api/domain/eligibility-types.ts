import type { AwardRoute } from './award-routes.ts';
import type { ComplianceDocumentKind } from './compliance-documents.ts';
import type { GemkaloStatus } from './enterprise-status.ts';
import type { LegalForm } from './legal-forms.ts';
import type { Bilingual, LegalReference } from './award-rules-config.ts';
import type { CpvMatchKind } from './cpv.ts';
import type { RequiredProcedure } from './procedure-thresholds.ts';

/** The shapes the eligibility engine (eligibility.ts) reads and answers. Pure data. */

export type { Bilingual, LegalReference };

/**
 * `fail` = a rule is broken on the facts we hold; `unknown` = the register lacks the fact;
 * `warning` = staff must act or confirm (also: a pass whose legal basis is `verify`).
 */
export type CheckOutcome = 'pass' | 'fail' | 'warning' | 'unknown';
export type EligibilityGroup = 'eligible' | 'conditional' | 'ineligible';
export type EligibilityRule =
  | 'legal_form'
  | 'art20_statutes_purpose'
  | 'art20_workforce_share'
  | 'gemkalo_registration'
  | 'gemkalo_certificate'
  | 'tax_clearance'
  | 'social_security_clearance'
  | 'criminal_record'
  | 'gemi_certificate'
  | 'activity_codes'
  | 'service_match'
  | 'place_of_performance'
  | 'direct_award_value'
  | 'direct_award_splitting'
  | 'social_services_cpv'
  | 'social_services_duration'
  | 'social_services_previous_award'
  | 'social_services_statutes';

export interface EligibilityCheck {
  rule: EligibilityRule;
  outcome: CheckOutcome;
  message: Bilingual;
  reference: LegalReference;
}

export interface NeedCpv {
  code: string;
  /** `cpv_codes.social_services`: Annex XIV, listed for the reserved social-services route. */
  socialServices: boolean;
}

export interface Need {
  cpvCodes: NeedCpv[];
  /** Free words; when there are no CPV codes, the caller's text search picked the candidates. */
  keywords: string | null;
  route: AwardRoute;
  /** Estimated value net of VAT, without options. */
  valueNetCents: number | null;
  /** Options and extensions, net (Law 4412/2016 art. 6 §1); 0 when none. Thresholds compare value + options. */
  optionsValueNetCents: number;
  /** Date of the award decision (YYYY-MM-DD): certificates, the art. 77 window and the splitting year count from it. */
  decisionDate: string;
  /** Start of performance (YYYY-MM-DD): certificates must also be valid on it. */
  startDate: string;
  /** Duration in months including options and extensions (art. 77(3) counts them). */
  durationMonths: number | null;
  /** Place of performance with the ids of every area that covers all of it (itself and its ancestors). */
  place: { id: string; nameEl: string; nameEn: string; coveringIds: string[] } | null;
}

export interface AreaRef {
  id: string;
  nameEl: string;
  nameEn: string;
}

export interface DocumentFact {
  kind: ComplianceDocumentKind;
  issuedOn: string;
  /** As printed on the certificate. */
  validUntil: string;
  /** When staff checked it; only verified certificates pass. */
  verifiedAt: string | null;
}

/** Facts of the statutes recorded by staff: null = not recorded. */
export interface StatutesFacts {
  /** Art. 20: main statutory purpose of social and professional integration of disabled or disadvantaged persons. */
  integrationPurpose: boolean | null;
  /** Art. 77(2)(a): a public-service mission linked to the delivery of the services. */
  publicServiceMission: boolean | null;
  /** Art. 77(2)(b): profits reinvested to achieve the objective. */
  profitsReinvested: boolean | null;
  /** Art. 77(2)(c): ownership or management based on employee ownership or participatory principles. */
  participatoryGovernance: boolean | null;
  /** When staff verified the recorded facts against the statutes; null = recorded but not verified. */
  verifiedAt: string | null;
}

export const NO_STATUTES_FACTS: StatutesFacts = {
  integrationPurpose: null,
  publicServiceMission: null,
  profitsReinvested: null,
  participatoryGovernance: null,
  verifiedAt: null,
};

export interface ActivityCodeFact {
  /** ΚΑΔ as written by AADE, e.g. `81.21.10.00`. */
  code: string;
  /** ΚΑΔ 2008 (NACE Rev.2) or ΚΑΔ 2025 (NACE Rev.2.1, in force from 2026-03-01). */
  version: '2008' | '2025';
  primary: boolean;
}

export interface EnterpriseFacts {
  id: string;
  slug: string;
  name: string;
  legalForm: LegalForm;
  employeesCount: number | null;
  disadvantagedEmployeesCount: number | null;
  gemkaloStatus: GemkaloStatus;
  documents: DocumentFact[];
  statutes: StatutesFacts;
  activityCodes: ActivityCodeFact[];
  /** Active services only. */
  services: Array<{ id: string; title: string; cpvCodes: string[]; areas: AreaRef[] }>;
  /** Found by the need's keywords (text search done by the caller). */
  keywordMatch: boolean;
  contracts: Array<{ title: string; awardRoute: AwardRoute; awardedOn: string; valueNetCents: number }>;
}

export interface DirectAwardFact {
  awardedOn: string;
  department: string;
  supplierName: string;
  title: string;
  cpvCode: string;
  valueNetCents: number;
}

export interface AuthorityFacts {
  /** Direct awards of the authority (all departments, all suppliers), at least those of the decision date's year. */
  directAwards: DirectAwardFact[];
}

/** The anti-splitting analysis of a direct-award need (Law 4412/2016 art. 6). */
export interface SplittingAnalysis {
  /** The financial year: the year of the award decision. */
  year: string;
  /** Earlier direct awards of that year with a related CPV code, oldest first. */
  relatedAwards: DirectAwardFact[];
  earlierNetCents: number;
  /** This need: value plus options. */
  needNetCents: number;
  limitNetCents: number;
  outcome: CheckOutcome;
}

export interface RotationInfo {
  lastAwardedOn: string | null;
  /** Net value awarded in the configured window before the start date. */
  awardedNetCentsInWindow: number;
  contractsInWindow: number;
  windowMonths: number;
}

export interface EnterpriseEligibility {
  enterprise: { id: string; slug: string; name: string };
  group: EligibilityGroup;
  /** The most severe check (fail > unknown > warning), for the row's one-line summary; null when all pass. */
  headline: EligibilityCheck | null;
  /** 0…1: how well the enterprise's services meet the needed CPV codes (CPV matchCpv scores). */
  matchQuality: number;
  matchKind: CpvMatchKind | 'keywords';
  checks: EligibilityCheck[];
  rotation: RotationInfo;
  /** Valid-until of the latest certificate of each kind on file (for the shortlist). */
  documents: Partial<Record<ComplianceDocumentKind, string>>;
  /** ΚΑΔ codes with their version, shown next to the need's CPV. */
  activityCodes: ActivityCodeFact[];
}

export interface EligibilityResult {
  eligible: EnterpriseEligibility[];
  conditional: EnterpriseEligibility[];
  ineligible: EnterpriseEligibility[];
  requiredProcedure: RequiredProcedure;
  /** Only for the direct-award route with a value and a CPV code. */
  splitting: SplittingAnalysis | null;
}

export function check(
  rule: EligibilityRule,
  outcome: CheckOutcome,
  reference: LegalReference,
  el: string,
  en: string,
): EligibilityCheck {
  return { rule, outcome, message: { el, en }, reference };
}
