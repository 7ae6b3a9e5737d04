import { routeRules } from '../../api/domain/award-rules-config.ts';
import { parseEvaluationRule, type EvaluationRule } from '../../api/domain/consultations/evaluation-rule.ts';
import {
  evaluateOffers,
  type OfferDecision,
  type OfferForEvaluation,
} from '../../api/domain/consultations/evaluation.ts';
import { offerAmounts } from '../../api/domain/consultations/offer-rules.ts';
import {
  aggregateSocialValue,
  type ReportForAggregation,
} from '../../api/domain/consultations/social-value-aggregation.ts';
import type { AuthorityInfo } from '../../api/documents/document-common.ts';
import type { EvaluationMinutesData } from '../../api/documents/evaluation-minutes.ts';
import type { InvitationData } from '../../api/documents/invitation.ts';
import type { SocialValueReportData } from '../../api/documents/social-value-report.ts';

/** Realistic document inputs, built through the domain functions the services will use. */

export const AUTHORITY: AuthorityInfo = {
  name: 'Δήμος Χαλανδρίου',
  department: 'Διεύθυνση Παιδείας',
  contactLines: ['Αγ. Γεωργίου 40, 152 34 Χαλάνδρι', 'Τηλ. 213 2023 000 · promithies@example.gr'],
};

export const PRICE_QUALITY = (() => {
  const parsed = parseEvaluationRule({
    criteria: [
      { name: 'Τιμή', nameEn: 'Price', weight: 60, kind: 'price' },
      { name: 'Εμπειρία σε σχολικά κτίρια', nameEn: 'Experience with school buildings', weight: 30 },
      { name: 'Απασχόληση ατόμων από ευάλωτες ομάδες', nameEn: 'Employment of vulnerable people', weight: 10 },
    ],
  });
  if (!parsed.ok) throw new Error('bad fixture');
  return parsed.value;
})();

export function invitationData(evaluation: EvaluationRule = PRICE_QUALITY): InvitationData {
  return {
    authority: AUTHORITY,
    reference: '12345/2026',
    issuedOn: '2026-05-08',
    consultation: {
      title: 'Καθαρισμός τεσσάρων σχολικών μονάδων',
      description: 'Καθημερινός καθαρισμός των 1ου, 3ου, 5ου και 7ου Δημοτικού Σχολείου, Σεπτέμβριος–Ιούνιος.',
      cpv: [
        { code: '90919300-5', labelEl: 'Υπηρεσίες καθαρισμού σχολείων', labelEn: 'School cleaning services' },
        { code: '90910000-9', labelEl: 'Υπηρεσίες καθαρισμού', labelEn: 'Cleaning services' },
      ],
      route: 'reserved_art20',
      valueNetCents: 2_400_000,
      optionsValueNetCents: 240_050,
      place: 'Δημοτικά σχολεία Χαλανδρίου',
      startDate: '2026-09-01',
      durationMonths: 10,
      deadline: '2026-05-15T09:00:00.000Z', // 12:00 Athens
      evaluation,
    },
    invitees: ['Άλφα ΚοινΣΕπ', 'Βήτα ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων', 'Γάμμα ΚοιΣΠΕ'],
    attachments: ['Τεχνικές προδιαγραφές.pdf', 'Υπόδειγμα οικονομικής προσφοράς.pdf'],
    submissionUrl: 'https://koinsep.example.gr/admin/',
    signatory: { role: 'Ο Αντιδήμαρχος Παιδείας', name: 'Γεώργιος Παπαδόπουλος' },
  };
}

function offer(
  offerId: string,
  enterpriseName: string,
  priceNetCents: number,
  submittedAt: string,
): OfferForEvaluation {
  return {
    offerId,
    enterpriseId: `e-${offerId}`,
    enterpriseName,
    ...offerAmounts(priceNetCents, 24),
    validUntil: '2026-09-30',
    submittedAt,
  };
}

