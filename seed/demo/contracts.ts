import type { AwardRoute } from '../../db/schema.ts';
import { addDays, daysBetween } from './dates.ts';
import { demoSpread } from './identifiers.ts';

/**
 * Contracts the municipality awarded to demo enterprises over the past two years,
 * dated relative to `today`, across every award route and several departments.
 * Two direct awards in the same CPV class (9091, cleaning) fall in the current year
 * and add up to just under €30,000 net, so the anti-splitting warning of
 * Law 4412/2016 art. 118 has something to show.
 */

export interface DemoContract {
  key: string;
  enterpriseSlug: string;
  title: string;
  cpvCode: string;
  awardRoute: AwardRoute;
  valueNetCents: number;
  vatCents: number;
  department: string;
  awardedOn: string;
  startsOn: string;
  endsOn: string | null;
  /** Diavgeia decision number (ΑΔΑ), fictional. */
  diavgeiaAda: string;
  /** ΚΗΜΔΗΣ contract number (ΑΔΑΜ), fictional. */
  kimdisAdam: string;
}

const DEPARTMENTS = {
  cleaning: 'Διεύθυνση Καθαριότητας και Ανακύκλωσης',
  social: 'Διεύθυνση Κοινωνικής Προστασίας',
  green: 'Διεύθυνση Πρασίνου',
  procurement: 'Τμήμα Προμηθειών',
  culture: 'Διεύθυνση Παιδείας και Πολιτισμού',
  communication: 'Γραφείο Επικοινωνίας και Δημοσίων Σχέσεων',
  it: 'Τμήμα Πληροφορικής και Ψηφιακής Διακυβέρνησης',
  finance: 'Διεύθυνση Οικονομικών Υπηρεσιών',
} as const;

/** When the contract was awarded: days before today, or a fraction of the current year so far. */
type AwardTiming = { daysAgo: number } | { fractionOfYear: number };

interface ContractPlan {
  key: string;
  enterpriseSlug: string;
  title: string;
  cpvCode: string;
  awardRoute: AwardRoute;
  /** Net value in euro cents (never floats). */
  net: number;
  vatPercent: 24 | 13;
  department: string;
  timing: AwardTiming;
  durationDays: number | null;
}

