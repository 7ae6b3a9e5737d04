import type { AwardRoute } from '../domain/award-routes.ts';
import { routeRules } from '../domain/award-rules-config.ts';
import { CONSULTATION_RULES } from '../domain/consultations/consultation-config.ts';
import { criterionName, type EvaluationRule } from '../domain/consultations/evaluation-rule.ts';
import { DOCUMENT_TEXTS, type DocumentTexts } from './document-texts.ts';
import type { Block, DocumentLang, DocumentModel } from './document-model.ts';
import { formatDate } from './document-format.ts';

/** What every generated document says about who issues it (plain data, from the settings). */
export interface AuthorityInfo {
  /** "Δήμος Χαλανδρίου" */
  name: string;
  /** The department that runs the procedure ("Διεύθυνση Παιδείας"). */
  department: string;
  /** Postal address, telephone, e-mail: one line each. */
  contactLines: string[];
}

/** A CPV code with its official labels (the `cpv_codes` table). */
export interface CpvLabel {
  code: string;
  labelEl: string;
  labelEn: string;
}

export function texts(lang: DocumentLang): DocumentTexts {
  return DOCUMENT_TEXTS[lang];
}

function letterhead(authority: AuthorityInfo): string[] {
  return [authority.name, authority.department, ...authority.contactLines];
}

function dateLines(lang: DocumentLang, issuedOn: string, reference: string | null): string[] {
  const t = texts(lang);
  return [`${t.date}: ${formatDate(issuedOn)}`, ...(reference ? [`${t.reference}: ${reference}`] : [])];
}

export function cpvText(cpv: CpvLabel[], lang: DocumentLang): string {
  return cpv.map((c) => `${c.code} — ${lang === 'el' ? c.labelEl : c.labelEn}`).join('\n');
}

/** The route's name, with its legal reference and, where the law is uncertain, "to be verified". */
export function routeText(route: AwardRoute, lang: DocumentLang): { name: string; reference: string } {
  const rules = routeRules(route);
  const t = texts(lang);
  const reference = `${rules.reference[lang]}${rules.reference.verify ? ` (${t.toBeVerified})` : ''}`;
  return { name: lang === 'el' ? rules.nameEl : rules.nameEn, reference };
}

export const RESERVED_ROUTES: readonly AwardRoute[] = ['reserved_art20', 'reserved_social_services'];

/** The award criterion in one line (for the minutes' facts). */
export function criterionSummary(rule: EvaluationRule, lang: DocumentLang): string {
  const t = texts(lang);
  if (rule.kind === 'lowest_price') return t.invitation.lowestPrice;
  return `${t.invitation.bestPriceQuality} ${rule.criteria.map((c) => `${criterionName(c, lang)} ${c.weight}%`).join(', ')}`;
}

/** The formulas a price-quality evaluation uses, as the call states them (art. 86 §10). */
export function formulaItems(lang: DocumentLang): string[] {
  const evaluation = CONSULTATION_RULES.evaluation;
  return [evaluation.priceFormula[lang], evaluation.qualityFormula[lang]];
}

export function criteriaTable(
  rule: Extract<EvaluationRule, { kind: 'best_price_quality' }>,
  lang: DocumentLang,
): Block {
  const t = texts(lang).invitation;
  return {
    kind: 'table',
    caption: t.criteriaCaption,
    columns: [
      { header: t.criterion, width: 5 },
      { header: t.criterionType, width: 2 },
      { header: t.weight, width: 2, align: 'right' },
    ],
    rows: rule.criteria.map((c) => [
      criterionName(c, lang),
      c.kind === 'price' ? t.priceKind : t.qualityKind,
      String(c.weight),
    ]),
    total: [texts(lang).total, '', String(rule.criteria.reduce((sum, c) => sum + c.weight, 0))],
  };
}

/** A model with the parts every document shares: letterhead, date and reference, metadata, page words. */
export function documentModel(parts: {
  lang: DocumentLang;
  authority: AuthorityInfo;
  issuedOn: string;
  reference: string | null;
  title: string;
  subtitle: string | null;
  subject: string;
  blocks: Block[];
}): DocumentModel {
  return {
    lang: parts.lang,
    title: parts.title,
    subtitle: parts.subtitle,
    letterhead: letterhead(parts.authority),
    dateLines: dateLines(parts.lang, parts.issuedOn, parts.reference),
    blocks: parts.blocks,
    author: parts.authority.name,
    subject: parts.subject,
    issuedOn: parts.issuedOn,
    pageWords: texts(parts.lang).pageWords,
  };
}
