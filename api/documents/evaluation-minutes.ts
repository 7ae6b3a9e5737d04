import type { AwardRoute } from '../domain/award-routes.ts';
import { criterionName, qualityCriteria } from '../domain/consultations/evaluation-rule.ts';
import type { Evaluation, EvaluatedOffer } from '../domain/consultations/evaluation.ts';
import {
  criterionSummary,
  documentModel,
  formulaItems,
  routeText,
  texts,
  type AuthorityInfo,
} from './document-common.ts';
import { formatDate, formatDateTime, formatDecimalText, formatEuro } from './document-format.ts';
import type { Block, DocumentLang, DocumentModel } from './document-model.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';

/**
 * The evaluation minutes (πρακτικό αξιολόγησης, issue 13): the procedure's facts, the offers
 * received and who did not take part, each offer accepted or rejected with its reason, the
 * comparison table ranked by the rule (with the price-quality scores and formulas), ties and
 * lots (Law 4412/2016 art. 90), and the proposal to award. Built from the domain's
 * `Evaluation` (api/domain/consultations/evaluation.ts) so the minutes and the award agree.
 */

export interface EvaluationMinutesData {
  authority: AuthorityInfo;
  reference: string | null;
  /** YYYY-MM-DD: the day the offers were evaluated. */
  meetingOn: string;
  consultation: {
    title: string;
    route: AwardRoute;
    valueNetCents: number;
    /** UTC ISO instants. */
    publishedAt: string;
    deadline: string;
  };
  /** Invited enterprises that sent no offer: declined, or silent. */
  absent: Array<{ name: string; declined: boolean }>;
  /** How many enterprises were invited by name (0 when open to every eligible one). */
  invitedCount: number;
  evaluation: Evaluation;
  /** What was recorded about a drawing of lots (when, who was present), if one took place. */
  lotNote: string | null;
  evaluators: Array<{ role: string; name: string }>;
}

function names(offers: EvaluatedOffer[], ids: string[]): string {
  return offers
    .filter((o) => ids.includes(o.offerId))
    .map((o) => o.enterpriseName)
    .join(', ');
}

function comparisonTable(data: EvaluationMinutesData, lang: DocumentLang): Block {
  const t = texts(lang).minutes;
  const accepted = data.evaluation.offers.filter((o) => o.accepted);
  const money = (cents: number) => formatEuro(cents, lang);
  if (data.evaluation.rule.kind === 'lowest_price')
    return {
      kind: 'table',
      caption: null,
      columns: [
        { header: t.rank, width: 1.2, align: 'center' },
        { header: t.enterprise, width: 4.8 },
        { header: t.priceNet, width: 2.4, align: 'right' },
        { header: t.vatRate, width: 1.2, align: 'right' },
        { header: t.vat, width: 2.2, align: 'right' },
        { header: t.priceTotal, width: 2.4, align: 'right' },
      ],
      rows: accepted.map((o) => [
        String(o.rank),
        o.enterpriseName,
        money(o.priceNetCents),
        `${o.vatRate}%`,
        money(o.vatCents),
        money(o.totalCents),
      ]),
    };
  const score = (value: string | null) => (value === null ? '—' : formatDecimalText(value, lang));
  return {
    kind: 'table',
    caption: null,
    columns: [
      { header: t.rank, width: 1.2, align: 'center' },
      { header: t.enterprise, width: 2.9 },
      { header: t.priceNet, width: 2.1, align: 'right' },
      { header: t.priceTotal, width: 2.1, align: 'right' },
      { header: t.priceScore, width: 1.7, align: 'right' },
      { header: t.qualityScore, width: 1.9, align: 'right' },
      { header: t.totalScore, width: 2.1, align: 'right' },
    ],
    rows: accepted.map((o) => [
      String(o.rank),
      o.enterpriseName,
      money(o.priceNetCents),
      money(o.totalCents),
      score(o.priceScore),
      score(o.qualityScore),
      score(o.totalScore),
    ]),
  };
}

function qualityTable(data: EvaluationMinutesData, lang: DocumentLang): Block[] {
  const criteria = qualityCriteria(data.evaluation.rule);
  if (criteria.length === 0) return [];
  const t = texts(lang).minutes;
  const accepted = data.evaluation.offers.filter((o) => o.accepted);
  return [
    {
      kind: 'table',
      caption: t.sectionQuality,
      columns: [
        { header: t.enterprise, width: 4 },
        ...criteria.map((c) => ({
          header: `${criterionName(c, lang)} (${c.weight}%)`,
          width: 2,
          align: 'right' as const,
        })),
      ],
      rows: accepted.map((o) => [
        o.enterpriseName,
        ...criteria.map((c) => {
          const s = o.qualityScores.find((q) => q.criterionId === c.id);
          return s ? `${formatDecimalText(s.mark, lang)} (${formatDecimalText(s.points, lang)})` : '—';
        }),
      ]),
    },
    { kind: 'paragraph', text: `${t.formula}:`, bold: true },
    { kind: 'list', items: formulaItems(lang) },
  ];
}

