import { AWARD_RULES } from './award-rules-config.ts';
import { addDays } from './eligibility-format.ts';

/** The certificates an enterprise keeps on file (issue 5); the eligibility engine reads their dates. */
export const DOCUMENT_KINDS = [
  'tax_clearance',
  'social_security_clearance',
  'gemi_certificate',
  'gemkalo_certificate',
  'workforce_composition',
] as const;
export type ComplianceDocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Within this many days of valid_until a document shows as expiring: the eligibility engine's window. */
export const EXPIRY_WARNING_DAYS = AWARD_RULES.clearances.expiryWarningDays;

export type DocumentState = 'valid' | 'expiring' | 'expired';

export function documentState(validUntil: string, today: string): DocumentState {
  if (validUntil < today) return 'expired';
  return validUntil < addDays(today, EXPIRY_WARNING_DAYS + 1) ? 'expiring' : 'valid';
}
