import { formatDay } from './athens-time.ts';
import { CONSULTATION_RULES } from './consultation-config.ts';
import { priceCriterion, qualityCriteria, type EvaluationRule } from './evaluation-rule.ts';
import { checked, invalid, type Checked, type RuleProblem } from './problems.ts';

/**
 * The comparison of the offers after the deadline (issue 13): each offer accepted or
 * rejected with a reason by the evaluators, the accepted ones scored and ranked by the
 * request's rule, ties found and, where a lot was drawn, settled by it.
 *
 * Scores (best price-quality): price score = lowest net price ÷ offer net price × price
 * weight (CONSULTATION_RULES.evaluation.priceFormula); each quality criterion adds
 * (mark ÷ 100) × weight. Net prices are compared (VAT is the state's, not the offer's
 * merit). Everything is integer arithmetic in millionths of a point: no float decides a rank.
 */

export interface OfferForEvaluation {
  offerId: string;
  enterpriseId: string;
  enterpriseName: string;
  priceNetCents: number;
  vatRate: number;
  vatCents: number;
  totalCents: number;
  /** YYYY-MM-DD: the offer binds its maker until then. */
  validUntil: string;
  submittedAt: string;
}

export interface OfferDecision {
  accepted: boolean;
  /** Required when rejected (why); optional note when accepted. */
  reason: string | null;
  /** Quality criterion id → mark 0–100 (at most two decimals), for accepted offers under best price-quality. */
  qualityMarks: Record<string, number | string>;
}

export interface CriterionScore {
  criterionId: string;
  /** The mark as given, 0–100, e.g. `85.5`. */
  mark: string;
  /** Weighted points, two decimals, e.g. `25.65`. */
  points: string;
}

export interface EvaluatedOffer extends OfferForEvaluation {
  accepted: boolean;
  reason: string | null;
  /** Best price-quality only (null for lowest price and for rejected offers): points with two decimals. */
  priceScore: string | null;
  qualityScores: CriterionScore[];
  qualityScore: string | null;
  totalScore: string | null;
  /** 1 = best. Offers in an unsettled tie share a rank; rejected offers have none. */
  rank: number | null;
  /** The other offers with exactly the same result (art. 90). */
  tiedWith: string[];
  /** True when a drawn lot set this offer's place within its tie. */
  decidedByLot: boolean;
}

export interface Evaluation {
  rule: EvaluationRule;
  /** Accepted offers by rank, then rejected ones (by price). */
  offers: EvaluatedOffer[];
  /** The offer to award, or null (nothing accepted, or a tie for first place awaiting a lot). */
  winnerOfferId: string | null;
  /** Offers tied for first place that need a lot (art. 90); empty when none. */
  tieForFirst: string[];
  lowestAcceptedPriceCents: number | null;
}

export interface EvaluationInput {
  rule: EvaluationRule;
  offers: OfferForEvaluation[];
  decisions: Record<string, OfferDecision>;
  /** The order a lot produced among tied offers (offer ids, first = drawn first); null when none drawn. */
  lotOrder: string[] | null;
  /** YYYY-MM-DD (Athens): offers whose validity ended before it cannot be accepted. */
  evaluatedOn: string;
}

const SCALE = BigInt(CONSULTATION_RULES.evaluation.scoreScale);

/** `85`, `85.5`, `"85,50"` → hundredths of a mark (8550); null if not a mark 0–100 with ≤ 2 decimals. */
export function parseMark(value: number | string | undefined): number | null {
  if (value === undefined) return null;
  const text = typeof value === 'number' ? String(value) : value.trim().replace(',', '.');
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  const { min, max } = CONSULTATION_RULES.evaluation.qualityScale;
  return hundredths >= min * 100 && hundredths <= max * 100 ? hundredths : null;
}

/** Millionths of a point → `"60.00"` (half up). */
export function formatScore(micro: bigint): string {
  const hundredths = (micro * 100n + SCALE / 2n) / SCALE;
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

function hundredthsToText(hundredths: number): string {
  return hundredths % 100 === 0 ? String(hundredths / 100) : (hundredths / 100).toFixed(2).replace(/0$/, '');
}

function checkDecisions(input: EvaluationInput): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const known = new Set(input.offers.map((o) => o.offerId));
  for (const id of Object.keys(input.decisions))
    if (!known.has(id))
      problems.push(
        invalid(`decisions.${id}`, 'δεν είναι προσφορά αυτού του αιτήματος', 'is not an offer of this request'),
      );
  const max = CONSULTATION_RULES.limits.rejectionReasonMaxLength;
  for (const offer of input.offers) {
    const at = `decisions.${offer.offerId}`;
    const decision = input.decisions[offer.offerId];
    if (!decision) {
      problems.push(
        invalid(
          at,
          `λείπει η απόφαση για την προσφορά της επιχείρησης ${offer.enterpriseName}`,
          `the decision on ${offer.enterpriseName}'s offer is missing`,
        ),
      );
      continue;
    }
    const reason = decision.reason?.trim() ?? '';
    if (!decision.accepted && reason === '')
      problems.push(invalid(`${at}.reason`, 'η απόρριψη χρειάζεται αιτιολογία', 'a rejection needs a reason'));
    if (reason.length > max)
      problems.push(invalid(`${at}.reason`, `έως ${max} χαρακτήρες`, `at most ${max} characters`));
    if (!decision.accepted) continue;
    if (offer.validUntil < input.evaluatedOn)
      problems.push(
        invalid(
          `${at}.accepted`,
          `η προσφορά ίσχυε έως ${formatDay(offer.validUntil)}: δεν γίνεται δεκτή`,
          `the offer was valid until ${formatDay(offer.validUntil)}: it cannot be accepted`,
          'offer_expired',
        ),
      );
    for (const criterion of qualityCriteria(input.rule))
      if (parseMark(decision.qualityMarks[criterion.id]) === null)
        problems.push(
          invalid(
            `${at}.qualityMarks.${criterion.id}`,
            `βαθμός 0–100 για «${criterion.name}»`,
            `a mark 0–100 for “${criterion.name}”`,
          ),
        );
  }
  return problems;
}

