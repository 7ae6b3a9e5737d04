/**
 * Facts of an enterprise's statutes that staff record after reading them (issue 11): the
 * eligibility engine never takes them from a legal form. Law 4412/2016 art. 20: a main statutory
 * purpose of social and professional integration (for operators that do not qualify by form);
 * Directive 2014/24 art. 77(2): public-service mission, profits reinvested, participatory
 * ownership or management. null = not recorded, true = the statutes say so, false = they do not.
 */
export const STATUTES_FACTS = [
  'integrationPurpose',
  'publicServiceMission',
  'profitsReinvested',
  'participatoryGovernance',
] as const;
export type StatutesFact = (typeof STATUTES_FACTS)[number];
export type StatutesFactValues = Record<StatutesFact, boolean | null>;

/** The enterprises column of each fact (migration 007). */
export const STATUTES_COLUMNS = {
  integrationPurpose: 'statutes_integration_purpose',
  publicServiceMission: 'statutes_public_service_mission',
  profitsReinvested: 'statutes_profits_reinvested',
  participatoryGovernance: 'statutes_participatory_governance',
} as const satisfies Record<StatutesFact, string>;

/** 1/0/null in the database ↔ true/false/null. */
export const factFromColumn = (value: number | null): boolean | null => (value === null ? null : value === 1);
export const factToColumn = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);
