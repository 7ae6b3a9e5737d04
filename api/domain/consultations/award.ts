import type { AwardRoute } from '../award-routes.ts';
import { addDays, addMonths, isIsoDate } from '../eligibility-format.ts';
import { athensDate, formatDay } from './athens-time.ts';
import { CONSULTATION_RULES } from './consultation-config.ts';
import { checkTransition, type StatusFacts } from './consultation-status.ts';
import type { Evaluation } from './evaluation.ts';
import { checked, failed, invalid, problem, type Bilingual, type Checked, type RuleProblem } from './problems.ts';

/**
 * The award decision (issue 13): after the deadline, to the offer the evaluation ranks first,
 * with the decision's number and date and, once posted, its Διαύγεια ΑΔΑ. The eligibility
 * re-run at that moment is the service's (it needs the register); `noLongerEligible` words
 * its refusal. The award creates the contract in the register: `contractFromAward`.
 */

export interface AwardInput {
  offerId: unknown;
  decisionNumber: unknown;
  decisionDate: unknown;
  diavgeiaAda?: unknown;
}

export interface AwardDecision {
  offerId: string;
  decisionNumber: string;
  decisionDate: string;
  diavgeiaAda: string | null;
}

/**
 * Διαύγεια ΑΔΑ (Law 3861/2010): capital Greek letters and digits, a hyphen, three more
 * (`6Θ9Υ46ΜΤΛ6-ΦΨΑ`; older ones are shorter). Only the shape is checked: Διαύγεια is the source.
 */
const ADA = /^[0-9Α-ΩA-Z]{4,12}-[0-9Α-ΩA-Z]{1,4}$/u;

export function normaliseAda(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleUpperCase('el').replace(/\s+/g, '');
}

export interface AwardFacts {
  consultation: StatusFacts & { deadline: string };
  /** The evaluation as recorded (null when staff have not evaluated the offers yet). */
  evaluation: Evaluation | null;
  now: Date;
}

/** Checks an award request; returns the clean decision, or every problem (409 for the state, 400 for fields). */
export function checkAward(input: AwardInput, facts: AwardFacts): Checked<AwardDecision> {
  const transition = checkTransition('award', facts.consultation, 'staff', facts.now);
  if (!transition.ok) return failed(transition.problems);
  const evaluation = facts.evaluation;
  if (!evaluation)
    return failed([
      problem(409, 'not_evaluated', null, 'Αξιολογήστε πρώτα τις προσφορές.', 'Evaluate the offers first.'),
    ]);
  const offer = evaluation.offers.find((o) => o.offerId === input.offerId);
  if (!offer)
    return failed([invalid('offerId', 'δεν είναι προσφορά αυτού του αιτήματος', 'is not an offer of this request')]);
  if (!offer.accepted)
    return failed([
      problem(
        409,
        'offer_rejected',
        'offerId',
        'Η προσφορά απορρίφθηκε στην αξιολόγηση.',
        'The offer was rejected in the evaluation.',
      ),
    ]);
  if (evaluation.tieForFirst.length > 0) {
    const names = evaluation.offers
      .filter((o) => evaluation.tieForFirst.includes(o.offerId))
      .map((o) => o.enterpriseName);
    return failed([
      problem(
        409,
        'tie_needs_lot',
        null,
        `Ισοβαθμία στην πρώτη θέση (${names.join(', ')}): καταχωρίστε το αποτέλεσμα της κλήρωσης (Ν. 4412/2016 άρθ. 90).`,
        `A tie for first place (${names.join(', ')}): record the result of the drawing of lots (Law 4412/2016 art. 90).`,
      ),
    ]);
  }
  if (evaluation.winnerOfferId !== offer.offerId) {
    const best = evaluation.offers.find((o) => o.offerId === evaluation.winnerOfferId);
    return failed([
      problem(
        409,
        'not_best_offer',
        'offerId',
        `Η ανάθεση γίνεται στην πρώτη κατά την αξιολόγηση προσφορά (${best?.enterpriseName ?? '—'}).`,
        `The award goes to the offer the evaluation ranks first (${best?.enterpriseName ?? '—'}).`,
      ),
    ]);
  }

  const problems: RuleProblem[] = [];
  const number = typeof input.decisionNumber === 'string' ? input.decisionNumber.trim() : '';
  const max = CONSULTATION_RULES.limits.decisionNumberMaxLength;
  if (number === '' || number.length > max)
    problems.push(
      invalid(
        'decisionNumber',
        `ο αριθμός της απόφασης, έως ${max} χαρακτήρες`,
        `the decision's number, at most ${max} characters`,
      ),
    );
  const deadlineDay = athensDate(new Date(facts.consultation.deadline));
  const today = athensDate(facts.now);
  const date = typeof input.decisionDate === 'string' && isIsoDate(input.decisionDate) ? input.decisionDate : null;
  if (!date) problems.push(invalid('decisionDate', 'ημερομηνία ΕΕΕΕ-ΜΜ-ΗΗ', 'a date YYYY-MM-DD'));
  else if (date < deadlineDay || date > today)
    problems.push(
      invalid(
        'decisionDate',
        `από ${formatDay(deadlineDay)} (προθεσμία) έως σήμερα (${formatDay(today)})`,
        `from ${formatDay(deadlineDay)} (the deadline) to today (${formatDay(today)})`,
      ),
    );
  else if (offer.validUntil < date)
    problems.push(
      problem(
        409,
        'offer_expired',
        'decisionDate',
        `Η προσφορά ίσχυε έως ${formatDay(offer.validUntil)}, πριν από την απόφαση.`,
        `The offer was valid until ${formatDay(offer.validUntil)}, before the decision.`,
      ),
    );
  let ada: string | null = null;
  if (typeof input.diavgeiaAda === 'string' && input.diavgeiaAda.trim() !== '') {
    ada = normaliseAda(input.diavgeiaAda);
    if (!ADA.test(ada))
      problems.push(
        invalid('diavgeiaAda', 'ΑΔΑ Διαύγειας, π.χ. 6Θ9Υ46ΜΤΛ6-ΦΨΑ', 'a Diavgeia ADA, e.g. 6Θ9Υ46ΜΤΛ6-ΦΨΑ'),
      );
  } else if (input.diavgeiaAda !== undefined && input.diavgeiaAda !== null && typeof input.diavgeiaAda !== 'string') {
    problems.push(invalid('diavgeiaAda', 'κείμενο', 'text'));
  }
  return checked(problems, () => ({
    offerId: offer.offerId,
    decisionNumber: number,
    decisionDate: date!,
    diavgeiaAda: ada,
  }));
}

