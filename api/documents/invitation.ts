import type { AwardRoute } from '../domain/award-routes.ts';
import type { EvaluationRule } from '../domain/consultations/evaluation-rule.ts';
import {
  RESERVED_ROUTES,
  cpvText,
  criteriaTable,
  documentModel,
  formulaItems,
  routeText,
  texts,
  type AuthorityInfo,
  type CpvLabel,
} from './document-common.ts';
import { formatDate, formatDateTime, formatEuro } from './document-format.ts';
import type { Block, DocumentLang, DocumentModel } from './document-model.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';

/**
 * The invitation to submit offers (πρόσκληση υποβολής προσφορών, issue 13): what the
 * contract is, the procedure and budget, the award criterion with its weights and formulas
 * (Law 4412/2016 art. 86 §10: stated in the call), how and until when to submit, and the
 * attachments. Generated from plain data; Greek by default.
 */

export interface InvitationData {
  authority: AuthorityInfo;
  /** Protocol number, when the clerk has one. */
  reference: string | null;
  /** YYYY-MM-DD */
  issuedOn: string;
  consultation: {
    title: string;
    description: string;
    cpv: CpvLabel[];
    route: AwardRoute;
    valueNetCents: number;
    optionsValueNetCents: number;
    /** Place of performance in words. */
    place: string | null;
    startDate: string | null;
    durationMonths: number | null;
    /** UTC ISO instant. */
    deadline: string;
    evaluation: EvaluationRule;
  };
  /** The invited enterprises' names ("To:"); empty when the request is open to every eligible one. */
  invitees: string[];
  /** File names of the call's attachments. */
  attachments: string[];
  /** Where enterprises submit (the app's page for this request). */
  submissionUrl: string;
  signatory: { role: string; name: string } | null;
}

export function invitationModel(data: InvitationData, lang: DocumentLang = 'el'): DocumentModel {
  const t = texts(lang);
  const i = t.invitation;
  const c = data.consultation;
  const route = routeText(c.route, lang);
  const deadline = formatDateTime(c.deadline);
  const blocks: Block[] = [];
  if (data.invitees.length > 0)
    blocks.push({ kind: 'paragraph', text: `${t.to}:`, bold: true }, { kind: 'list', items: data.invitees });
  blocks.push(
    { kind: 'paragraph', text: i.intro(data.authority.name, data.authority.department) },
    { kind: 'heading', text: i.sectionObject },
    {
      kind: 'fields',
      rows: [
        [i.object, c.title],
        ...(c.description ? [[i.description, c.description] as [string, string]] : []),
        [i.cpv, cpvText(c.cpv, lang)],
        [i.place, c.place ?? t.none],
        [i.start, c.startDate ? formatDate(c.startDate) : t.none],
        [i.duration, c.durationMonths ? t.months(c.durationMonths) : t.none],
      ],
    },
    { kind: 'heading', text: i.sectionProcedure },
    {
      kind: 'fields',
      rows: [
        [i.route, route.name],
        [t.legalReference, route.reference],
        [i.valueNet, formatEuro(c.valueNetCents, lang)],
        [i.optionsNet, formatEuro(c.optionsValueNetCents, lang)],
        [i.valueWithOptions, formatEuro(c.valueNetCents + c.optionsValueNetCents, lang)],
      ],
    },
  );
  if (RESERVED_ROUTES.includes(c.route)) blocks.push({ kind: 'paragraph', text: i.reservedNote(route.reference) });
  blocks.push({ kind: 'heading', text: i.sectionCriterion });
  if (c.evaluation.kind === 'lowest_price') blocks.push({ kind: 'paragraph', text: i.lowestPrice });
  else
    blocks.push({ kind: 'paragraph', text: i.bestPriceQuality }, criteriaTable(c.evaluation, lang), {
      kind: 'list',
      items: formulaItems(lang),
    });
  blocks.push(
    { kind: 'paragraph', text: i.ties },
    { kind: 'heading', text: i.sectionSubmission },
    { kind: 'fields', rows: [[i.deadline, `${deadline} (${t.athensTime})`]] },
    { kind: 'paragraph', text: i.submitAt(data.submissionUrl, deadline) },
    { kind: 'list', items: i.offerContents },
    { kind: 'paragraph', text: i.late },
    { kind: 'paragraph', text: i.sealed },
  );
  if (data.attachments.length > 0)
    blocks.push({ kind: 'heading', text: i.sectionAttachments }, { kind: 'list', items: data.attachments });
  if (data.signatory)
    blocks.push({
      kind: 'signatures',
      signers: [{ role: `${i.signatory}\n${data.signatory.role}`, name: data.signatory.name }],
    });
  return documentModel({
    lang,
    authority: data.authority,
    issuedOn: data.issuedOn,
    reference: data.reference,
    title: i.title,
    subtitle: c.title,
    subject: c.title,
    blocks,
  });
}

export function invitationDocx(data: InvitationData, lang: DocumentLang = 'el'): Promise<Buffer> {
  return renderDocx(invitationModel(data, lang));
}

export function invitationPdf(data: InvitationData, lang: DocumentLang = 'el'): Promise<Buffer> {
  return renderPdf(invitationModel(data, lang));
}
