import type { AwardRoute } from './award-routes.ts';
import type { LegalForm } from './legal-forms.ts';

/**
 * Every threshold, list and legal reference the eligibility engine (eligibility.ts) uses,
 * in one place (DESIGN §2: "all thresholds are configuration"). Facts that DESIGN marks
 * *verify* — widely cited but not checked against the Government Gazette — carry
 * `verify: true`; the UI and the exports show them with a "to be verified" note, so that
 * a lawyer can confirm or correct them here without touching the engine.
 *
 * Money is in integer euro cents; durations in whole months; windows in days.
 */

export interface LegalReference {
  el: string;
  en: string;
  /** True where DESIGN §2 marks the fact *verify*: show "to be verified" next to it. */
  verify: boolean;
}

export interface RouteRules {
  route: AwardRoute;
  nameEl: string;
  nameEn: string;
  reference: LegalReference;
  /** Legal forms that qualify for the route by themselves. */
  qualifyingLegalForms: readonly LegalForm[];
  /**
   * Legal forms that may qualify but need a check the register cannot make (statutes,
   * workforce evidence): the rule answers `unknown`, never `pass` or `fail`.
   */
  conditionalLegalForms: readonly LegalForm[];
  /** Whether ΓΕΜΚΑΛΟ registration is a condition of the route (`advisory` turns a failure into a warning). */
  gemkalo: 'required' | 'advisory';
}

const ALL_LEGAL_FORMS: readonly LegalForm[] = [
  'koinsep_integration_vulnerable',
  'koinsep_integration_special',
  'koinsep_collective_benefit',
  'koispe',
  'worker_coop',
  'protected_workshop',
  'other_sse',
];

