/**
 * Facts of the demo enterprises' statutes, as staff would record them after reading the
 * statutes (fictional). They drive art. 20 for operators that do not qualify by their form
 * (a main statutory purpose of integration) and the art. 77(2) conditions of the reserved
 * social-services route. Enterprises not listed have nothing recorded (the engine: unknown).
 * `verifiedDaysAgo: null` = recorded but not yet verified against the statutes (warning).
 */

export interface DemoStatutes {
  integrationPurpose: boolean | null;
  publicServiceMission: boolean | null;
  profitsReinvested: boolean | null;
  participatoryGovernance: boolean | null;
  verifiedDaysAgo: number | null;
}

export const DEMO_STATUTES: Readonly<Record<string, DemoStatutes>> = {
  // 31% disadvantaged workers and an integration purpose in the statutes: art. 20 by both facts.
  astrafto: {
    integrationPurpose: true,
    publicServiceMission: true,
    profitsReinvested: true,
    participatoryGovernance: true,
    verifiedDaysAgo: 40,
  },
  // Exactly 30% and a purpose of collective benefit, not integration.
  'katharo-chalandri': {
    integrationPurpose: false,
    publicServiceMission: true,
    profitsReinvested: true,
    participatoryGovernance: true,
    verifiedDaysAgo: 75,
  },
  // A worker cooperative: employee-owned, profits shared, no public-service mission.
  'katharos-orizontas': {
    integrationPurpose: false,
    publicServiceMission: false,
    profitsReinvested: false,
    participatoryGovernance: true,
    verifiedDaysAgo: 120,
  },
  // Home care: the art. 77(2) conditions, verified.
  'agkalia-frontidas': {
    integrationPurpose: false,
    publicServiceMission: true,
    profitsReinvested: true,
    participatoryGovernance: true,
    verifiedDaysAgo: 20,
  },
  // Children's activities: recorded from the statutes, not yet verified.
  'paidiki-gonia': {
    integrationPurpose: false,
    publicServiceMission: true,
    profitsReinvested: true,
    participatoryGovernance: true,
    verifiedDaysAgo: null,
  },
  // Counselling: two conditions recorded, the governance one still missing.
  dialogos: {
    integrationPurpose: null,
    publicServiceMission: true,
    profitsReinvested: true,
    participatoryGovernance: null,
    verifiedDaysAgo: null,
  },
  'energeia-entaxis': {
    integrationPurpose: true,
    publicServiceMission: true,
    profitsReinvested: true,
    participatoryGovernance: true,
    verifiedDaysAgo: 60,
  },
};
