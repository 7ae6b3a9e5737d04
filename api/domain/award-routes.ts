/**
 * The award routes the register knows (DESIGN §2). Their names, thresholds and legal
 * references are in award-rules-config.ts.
 */
export const AWARD_ROUTES = [
  'reserved_art20',
  'reserved_social_services',
  'direct_award',
  'programmatic_agreement',
  'open_procedure',
] as const;
export type AwardRoute = (typeof AWARD_ROUTES)[number];
