import type { SocialValueRow, SocialValueYear } from '../domain/consultations/social-value-aggregation.ts';
import { documentModel, texts, type AuthorityInfo } from './document-common.ts';
import { formatDate, formatEuro, formatInteger, formatShare } from './document-format.ts';
import type { Block, DocumentLang, DocumentModel } from './document-model.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';

/**
 * The yearly social-value report for the municipal council (issue 13): the year's spending
 * with social-economy enterprises and the social value it bought, with the tables behind the
 * dashboard's charts (spending by procedure, department, category; social value by
 * enterprise, procedure, department), the enterprises' own words, and how it was counted.
 */

export interface SpendRowData {
  /** Already in the document's language (route name, department, category name). */
  label: string;
  netCents: number;
  contracts: number;
}

export interface SocialValueReportData {
  authority: AuthorityInfo;
  reference: string | null;
  year: number;
  /** YYYY-MM-DD */
  issuedOn: string;
  spend: {
    totalNetCents: number;
    contracts: number;
    enterprises: number;
    /** The authority's total procurement spend that year (procurement_totals), when entered. */
    procurementTotalNetCents: number | null;
    byRoute: SpendRowData[];
    byDepartment: SpendRowData[];
    byCategory: SpendRowData[];
  };
  /** The domain's aggregation (aggregateSocialValue), with route labels in the document's language. */
  socialValue: SocialValueYear;
  signatory: { role: string; name: string } | null;
}

function spendTable(caption: string, header: string, rows: SpendRowData[], lang: DocumentLang): Block {
  const t = texts(lang).socialValue;
  return {
    kind: 'table',
    caption,
    columns: [
      { header, width: 5 },
      { header: t.contracts, width: 1.5, align: 'right' },
      { header: t.value, width: 2.5, align: 'right' },
    ],
    rows: rows.map((r) => [r.label, formatInteger(r.contracts, lang), formatEuro(r.netCents, lang)]),
    total: [
      texts(lang).total,
      formatInteger(
        rows.reduce((sum, r) => sum + r.contracts, 0),
        lang,
      ),
      formatEuro(
        rows.reduce((sum, r) => sum + r.netCents, 0),
        lang,
      ),
    ],
  };
}

function valueTable(caption: string, header: string, rows: SocialValueRow[], lang: DocumentLang): Block {
  const t = texts(lang).socialValue;
  const sum = (key: 'contracts' | 'vulnerableWorkers' | 'vulnerableHours' | 'newHires') =>
    formatInteger(
      rows.reduce((total, r) => total + r[key], 0),
      lang,
    );
  return {
    kind: 'table',
    caption,
    columns: [
      { header, width: 4.5 },
      { header: t.contracts, width: 1.4, align: 'right' },
      { header: t.people, width: 1.4, align: 'right' },
      { header: t.hours, width: 1.6, align: 'right' },
      { header: t.hires, width: 1.6, align: 'right' },
    ],
    rows: rows.map((r) => [
      r.label,
      ...[r.contracts, r.vulnerableWorkers, r.vulnerableHours, r.newHires].map((n) => formatInteger(n, lang)),
    ]),
    total: [texts(lang).total, sum('contracts'), sum('vulnerableWorkers'), sum('vulnerableHours'), sum('newHires')],
  };
}

export function socialValueReportModel(data: SocialValueReportData, lang: DocumentLang = 'el'): DocumentModel {
  const t = texts(lang);
  const s = t.socialValue;
  const { spend, socialValue } = data;
  const totals = socialValue.totals;
  const n = (value: number) => formatInteger(value, lang);
  const summary: Array<[string, string]> = [
    [s.contracts, n(spend.contracts)],
    [s.spendNet, formatEuro(spend.totalNetCents, lang)],
    [s.enterprises, n(spend.enterprises)],
    [
      s.shareOfProcurement,
      spend.procurementTotalNetCents ? formatShare(spend.totalNetCents, spend.procurementTotalNetCents, lang) : t.none,
    ],
    [s.vulnerableWorkers, n(totals.vulnerableWorkers)],
    [s.vulnerableHours, n(totals.vulnerableHours)],
    [s.newHires, n(totals.newHires)],
    [
      s.vulnerableShare,
      formatShare(totals.workersWithTotal.vulnerableWorkers, totals.workersWithTotal.totalWorkers, lang),
    ],
    [s.pendingReports, n(totals.pendingReports)],
  ];
  const blocks: Block[] = [
    { kind: 'paragraph', text: s.intro(data.authority.name, data.year) },
    { kind: 'heading', text: s.sectionSummary },
    { kind: 'fields', rows: summary },
    { kind: 'heading', text: s.sectionSpend },
    spendTable(s.byRoute, s.route, spend.byRoute, lang),
    spendTable(s.byDepartment, s.department, spend.byDepartment, lang),
    spendTable(s.byCategory, s.category, spend.byCategory, lang),
    { kind: 'heading', text: s.sectionSocialValue },
  ];
  if (totals.contractsReporting === 0) blocks.push({ kind: 'paragraph', text: s.noReports, italic: true });
  else
    blocks.push(
      valueTable(s.byEnterprise, s.enterprise, socialValue.byEnterprise, lang),
      valueTable(s.valueByRoute, s.route, socialValue.byRoute, lang),
      valueTable(s.valueByDepartment, s.department, socialValue.byDepartment, lang),
      { kind: 'heading', text: s.sectionStories },
      ...socialValue.stories.flatMap((story): Block[] => [
        {
          kind: 'paragraph',
          text: s.story(
            story.enterpriseName,
            story.contractTitle,
            formatDate(story.periodStart),
            formatDate(story.periodEnd),
          ),
          bold: true,
        },
        { kind: 'paragraph', text: story.text, italic: true },
      ]),
    );
  blocks.push({ kind: 'heading', text: s.sectionMethod }, { kind: 'list', items: s.method });
  if (data.signatory) blocks.push({ kind: 'signatures', signers: [data.signatory] });
  return documentModel({
    lang,
    authority: data.authority,
    issuedOn: data.issuedOn,
    reference: data.reference,
    title: s.title(data.year),
    subtitle: s.subtitle,
    subject: s.title(data.year),
    blocks,
  });
}

export function socialValueReportDocx(data: SocialValueReportData, lang: DocumentLang = 'el'): Promise<Buffer> {
  return renderDocx(socialValueReportModel(data, lang));
}

export function socialValueReportPdf(data: SocialValueReportData, lang: DocumentLang = 'el'): Promise<Buffer> {
  return renderPdf(socialValueReportModel(data, lang));
}