/** An offer with its decision and no scores or rank yet (rejected offers stay so). */
function unscored(offer: OfferForEvaluation, accepted: boolean, reason: string | null): EvaluatedOffer {
  return {
    ...offer,
    accepted,
    reason,
    priceScore: null,
    qualityScores: [],
    qualityScore: null,
    totalScore: null,
    rank: null,
    tiedWith: [],
    decidedByLot: false,
  };
}

interface Scored {
  row: EvaluatedOffer;
  /** Higher is better; for lowest price, minus the price. */
  key: bigint;
  /** Second key (quality score) where the rule breaks ties by it; 0 otherwise. */
  second: bigint;
}

function score(input: EvaluationInput, offer: OfferForEvaluation, lowest: number): Scored {
  const decision = input.decisions[offer.offerId]!;
  const base = unscored(offer, true, decision.reason?.trim() || null);
  const price = priceCriterion(input.rule);
  if (!price) return { row: base, key: -BigInt(offer.priceNetCents), second: 0n };
  // lowest ÷ price × weight, rounded half up to a millionth of a point.
  const priceMicro =
    (BigInt(lowest) * BigInt(price.weight) * SCALE * 2n + BigInt(offer.priceNetCents)) /
    (2n * BigInt(offer.priceNetCents));
  let qualityMicro = 0n;
  const qualityScores: CriterionScore[] = [];
  for (const criterion of qualityCriteria(input.rule)) {
    const hundredths = parseMark(decision.qualityMarks[criterion.id])!;
    // (mark ÷ 100) × weight, exactly: hundredths × weight × SCALE ÷ 10,000.
    const micro = (BigInt(hundredths) * BigInt(criterion.weight) * SCALE) / (100n * 100n);
    qualityMicro += micro;
    qualityScores.push({ criterionId: criterion.id, mark: hundredthsToText(hundredths), points: formatScore(micro) });
  }
  const total = priceMicro + qualityMicro;
  const row = {
    ...base,
    priceScore: formatScore(priceMicro),
    qualityScores,
    qualityScore: formatScore(qualityMicro),
    totalScore: formatScore(total),
  };
  return { row, key: total, second: CONSULTATION_RULES.evaluation.ties.qualityScoreFirst ? qualityMicro : 0n };
}

/** Orders the accepted offers; equal results form a tie that only a recorded lot settles. */
function rank(scored: Scored[], lotOrder: string[] | null): void {
  scored.sort((a, b) => (a.key === b.key ? Number(b.second - a.second) : b.key > a.key ? 1 : -1));
  const lotPlace = (id: string) => lotOrder?.indexOf(id) ?? -1;
  let position = 0;
  while (position < scored.length) {
    let end = position + 1;
    while (
      end < scored.length &&
      scored[end]!.key === scored[position]!.key &&
      scored[end]!.second === scored[position]!.second
    )
      end++;
    const group = scored.slice(position, end);
    const settled = group.length > 1 && group.every((s) => lotPlace(s.row.offerId) >= 0);
    if (settled) group.sort((a, b) => lotPlace(a.row.offerId) - lotPlace(b.row.offerId));
    group.forEach((s, i) => {
      s.row.rank = settled ? position + 1 + i : position + 1;
      s.row.tiedWith = group.length > 1 ? group.filter((o) => o !== s).map((o) => o.row.offerId) : [];
      s.row.decidedByLot = settled;
    });
    scored.splice(position, group.length, ...group);
    position = end;
  }
}

export function evaluateOffers(input: EvaluationInput): Checked<Evaluation> {
  const problems = checkDecisions(input);
  if (input.lotOrder)
    for (const id of input.lotOrder)
      if (!input.offers.some((o) => o.offerId === id))
        problems.push(invalid('lotOrder', 'περιέχει προσφορά που δεν υπάρχει', 'lists an offer that does not exist'));
  return checked(problems, () => {
    const accepted = input.offers.filter((o) => input.decisions[o.offerId]!.accepted);
    const lowest = accepted.length > 0 ? Math.min(...accepted.map((o) => o.priceNetCents)) : null;
    const scored = accepted.map((o) => score(input, o, lowest!));
    rank(scored, input.lotOrder);
    const rejected: EvaluatedOffer[] = input.offers
      .filter((o) => !input.decisions[o.offerId]!.accepted)
      .sort((a, b) => a.priceNetCents - b.priceNetCents || a.enterpriseName.localeCompare(b.enterpriseName, 'el'))
      .map((o) => unscored(o, false, input.decisions[o.offerId]!.reason!.trim()));
    const first = scored.filter((s) => s.row.rank === 1);
    return {
      rule: input.rule,
      offers: [...scored.map((s) => s.row), ...rejected],
      winnerOfferId: first.length === 1 ? first[0]!.row.offerId : null,
      tieForFirst: first.length > 1 ? first.map((s) => s.row.offerId) : [],
      lowestAcceptedPriceCents: lowest,
    };
  });
}
