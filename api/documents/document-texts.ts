import type { DocumentLang } from './document-model.ts';
import { el } from './texts/el.ts';
import { en } from './texts/en.ts';

/**
 * Every word the generated documents print, one catalogue per language (texts/el.ts is the
 * reference; English complete). Adding a language means adding a catalogue here.
 */
export interface DocumentTexts {
  pageWords: { page: string; of: string };
  date: string;
  reference: string;
  to: string;
  yes: string;
  no: string;
  none: string;
  months: (n: number) => string;
  athensTime: string;
  total: string;
  legalReference: string;
  toBeVerified: string;

  invitation: {
    title: string;
    intro: (authority: string, department: string) => string;
    sectionObject: string;
    object: string;
    description: string;
    cpv: string;
    place: string;
    start: string;
    duration: string;
    sectionProcedure: string;
    route: string;
    reservedNote: (reference: string) => string;
    valueNet: string;
    optionsNet: string;
    valueWithOptions: string;
    sectionCriterion: string;
    lowestPrice: string;
    bestPriceQuality: string;
    criteriaCaption: string;
    criterion: string;
    criterionType: string;
    priceKind: string;
    qualityKind: string;
    weight: string;
    ties: string;
    sectionSubmission: string;
    deadline: string;
    submitAt: (url: string, deadline: string) => string;
    late: string;
    sealed: string;
    offerContents: string[];
    sectionAttachments: string;
    signatory: string;
  };

  minutes: {
    title: string;
    intro: (date: string, title: string, deadline: string) => string;
    sectionProcedure: string;
    object: string;
    route: string;
    valueNet: string;
    published: string;
    deadline: string;
    criterion: string;
    sectionReceived: string;
    received: (offers: number, invited: number) => string;
    enterprise: string;
    submittedAt: string;
    declined: string;
    noOffer: string;
    invitedStatus: string;
    sectionReview: string;
    decision: string;
    accepted: string;
    rejected: string;
    reason: string;
    sectionComparison: string;
    rank: string;
    priceNet: string;
    vatRate: string;
    vat: string;
    priceTotal: string;
    priceScore: string;
    qualityScore: string;
    totalScore: string;
    sectionQuality: string;
    formula: string;
    tieForFirst: (names: string) => string;
    decidedByLot: (names: string) => string;
    lotNote: (note: string) => string;
    sectionProposal: string;
    proposal: (enterprise: string, net: string, total: string, rate: number) => string;
    noWinner: string;
    evaluators: string;
  };

  socialValue: {
    title: (year: number) => string;
    subtitle: string;
    intro: (authority: string, year: number) => string;
    sectionSummary: string;
    contracts: string;
    spendNet: string;
    enterprises: string;
    shareOfProcurement: string;
    vulnerableWorkers: string;
    vulnerableHours: string;
    newHires: string;
    vulnerableShare: string;
    pendingReports: string;
    sectionSpend: string;
    byRoute: string;
    byDepartment: string;
    byCategory: string;
    route: string;
    department: string;
    category: string;
    uncategorised: string;
    value: string;
    sectionSocialValue: string;
    byEnterprise: string;
    valueByRoute: string;
    valueByDepartment: string;
    enterprise: string;
    people: string;
    hours: string;
    hires: string;
    sectionStories: string;
    story: (enterprise: string, contract: string, from: string, to: string) => string;
    noReports: string;
    sectionMethod: string;
    method: string[];
  };
}

export const DOCUMENT_TEXTS: Record<DocumentLang, DocumentTexts> = { el, en };
