import type { AwardRoute } from './award-routes.ts';
import type { LegalForm } from './legal-forms.ts';

/**
 * Every list, legal reference and per-rule setting the eligibility engine uses, in one place
 * (DESIGN §2: "all thresholds are configuration"); the money thresholds of the procedures are
 * in procedure-thresholds.ts. A reference with `verify: true` is widely cited but not
 * confirmed against the Government Gazette: the engine never answers `pass` on it (at most a
 * warning "legal basis to be confirmed"), and the UI shows "to be verified" next to it, so a
 * lawyer can confirm or correct it here without touching the engine.
 *
 * Money is in integer euro cents; durations in whole months; windows in days.
 */

export interface LegalReference {
  el: string;
  en: string;
  /** True where the fact is not confirmed: no check on it ever passes (capped to warning). */
  verify: boolean;
}

export interface Bilingual {
  el: string;
  en: string;
}

export interface RouteRules {
  route: AwardRoute;
  nameEl: string;
  nameEn: string;
  reference: LegalReference;
  /** Legal forms that qualify for the route by their form alone. */
  qualifyingLegalForms: readonly LegalForm[];
  /** Whether ΓΕΜΚΑΛΟ registration is a condition of the route (`advisory` turns a failure into a warning). */
  gemkalo: 'required' | 'advisory';
  /** For a reserved route: the article the call for tenders must cite (a reservation is not a procedure). */
  reservingArticle: Bilingual | null;
  /** Shown next to existing contracts of this route in the register, or null. */
  contractsFlag: Bilingual | null;
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
      // Any other operator needs both facts of art20 below (statutes purpose and > 30%).
      qualifyingLegalForms: [
        'koinsep_integration_vulnerable',
        'koinsep_integration_special',
        'koispe',
        'protected_workshop',
      ],
      gemkalo: 'required',
      reservingArticle: { el: 'άρθρο 20 του Ν. 4412/2016', en: 'Law 4412/2016 art. 20' },
      contractsFlag: null,
    },
    reserved_social_services: {
      route: 'reserved_social_services',
      nameEl: 'Σύμβαση με επιφύλαξη για κοινωνικές υπηρεσίες',
      nameEn: 'Reserved contract for social services',
      // Directive 2014/24 art. 77. The Greek transposition is most likely Law 4412/2016 art. 110
      // (DESIGN §2); not confirmed (searched 2026: no source found) — art. 117 is the simplified
      // tender, not this route.
      reference: {
        el: 'Οδηγία 2014/24/ΕΕ άρθ. 77 (ενσωμάτωση: πιθανότατα Ν. 4412/2016 άρθ. 110 — προς επιβεβαίωση)',
        en: 'Directive 2014/24/EU art. 77 (transposition: most likely Law 4412/2016 art. 110 — to be verified)',
        verify: true,
      },
      // Art. 77(2): no legal form qualifies by itself; the conditions are facts of the statutes.
      qualifyingLegalForms: [],
      gemkalo: 'required',
      reservingArticle: {
        el: 'άρθρο 77 της Οδηγίας 2014/24/ΕΕ (και το άρθρο ενσωμάτωσης του Ν. 4412/2016)',
        en: 'Directive 2014/24/EU art. 77 (and the transposing article of Law 4412/2016)',
      },
      contractsFlag: null,
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
      gemkalo: 'required',
      reservingArticle: null,
      contractsFlag: null,
    },
    programmatic_agreement: {
      route: 'programmatic_agreement',
      nameEl: 'Προγραμματική σύμβαση',
      nameEn: 'Programmatic agreement',
      // Art. 100 agreements are between public bodies and the legal persons the article names.
      // Court of Audit: Τμ. 7 2007/2014 (a ΚοινΣΕπ running municipal nurseries) and Κλ. Ζ' 250/2013
      // (DESIGN §2); the decision numbers are not confirmed against the Court's database.
      reference: {
        el: 'Ν. 3852/2010 άρθ. 100· Ελεγκτικό Συνέδριο Τμ. 7 2007/2014 και Κλ. Ζ΄ 250/2013 (αριθμοί προς επιβεβαίωση)',
        en: 'Law 3852/2010 art. 100; Court of Audit Section 7 2007/2014 and Chamber VII 250/2013 (numbers to be verified)',
        verify: true,
      },
      // Kept selectable so staff learn why: no private-law body qualifies (see legal-form check).
      qualifyingLegalForms: [],
      gemkalo: 'required',
      reservingArticle: null,
      contractsFlag: {
        el: 'Προγραμματική σύμβαση με νομικό πρόσωπο ιδιωτικού δικαίου: κατά το Ελεγκτικό Συνέδριο πρόκειται για δημόσια σύμβαση υπηρεσιών που απαιτεί διαδικασία ανάθεσης. Ελέγξτε τη νομιμότητά της.',
        en: 'Programmatic agreement with a private-law body: the Court of Audit held such agreements to be public service contracts needing a procurement procedure. Review its legality.',
      },
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
      // Any supplier may tender: a lapsed ΓΕΜΚΑΛΟ registration is worth knowing, not disqualifying.
      gemkalo: 'advisory',
      reservingArticle: null,
      contractsFlag: null,
    },
  } satisfies Record<AwardRoute, RouteRules>,

  art20: {
    /**
     * Percentage of disabled or disadvantaged workers that must be exceeded — strictly, which
     * satisfies both the Greek and the EU text (DESIGN §2; a stricter national rule is allowed,
     * CJEU C-598/19 Conacee). Compared in integers, never floats.
     */
    minWorkforceSharePercentExclusive: 30,
    reference: {
      el: 'Ν. 4412/2016 άρθ. 20: κύριος καταστατικός σκοπός η κοινωνική και επαγγελματική ένταξη και ποσοστό άνω του 30% εργαζομένων με αναπηρία ή μειονεκτούντων',
      en: 'Law 4412/2016 art. 20: main statutory purpose of social and professional integration and more than 30% of workers disabled or disadvantaged',
      verify: false,
    },
  },

  programmaticAgreement: {
    /**
     * Forms that might be run by a public-law body (a protected workshop may be set up by one,
     * Law 2646/1998 art. 17): the register cannot tell, so `unknown`. Every other form in the
     * register is a private-law body: `fail`.
     */
    possiblyPublicLegalForms: ['protected_workshop'] as readonly LegalForm[],
  },

  directAward: {
    /**
     * Anti-splitting (Law 4412/2016 art. 6): the authority's direct awards of the financial year
     * of the award decision, all departments and all suppliers, whose CPV code is related to a
     * needed code (cpv.ts relatedCpv: one contains the other, or the same 3-digit group).
     */
    reference: {
      el: 'Ν. 4412/2016 άρθ. 118 §1 (όρια απευθείας ανάθεσης, Ν. 4782/2021) και άρθ. 6 (υπολογισμός αξίας με δικαιώματα προαίρεσης· απαγόρευση κατάτμησης)',
      en: 'Law 4412/2016 art. 118(1) (direct-award limits, Law 4782/2021) and art. 6 (value with options; no splitting)',
      verify: false,
    },
  },

  socialServices: {
    /** Directive art. 77(3): at most 3 years, options and extensions included. */
    maxDurationMonths: 36,
    /** Art. 77(3): no award under this article to the same operator by the same authority in the 3 years before the award decision. */
    previousAwardLookbackMonths: 36,
    reference: {
      el: 'Οδηγία 2014/24/ΕΕ άρθ. 77 §2–3 (ενσωμάτωση: πιθανότατα Ν. 4412/2016 άρθ. 110 — προς επιβεβαίωση)',
      en: 'Directive 2014/24/EU art. 77(2)–(3) (transposition: most likely Law 4412/2016 art. 110 — to be verified)',
      verify: true,
    },
  },

  gemkalo: {
    // Law 4430/2016 art. 4 (confirmed from the Gazette's table of contents, ΦΕΚ Α΄ 205/31.10.2016):
    // "Γενικό Μητρώο Φορέων ΚΑΛΟ". The certificate's validity is the date printed on it.
    reference: {
      el: 'Ν. 4430/2016 άρθ. 4 (Γενικό Μητρώο Φορέων Κοινωνικής και Αλληλέγγυας Οικονομίας)',
      en: 'Law 4430/2016 art. 4 (General Registry of Social and Solidarity Economy bodies)',
      verify: false,
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
    // Art. 73 §1: exclusion for final convictions, evidenced by a criminal-record certificate.
    criminalRecordReference: {
      el: 'Ν. 4412/2016 άρθ. 73 §1 (απόσπασμα ποινικού μητρώου)',
      en: 'Law 4412/2016 art. 73(1) (criminal-record certificate)',
      verify: false,
    },
    // Art. 73 §4(β) (insolvency, liquidation) and art. 75 §2 (registration in the professional register).
    gemiReference: {
      el: 'Ν. 4412/2016 άρθ. 73 §4 και άρθ. 75 §2 (πιστοποιητικό ΓΕΜΗ)',
      en: 'Law 4412/2016 art. 73(4) and art. 75(2) (GEMI certificate)',
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