const PLANS: readonly ContractPlan[] = [
  {
    key: 'school-cleaning-art20',
    enterpriseSlug: 'lampsi',
    awardRoute: 'reserved_art20',
    title:
      'Καθαρισμός σχολικών μονάδων δευτεροβάθμιας εκπαίδευσης (σύμβαση παραχωρηθείσα κατ’ αποκλειστικότητα, άρθρο 20 ν. 4412/2016)',
    cpvCode: '90919300',
    net: 14_850_000,
    vatPercent: 24,
    department: DEPARTMENTS.procurement,
    timing: { daysAgo: 300 },
    durationDays: 365,
  },
  {
    key: 'schoolyard-green-art20',
    enterpriseSlug: 'kladi-kai-riza',
    awardRoute: 'reserved_art20',
    title: 'Συντήρηση πρασίνου σχολικών αύλειων χώρων',
    cpvCode: '77314000',
    net: 6_200_000,
    vatPercent: 24,
    department: DEPARTMENTS.green,
    timing: { daysAgo: 420 },
    durationDays: 365,
  },
  {
    key: 'municipal-buildings-art20',
    enterpriseSlug: 'astrafto',
    awardRoute: 'reserved_art20',
    title: 'Καθαρισμός δημοτικών κτιρίων και ΚΕΠ',
    cpvCode: '90911200',
    net: 9_640_000,
    vatPercent: 24,
    department: DEPARTMENTS.cleaning,
    timing: { daysAgo: 150 },
    durationDays: 365,
  },
  {
    key: 'mailing-art20',
    enterpriseSlug: 'ergani',
    awardRoute: 'reserved_art20',
    title: 'Εκτύπωση, φακέλωση και αποστολή ειδοποιητηρίων τελών',
    cpvCode: '79823000',
    net: 2_230_000,
    vatPercent: 24,
    department: DEPARTMENTS.finance,
    timing: { daysAgo: 530 },
    durationDays: 240,
  },
  {
    key: 'kapi-cleaning-direct',
    enterpriseSlug: 'katharo-chalandri',
    awardRoute: 'direct_award',
    title: 'Καθαρισμός των ΚΑΠΗ του δήμου',
    cpvCode: '90911200',
    net: 1_680_000,
    vatPercent: 24,
    department: DEPARTMENTS.social,
    timing: { fractionOfYear: 0.25 },
    durationDays: 180,
  },
  {
    key: 'town-hall-windows-direct',
    enterpriseSlug: 'diafaneia',
    awardRoute: 'direct_award',
    title: 'Καθαρισμός υαλοπινάκων δημαρχείου και πολιτιστικού κέντρου',
    cpvCode: '90911300',
    net: 1_295_000,
    vatPercent: 24,
    department: DEPARTMENTS.procurement,
    timing: { fractionOfYear: 0.75 },
    durationDays: 120,
  },
  {
    key: 'leaflets-direct',
    enterpriseSlug: 'typografeio-tis-geitonias',
    awardRoute: 'direct_award',
    title: 'Εκτύπωση ενημερωτικών εντύπων για την ανακύκλωση',
    cpvCode: '79810000',
    net: 840_000,
    vatPercent: 24,
    department: DEPARTMENTS.communication,
    timing: { daysAgo: 380 },
    durationDays: 30,
  },
  {
    key: 'christmas-direct',
    enterpriseSlug: 'giorti-sti-geitonia',
    awardRoute: 'direct_award',
    title: 'Διοργάνωση χριστουγεννιάτικων εκδηλώσεων στις πλατείες της πόλης',
    cpvCode: '79952000',
    net: 1_420_000,
    vatPercent: 24,
    department: DEPARTMENTS.culture,
    timing: { daysAgo: 460 },
    durationDays: 40,
  },
  {
    key: 'volunteers-lunch-direct',
    enterpriseSlug: 'gefseis-pentelis',
    awardRoute: 'direct_award',
    title: 'Τροφοδοσία εκδήλωσης για την Ημέρα Εθελοντισμού',
    cpvCode: '55520000',
    net: 485_000,
    vatPercent: 13,
    department: DEPARTMENTS.culture,
    timing: { daysAgo: 410 },
    durationDays: 1,
  },
  {
    key: 'home-care-social',
    enterpriseSlug: 'agkalia-frontidas',
    awardRoute: 'reserved_social_services',
    title: 'Υπηρεσίες κατ’ οίκον φροντίδας ηλικιωμένων και ατόμων με αναπηρία',
    cpvCode: '85312400',
    net: 18_000_000,
    vatPercent: 24,
    department: DEPARTMENTS.social,
    timing: { daysAgo: 240 },
    durationDays: 730,
  },
  {
    key: 'counselling-social',
    enterpriseSlug: 'dialogos',
    awardRoute: 'reserved_social_services',
    title: 'Υπηρεσίες συμβουλευτικής υποστήριξης οικογενειών',
    cpvCode: '85312320',
    net: 4_500_000,
    vatPercent: 24,
    department: DEPARTMENTS.social,
    timing: { daysAgo: 95 },
    durationDays: 365,
  },
  {
    key: 'food-parcels-programme',
    enterpriseSlug: 'allilegyi-dianomi',
    awardRoute: 'programmatic_agreement',
    title: 'Προγραμματική σύμβαση για τη διανομή τροφίμων σε ωφελούμενους του κοινωνικού παντοπωλείου',
    cpvCode: '85312200',
    net: 3_800_000,
    vatPercent: 24,
    department: DEPARTMENTS.social,
    timing: { daysAgo: 610 },
    durationDays: 730,
  },
  {
    key: 'composting-programme',
    enterpriseSlug: 'kompost-tis-polis',
    awardRoute: 'programmatic_agreement',
    title: 'Προγραμματική σύμβαση για πρόγραμμα οικιακής και σχολικής κομποστοποίησης',
    cpvCode: '90513000',
    net: 2_750_000,
    vatPercent: 24,
    department: DEPARTMENTS.cleaning,
    timing: { daysAgo: 200 },
    durationDays: 540,
  },
  {
    key: 'nursery-meals-open',
    enterpriseSlug: 'trapezi-tis-geitonias',
    awardRoute: 'open_procedure',
    title: 'Σίτιση βρεφονηπιακών σταθμών (ανοικτή διαδικασία με κοινωνικά κριτήρια ανάθεσης)',
    cpvCode: '55523100',
    net: 21_200_000,
    vatPercent: 13,
    department: DEPARTMENTS.social,
    timing: { daysAgo: 330 },
    durationDays: 365,
  },
  {
    key: 'website-open',
    enterpriseSlug: 'psifiaki-allileggyi',
    awardRoute: 'open_procedure',
    title: 'Ανασχεδιασμός και προσβασιμότητα του ιστοτόπου του δήμου',
    cpvCode: '72413000',
    net: 4_100_000,
    vatPercent: 24,
    department: DEPARTMENTS.it,
    timing: { daysAgo: 60 },
    durationDays: 270,
  },
];

/** Greek capitals and digits, as Diavgeia uses for ΑΔΑ. */
const ADA_ALPHABET = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ0123456789';

function diavgeiaAda(key: string): string {
  const pick = (i: number) => ADA_ALPHABET[demoSpread(`ada-${i}`, key, ADA_ALPHABET.length)]!;
  const chars = Array.from({ length: 13 }, (_, i) => pick(i));
  return `${chars.slice(0, 10).join('')}-${chars.slice(10).join('')}`;
}

function kimdisAdam(key: string, awardedOn: string): string {
  const serial = `01${String(demoSpread('adam-a', key, 10_000)).padStart(4, '0')}${String(demoSpread('adam-b', key, 1_000)).padStart(3, '0')}`;
  return `${awardedOn.slice(2, 4)}SYMV${serial}`;
}

function awardDate(timing: AwardTiming, today: string): string {
  if ('daysAgo' in timing) return addDays(today, -timing.daysAgo);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  return addDays(yearStart, Math.floor(daysBetween(yearStart, today) * timing.fractionOfYear));
}

export function buildDemoContracts(today: string): DemoContract[] {
  return PLANS.map((plan) => {
    const awardedOn = awardDate(plan.timing, today);
    const startsOn = addDays(awardedOn, Math.min(10, Math.max(0, daysBetween(awardedOn, today))));
    return {
      key: plan.key,
      enterpriseSlug: plan.enterpriseSlug,
      title: plan.title,
      cpvCode: plan.cpvCode,
      awardRoute: plan.awardRoute,
      valueNetCents: plan.net,
      vatCents: Math.round((plan.net * plan.vatPercent) / 100),
      department: plan.department,
      awardedOn,
      startsOn,
      endsOn: plan.durationDays === null ? null : addDays(startsOn, plan.durationDays),
      diavgeiaAda: diavgeiaAda(plan.key),
      kimdisAdam: kimdisAdam(plan.key, awardedOn),
    };
  });
}