/** 409 when the re-run eligibility no longer lets the chosen enterprise be awarded, with its reasons. */
export function noLongerEligible(enterpriseName: string, reasons: Bilingual[]): RuleProblem {
  const el = reasons.map((r) => r.el).join(' · ');
  const en = reasons.map((r) => r.en).join(' · ');
  return problem(
    409,
    'no_longer_eligible',
    'offerId',
    `Η επιχείρηση ${enterpriseName} δεν είναι πλέον επιλέξιμη για αυτή την ανάθεση: ${el}`,
    `${enterpriseName} is no longer eligible for this award: ${en}`,
  );
}

export interface AwardedContract {
  consultationId: string;
  enterpriseId: string;
  title: string;
  cpvCode: string;
  awardRoute: AwardRoute;
  valueNetCents: number;
  vatCents: number;
  department: string;
  awardedOn: string;
  startsOn: string;
  endsOn: string | null;
  diavgeiaAda: string | null;
}

/**
 * The register's contract for an award: the request's object (main CPV code), route and
 * department; the offer's supplier, net value and VAT; the decision's date. It starts on the
 * planned start date, or the decision date when that is later; it ends after its duration.
 */
export function contractFromAward(
  consultation: {
    id: string;
    title: string;
    cpvCodes: string[];
    route: AwardRoute;
    department: string;
    startDate: string | null;
    durationMonths: number | null;
  },
  offer: { enterpriseId: string; priceNetCents: number; vatCents: number },
  decision: AwardDecision,
): AwardedContract {
  const planned = consultation.startDate;
  const startsOn = planned && planned > decision.decisionDate ? planned : decision.decisionDate;
  const endsOn = consultation.durationMonths ? addDays(addMonths(startsOn, consultation.durationMonths), -1) : null;
  return {
    consultationId: consultation.id,
    enterpriseId: offer.enterpriseId,
    title: consultation.title,
    cpvCode: consultation.cpvCodes[0]!,
    awardRoute: consultation.route,
    valueNetCents: offer.priceNetCents,
    vatCents: offer.vatCents,
    department: consultation.department,
    awardedOn: decision.decisionDate,
    startsOn,
    endsOn,
    diavgeiaAda: decision.diavgeiaAda,
  };
}