export const AWARD_RULES = {
  routes: {
    reserved_art20: {
      route: 'reserved_art20',
      nameEl: 'Σύμβαση με επιφύλαξη (άρθ. 20)',
      nameEn: 'Reserved contract (art. 20)',
      reference: {
        el: 'Ν. 4412/2016 άρθ. 20 (Οδηγία 2014/24/ΕΕ άρθ. 20)',
        en: 'Law 4412/2016 art. 20 (Directive 2014/24/EU art. 20)',
        verify: false,
      },
      // Integration ΚοινΣΕπ (Law 4430/2016 art. 14 §1α–β), ΚοιΣΠΕ (Law 2716/1999 art. 12) and
      // protected workshops (Law 2646/1998 art. 17) exist to employ disadvantaged persons.
      qualifyingLegalForms: ['koinsep_integration_vulnerable', 'koinsep_integration_special', 'koispe', 'protected_workshop'],
      // Any other operator qualifies only with evidence that > 30% of its workforce is disabled or disadvantaged.
      conditionalLegalForms: ['koinsep_collective_benefit', 'worker_coop', 'other_sse'],
      gemkalo: 'required',
    },
    reserved_social_services: {
      route: 'reserved_social_services',
      nameEl: 'Σύμβαση με επιφύλαξη για κοινωνικές υπηρεσίες',
      nameEn: 'Reserved contract for social services',
      reference: {
        el: 'Οδηγία 2014/24/ΕΕ άρθ. 77 (ενσωμάτωση: Ν. 4412/2016 άρθ. 117 — προς επιβεβαίωση)',
        en: 'Directive 2014/24/EU art. 77 (transposed by Law 4412/2016 art. 117 — to be verified)',
        verify: true,
      },
      // Art. 77(2): public-service mission, profits reinvested, employee-owned or participatory
      // management. ΚοινΣΕπ and ΚοιΣΠΕ meet these by law; worker co-ops are employee-owned.
      qualifyingLegalForms: ['koinsep_integration_vulnerable', 'koinsep_integration_special', 'koinsep_collective_benefit', 'koispe', 'worker_coop'],
      // Statutes must be read: the register cannot tell.
      conditionalLegalForms: ['protected_workshop', 'other_sse'],
      gemkalo: 'required',
    },
    direct_award: {
      route: 'direct_award',
      nameEl: 'Απευθείας ανάθεση',
      nameEn: 'Direct award',
      reference: {
        el: 'Ν. 4412/2016 άρθ. 118, όπως τροποποιήθηκε με τον Ν. 4782/2021',
        en: 'Law 4412/2016 art. 118, as amended by Law 4782/2021',
        verify: false,
      },
      qualifyingLegalForms: ALL_LEGAL_FORMS,
      conditionalLegalForms: [],
      gemkalo: 'required',
    },
    programmatic_agreement: {
      route: 'programmatic_agreement',
      nameEl: 'Προγραμματική σύμβαση',
      nameEn: 'Programmatic agreement',
      reference: {
        el: 'Ν. 4430/2016 (άρθρο προς επιβεβαίωση) σε συνδ. με Ν. 3852/2010 άρθ. 100',
        en: 'Law 4430/2016 (article to be verified) with Law 3852/2010 art. 100',
        verify: true,
      },
      qualifyingLegalForms: ['koinsep_integration_vulnerable', 'koinsep_integration_special', 'koinsep_collective_benefit'],
      conditionalLegalForms: ['koispe', 'other_sse'],
      gemkalo: 'required',
    },
    open_procedure: {
      route: 'open_procedure',
      nameEl: 'Ανοικτή διαδικασία',
      nameEn: 'Open procedure',
      reference: {
        el: 'Ν. 4412/2016 άρθ. 27 (κοινωνικοί όροι: άρθ. 18 §2, άρθ. 86)',
        en: 'Law 4412/2016 art. 27 (social clauses: art. 18(2), art. 86)',
        verify: false,
      },
      qualifyingLegalForms: ALL_LEGAL_FORMS,
      conditionalLegalForms: [],
      // Any supplier may tender: a lapsed ΓΕΜΚΑΛΟ registration is worth knowing, not disqualifying.
      gemkalo: 'advisory',
    },
  } satisfies Record<AwardRoute, RouteRules>,

  art20: {
    /**
     * Percentage of disabled or disadvantaged workers that must be exceeded — strictly, which
     * satisfies both the Greek and the EU text (DESIGN §2). Compared in integers, never floats.
     */
    minWorkforceSharePercentExclusive: 30,
    reference: {
      el: 'Ν. 4412/2016 άρθ. 20: ποσοστό άνω του 30% των εργαζομένων με αναπηρία ή μειονεκτούντες',
      en: 'Law 4412/2016 art. 20: more than 30% of workers disabled or disadvantaged',
      verify: false,
    },
  },

  directAward: {
    /** Law 4412/2016 art. 118 as amended by Law 4782/2021: up to €30,000 net of VAT. */
    maxNetCents: 3_000_000,
    /** Contract types the threshold is configured for (DESIGN §2: services and supplies). */
    contractTypes: ['services', 'supplies'] as Array<'works' | 'services' | 'supplies'>,
    /**
     * Anti-splitting: earlier direct awards are summed per CPV class (the first 4 digits),
     * per calendar year (the year of the need's start date, i.e. the budget year it is
     * charged to), across all departments of the authority.
     */
    splittingCpvDigits: 4,
    reference: {
      el: 'Ν. 4412/2016 άρθ. 118 §1 (όριο 30.000 € χωρίς ΦΠΑ, Ν. 4782/2021) και άρθ. 6 (απαγόρευση κατάτμησης)',
      en: 'Law 4412/2016 art. 118(1) (€30,000 net of VAT, Law 4782/2021) and art. 6 (no splitting to avoid thresholds)',
      verify: false,
    },
  },

  socialServices: {
    /** The CPV list is the `cpv_codes.social_services` flag (EU eForms SDK, Directive Annex XIV). */
    maxDurationMonths: 36,
    /** No award under this route to the same operator by the same authority in this many months. */
    previousAwardLookbackMonths: 36,
    reference: {
      el: 'Οδηγία 2014/24/ΕΕ άρθ. 77 §2–3 (ενσωμάτωση στον Ν. 4412/2016 — προς επιβεβαίωση)',
      en: 'Directive 2014/24/EU art. 77(2)–(3) (Greek transposition — to be verified)',
      verify: true,
    },
  },

  gemkalo: {
    reference: {
      el: 'Ν. 4430/2016 άρθ. 6 (Γενικό Μητρώο Φορέων ΚΑΛΟ· βεβαίωση μέλους ισχύει 1 έτος)',
      en: 'Law 4430/2016 art. 6 (General Registry of SSE bodies; membership certificate valid 1 year)',
      verify: true,
    },
    /** Not social-economy registry bodies: ΓΕΜΚΑΛΟ does not apply to them. */
    exemptLegalForms: ['protected_workshop'] as readonly LegalForm[],
  },

  clearances: {
    /** A certificate expiring within this many days after the start date is a warning. */
    expiryWarningDays: 30,
    taxReference: {
      el: 'Ν. 4412/2016 άρθ. 73 §2 (φορολογική ενημερότητα)',
      en: 'Law 4412/2016 art. 73(2) (tax clearance)',
      verify: false,
    },
    socialSecurityReference: {
      el: 'Ν. 4412/2016 άρθ. 73 §2 (ασφαλιστική ενημερότητα e-ΕΦΚΑ)',
      en: 'Law 4412/2016 art. 73(2) (social-security clearance, e-EFKA)',
      verify: false,
    },
  },

  cpvMatch: {
    /** matchCpv score at or above which a service fully meets the needed code (exact or narrower). */
    passScore: 0.95,
    /** Lowest score that makes an enterprise a candidate at all (group level). Below it, it is not listed. */
    candidateScore: 0.4,
    reference: {
      el: 'Κανονισμός (ΕΚ) 213/2008 (CPV)',
      en: 'Regulation (EC) 213/2008 (CPV)',
      verify: false,
    },
  },

  placeOfPerformance: {
    reference: { el: 'Τόπος εκτέλεσης της σύμβασης', en: 'Place of performance of the contract', verify: false },
  },

  rotation: {
    /** Total awarded is summed over this many months before the start date (fair spreading of work). */
    windowMonths: 12,
  },
};

export type AwardRulesConfig = typeof AWARD_RULES;

export function routeRules(route: AwardRoute): RouteRules {
  return AWARD_RULES.routes[route];
}

export const AWARD_ROUTES = Object.keys(AWARD_RULES.routes) as [AwardRoute, ...AwardRoute[]];
