import type { LegalReference } from '../award-rules-config.ts';

/**
 * Every setting, limit and legal reference the requests for quotes (issue 13) use, in one
 * place. Facts not checked against the Government Gazette carry `verify: true` and are
 * shown with a "to be verified" note, as the eligibility rules do (award-rules-config.ts).
 * Money is in integer euro cents.
 */
export const CONSULTATION_RULES = {
  /** Deadlines are set and shown in the municipality's time (EET/EEST), whatever the server's zone. */
  timeZone: 'Europe/Athens',

  deadline: {
    /**
     * CONSULTATION_MIN_DEADLINE_MINUTES: the shortest time between publishing and the deadline
     * (issue 13). A day by default, so that every invited enterprise can read the call on a
     * working day; the law sets no minimum for a market survey before a direct award.
     */
    defaultMinMinutes: 1440,
    maxMinMinutes: 60 * 24 * 90,
    /** A deadline further ahead than this is a typing error, not a plan. */
    maxDaysAhead: 366,
  },

  vat: {
    /** Standard, reduced, super-reduced, and 0 for exempt supplies (e.g. some social-welfare services). */
    rates: [24, 13, 6, 0] as const,
    reference: {
      el: 'Κώδικας ΦΠΑ, ν. 2859/2000 άρθ. 21 και Παράρτημα ΙΙΙ (24%, 13%, 6%)· απαλλαγές άρθ. 22· κωδικοποίηση ν. 5144/2024 και μειωμένοι συντελεστές νησιών — προς επιβεβαίωση',
      en: 'Greek VAT Code, Law 2859/2000 art. 21 and Annex III (24%, 13%, 6%); exemptions art. 22; codification Law 5144/2024 and island rates — to be verified',
      verify: true,
    } satisfies LegalReference,
  },

  evaluation: {
    /**
     * Law 4412/2016 art. 86: the award criterion is the most economically advantageous offer,
     * on price alone or on the best price-quality ratio; the criteria and their relative weights
     * must be stated in the call (art. 86 §10), so the invitation prints them with the formula.
     */
    reference: {
      el: 'Ν. 4412/2016 άρθ. 86 (κριτήρια ανάθεσης και στάθμισή τους)',
      en: 'Law 4412/2016 art. 86 (award criteria and their weighting)',
      verify: false,
    } satisfies LegalReference,
    /**
     * The price score: the "relative to the lowest price" formula, the most widely used in EU and
     * Greek calls (e.g. the standard tender documents of the Hellenic Single Public Procurement
     * Authority, ΕΑΑΔΗΣΥ): score = lowest net price ÷ the offer's net price × the price weight.
     * The cheapest offer gets the whole price weight; one twice as dear gets half of it. The
     * formula is the authority's choice, which is why the call states it.
     */
    priceFormula: {
      el: 'Βαθμολογία τιμής = (χαμηλότερη καθαρή τιμή ÷ καθαρή τιμή της προσφοράς) × συντελεστής βαρύτητας τιμής',
      en: 'Price score = (lowest net price ÷ the offer’s net price) × price weight',
    },
    /** Each quality criterion is marked 0–100 by the evaluators; it adds (mark ÷ 100) × its weight. */
    qualityScale: { min: 0, max: 100 },
    qualityFormula: {
      el: 'Βαθμολογία κριτηρίου ποιότητας = (βαθμός 0–100 ÷ 100) × συντελεστής βαρύτητας· συνολική βαθμολογία = άθροισμα (μέγιστο 100)',
      en: 'Quality criterion score = (mark 0–100 ÷ 100) × weight; total score = the sum (at most 100)',
    },
    maxCriteria: 10,
    /** Scores are compared to a millionth of a point (exact integer arithmetic, no floats). */
    scoreScale: 1_000_000,
    ties: {
      /**
       * Law 4412/2016 art. 90 §1: on price alone, offers at exactly the same price are equal and
       * the contractor is chosen by lot before the competent body, with those operators present.
       * §2–3: on price-quality, offers with the same total score are equal; for works and
       * technical services the higher technical (quality) score wins, then a lot. Applying the
       * quality score first to other services and supplies is to be verified.
       */
      reference: {
        el: 'Ν. 4412/2016 άρθ. 90 (ισότιμες και ισοδύναμες προσφορές: κλήρωση· σε βέλτιστη σχέση ποιότητας-τιμής προηγείται η μεγαλύτερη βαθμολογία ποιότητας — προς επιβεβαίωση για προμήθειες και γενικές υπηρεσίες)',
        en: 'Law 4412/2016 art. 90 (equal offers: drawing of lots; on price-quality the higher quality score first — to be verified for supplies and general services)',
        verify: true,
      } satisfies LegalReference,
      qualityScoreFirst: true,
    },
  },

  /** Requests and awards of the last 12 months per enterprise, so staff can rotate fairly. */
  rotation: { windowMonths: 12 },

  limits: {
    titleMaxLength: 300,
    descriptionMaxLength: 10_000,
    placeMaxLength: 300,
    departmentMaxLength: 200,
    cancelReasonMaxLength: 2_000,
    offerNoteMaxLength: 2_000,
    rejectionReasonMaxLength: 2_000,
    maxCpvCodes: 10,
    maxInvited: 200,
    /** Files of the call (specifications, terms) and of one offer: PDFs, each at most 10 MB. */
    maxCallFiles: 20,
    maxOfferFiles: 10,
    maxDurationMonths: 120,
    decisionNumberMaxLength: 100,
    /** Up to 10,000,000,000.00 €: beyond any municipal contract, well inside safe integers. */
    maxCents: 1_000_000_000_000,
  },

  socialValue: {
    /** Reported when the contract ends, or yearly for long ones (issue 13). */
    maxPeriodMonths: 12,
    textMaxLength: 1_000,
    maxPeople: 100_000,
  },
} as const;

export type VatRate = (typeof CONSULTATION_RULES.vat.rates)[number];

/**
 * CONSULTATION_MIN_DEADLINE_MINUTES from the environment: whole minutes, at most 90 days;
 * unset or empty = the default. Throws with the variable's name (config.ts turns it into a
 * ConfigError at start).
 */
export function parseMinDeadlineMinutes(value: string | undefined): number {
  const { defaultMinMinutes, maxMinMinutes } = CONSULTATION_RULES.deadline;
  if (value === undefined || value.trim() === '') return defaultMinMinutes;
  if (!/^\d+$/.test(value.trim()) || Number(value) > maxMinMinutes)
    throw new Error(`CONSULTATION_MIN_DEADLINE_MINUTES must be whole minutes 0–${maxMinMinutes}, got "${value}"`);
  return Number(value);
}
