import type { EligibilityRule } from './eligibility.ts';

/**
 * The rules that depend on the enterprise alone (not on a need): legal form for the route,
 * ΓΕΜΚΑΛΟ registration and certificate, tax and social-security clearances. "Ready to award
 * today" = none of them fails or is unknown on that date.
 */
export const READINESS_RULES: readonly EligibilityRule[] = ['legal_form', 'gemkalo_registration', 'gemkalo_certificate', 'tax_clearance', 'social_security_clearance'];