export function evaluationMinutesModel(data: EvaluationMinutesData, lang: DocumentLang = 'el'): DocumentModel {
  const t = texts(lang);
  const m = t.minutes;
  const c = data.consultation;
  const { offers, winnerOfferId, tieForFirst } = data.evaluation;
  const deadline = formatDateTime(c.deadline);
  const route = routeText(c.route, lang);
  const blocks: Block[] = [
    { kind: 'paragraph', text: m.intro(formatDate(data.meetingOn), c.title, deadline) },
    { kind: 'heading', text: m.sectionProcedure },
    {
      kind: 'fields',
      rows: [
        [m.object, c.title],
        [m.route, route.name],
        [t.legalReference, route.reference],
        [m.valueNet, formatEuro(c.valueNetCents, lang)],
        [m.published, formatDateTime(c.publishedAt)],
        [m.deadline, `${deadline} (${t.athensTime})`],
        [m.criterion, criterionSummary(data.evaluation.rule, lang)],
      ],
    },
    { kind: 'heading', text: m.sectionReceived },
    { kind: 'paragraph', text: m.received(offers.length, data.invitedCount) },
  ];
  if (offers.length > 0)
    blocks.push({
      kind: 'table',
      caption: null,
      columns: [
        { header: m.enterprise, width: 3 },
        { header: m.submittedAt, width: 1.4 },
      ],
      rows: [...offers]
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
        .map((o) => [o.enterpriseName, formatDateTime(o.submittedAt)]),
    });
  if (data.absent.length > 0)
    blocks.push({
      kind: 'table',
      caption: `${m.noOffer} / ${m.declined}`,
      columns: [
        { header: m.enterprise, width: 3 },
        { header: m.invitedStatus, width: 1.4 },
      ],
      rows: data.absent.map((a) => [a.name, a.declined ? m.declined : m.noOffer]),
    });
  if (offers.length > 0)
    blocks.push(
      { kind: 'heading', text: m.sectionReview },
      {
        kind: 'table',
        caption: null,
        columns: [
          { header: m.enterprise, width: 3 },
          { header: m.decision, width: 1.5 },
          { header: m.reason, width: 4 },
        ],
        rows: offers.map((o) => [o.enterpriseName, o.accepted ? m.accepted : m.rejected, o.reason ?? t.none]),
      },
    );
  if (offers.some((o) => o.accepted)) {
    blocks.push(
      { kind: 'heading', text: m.sectionComparison },
      comparisonTable(data, lang),
      ...qualityTable(data, lang),
    );
    if (tieForFirst.length > 0) blocks.push({ kind: 'paragraph', text: m.tieForFirst(names(offers, tieForFirst)) });
    const drawn = offers.filter((o) => o.decidedByLot).map((o) => o.offerId);
    if (drawn.length > 0) blocks.push({ kind: 'paragraph', text: m.decidedByLot(names(offers, drawn)) });
    if (data.lotNote) blocks.push({ kind: 'paragraph', text: m.lotNote(data.lotNote), italic: true });
  }
  const winner = offers.find((o) => o.offerId === winnerOfferId);
  blocks.push(
    { kind: 'heading', text: m.sectionProposal },
    {
      kind: 'paragraph',
      text: winner
        ? m.proposal(
            winner.enterpriseName,
            formatEuro(winner.priceNetCents, lang),
            formatEuro(winner.totalCents, lang),
            winner.vatRate,
          )
        : m.noWinner,
      bold: true,
    },
    { kind: 'signatures', signers: data.evaluators },
  );
  return documentModel({
    lang,
    authority: data.authority,
    issuedOn: data.meetingOn,
    reference: data.reference,
    title: m.title,
    subtitle: c.title,
    subject: c.title,
    blocks,
  });
}

export function evaluationMinutesDocx(data: EvaluationMinutesData, lang: DocumentLang = 'el'): Promise<Buffer> {
  return renderDocx(evaluationMinutesModel(data, lang));
}

export function evaluationMinutesPdf(data: EvaluationMinutesData, lang: DocumentLang = 'el'): Promise<Buffer> {
  return renderPdf(evaluationMinutesModel(data, lang));
}