/** Βήτα 21.000 (quality 100/90), Άλφα 20.000 (60/50), Γάμμα rejected. */
export function minutesData(rule: EvaluationRule = PRICE_QUALITY): EvaluationMinutesData {
  const offers = [
    offer('a', 'Άλφα ΚοινΣΕπ', 2_000_000, '2026-05-12T08:15:00.000Z'),
    offer('b', 'Βήτα ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων', 2_100_000, '2026-05-14T16:40:00.000Z'),
    offer('g', 'Γάμμα ΚοιΣΠΕ', 1_900_000, '2026-05-13T10:00:00.000Z'),
  ];
  const decisions: Record<string, OfferDecision> = {
    a: { accepted: true, reason: null, qualityMarks: { q1: 60, q2: 50 } },
    b: { accepted: true, reason: null, qualityMarks: { q1: 100, q2: 90 } },
    g: { accepted: false, reason: 'Δεν υποβλήθηκε ασφαλιστική ενημερότητα σε ισχύ.', qualityMarks: {} },
  };
  const result = evaluateOffers({ rule, offers, decisions, lotOrder: null, evaluatedOn: '2026-05-18' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return {
    authority: AUTHORITY,
    reference: '13001/2026',
    meetingOn: '2026-05-18',
    consultation: {
      title: 'Καθαρισμός τεσσάρων σχολικών μονάδων',
      route: 'reserved_art20',
      valueNetCents: 2_400_000,
      publishedAt: '2026-05-08T07:30:00.000Z',
      deadline: '2026-05-15T09:00:00.000Z',
    },
    absent: [
      { name: 'Δέλτα ΚοινΣΕπ', declined: true },
      { name: 'Έψιλον ΚοινΣΕπ', declined: false },
    ],
    invitedCount: 5,
    evaluation: result.value,
    lotNote: null,
    evaluators: [
      { role: 'Πρόεδρος', name: 'Ελένη Κωνσταντίνου' },
      { role: 'Μέλος', name: 'Νίκος Αθανασίου' },
      { role: 'Μέλος', name: 'Ιωάννα Ζαχαρίου' },
    ],
  };
}

export function socialValueData(lang: 'el' | 'en' = 'el'): SocialValueReportData {
  const base = { status: 'confirmed' as const, contractValueNetCents: 2_100_000, totalWorkers: 9 };
  const reports: ReportForAggregation[] = [
    {
      ...base,
      reportId: 'r1',
      contractId: 'k1',
      contractTitle: 'Καθαρισμός σχολικών μονάδων',
      awardRoute: 'reserved_art20',
      department: 'Διεύθυνση Παιδείας',
      enterpriseId: 'e1',
      enterpriseName: 'Βήτα ΚοινΣΕπ',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      vulnerableWorkers: 4,
      vulnerableHours: 2600,
      newHires: 2,
      text: 'Τέσσερις εργαζόμενοι από ευάλωτες ομάδες, δύο νέες προσλήψεις γυναικών μακροχρόνια ανέργων.',
    },
    {
      ...base,
      reportId: 'r2',
      contractId: 'k2',
      contractTitle: 'Κοινωνικό παντοπωλείο',
      awardRoute: 'direct_award',
      department: 'Διεύθυνση Κοινωνικής Πολιτικής',
      enterpriseId: 'e2',
      enterpriseName: 'Άλφα ΚοινΣΕπ',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      vulnerableWorkers: 3,
      vulnerableHours: 4150,
      totalWorkers: 5,
      newHires: 1,
      text: 'Διανομή τροφίμων σε 340 οικογένειες.',
    },
    {
      ...base,
      status: 'reported',
      reportId: 'r3',
      contractId: 'k3',
      contractTitle: 'Συντήρηση πρασίνου',
      awardRoute: 'direct_award',
      department: 'Διεύθυνση Πρασίνου',
      enterpriseId: 'e3',
      enterpriseName: 'Γάμμα ΚοιΣΠΕ',
      periodStart: '2026-03-01',
      periodEnd: '2026-10-31',
      vulnerableWorkers: 6,
      vulnerableHours: 5000,
      newHires: 0,
      text: 'Σε αναμονή.',
    },
  ];
  const routeName = (route: Parameters<typeof routeRules>[0]) =>
    lang === 'el' ? routeRules(route).nameEl : routeRules(route).nameEn;
  return {
    authority: { ...AUTHORITY, department: 'Αυτοτελές Τμήμα Προμηθειών' },
    reference: null,
    year: 2026,
    issuedOn: '2027-01-20',
    spend: {
      totalNetCents: 7_412_345,
      contracts: 6,
      enterprises: 4,
      procurementTotalNetCents: 98_000_000,
      byRoute: [
        { label: routeName('reserved_art20'), netCents: 4_512_345, contracts: 3 },
        { label: routeName('direct_award'), netCents: 2_900_000, contracts: 3 },
      ],
      byDepartment: [
        { label: 'Διεύθυνση Παιδείας', netCents: 4_512_345, contracts: 3 },
        { label: 'Διεύθυνση Κοινωνικής Πολιτικής', netCents: 2_900_000, contracts: 3 },
      ],
      byCategory: [{ label: 'Καθαριότητα', netCents: 7_412_345, contracts: 6 }],
    },
    socialValue: aggregateSocialValue(2026, reports, routeName),
    signatory: { role: 'Ο Προϊστάμενος', name: 'Δημήτρης Αλεξίου' },
  };
}
