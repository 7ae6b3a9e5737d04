import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditActorOf, type Actor } from '../domain/actor.ts';
import { AWARD_RULES } from '../domain/award-rules-config.ts';
import { centsToDecimal, decimalToCents, type Lang } from '../domain/eligibility-format.ts';
import { invalidParameter } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { recordAudit } from '../repositories/audit-log.ts';
import { getProcurementTotal, setProcurementTotal, yearSpend, type SpendRow } from '../repositories/contracts.ts';
import type { DirectoryRegistry } from '../repositories/sqlite/directory-registry.ts';
import { neutraliseFormula } from '../spreadsheets/csv-writer.ts';
import { socialValueReportDocx, socialValueReportPdf } from '../documents/social-value-report.ts';
import { aggregateSocialValue, type SocialValueYear } from '../domain/consultations/social-value-aggregation.ts';
import { reportsForYear } from '../repositories/social-value.ts';
import { athensDate } from '../domain/consultations/athens-time.ts';
import type { DocumentFormat } from '../documents/document-model.ts';
import type { AuthoritySettings } from './consultations/consultation-documents.ts';
import { generatedDocument } from './consultations/consultation-documents.ts';

export interface SocialProcurementStats {
  year: number;
  net: string;
  contracts: number;
  distinctEnterprises: number;
  byRoute: NamedSpend[];
  byCategory: NamedSpend[];
  byDepartment: NamedSpend[];
  procurementTotal: { net: string; note: string | null; updatedAt: string } | null;
  socialShare: number | null;
  /** The social value the year's confirmed reports record (issue 13); pending reports are counted, not added. */
  socialValue: SocialValueYear;
}

interface NamedSpend {
  key: string;
  name: string;
  net: string;
  contracts: number;
}

/** Social-procurement statistics per year (issue 6): spend by route, category and department, and its share of all procurement. */
const routeName = (key: string, lang: Lang) => {
  const route = AWARD_RULES.routes[key as keyof typeof AWARD_RULES.routes];
  return lang === 'el' ? route.nameEl : route.nameEn;
};

export function createStatsService({
  db,
  registry,
  authority,
  clock,
}: {
  db: Kysely<Database>;
  registry: Pick<DirectoryRegistry, 'categoryNames'>;
  /** Who issues the council report (AUTHORITY_NAME, AUTHORITY_CONTACT). */
  authority: () => AuthoritySettings;
  clock: () => Date;
}) {
  const categoryName = (lang: Lang) => {
    const categories = registry.categoryNames(lang);
    return (key: string) => categories.get(key) ?? (lang === 'el' ? 'Χωρίς κατηγορία' : 'Uncategorised');
  };

  async function socialValue(year: number, lang: Lang): Promise<SocialValueYear> {
    return aggregateSocialValue(year, await reportsForYear(db, year), (route) => routeName(route, lang));
  }

  async function socialProcurement(year: number, lang: Lang): Promise<SocialProcurementStats> {
    const spend = await yearSpend(db, year);
    const total = await getProcurementTotal(db, year);
    const named = (rows: SpendRow[], name: (key: string) => string) =>
      rows.map((r) => ({ key: r.key, name: name(r.key), net: centsToDecimal(r.netCents), contracts: r.contracts }));
    return {
      year,
      net: centsToDecimal(spend.totalNetCents),
      contracts: spend.contracts,
      distinctEnterprises: spend.distinctEnterprises,
      byRoute: named(spend.byRoute, (key) => routeName(key, lang)),
      byCategory: named(spend.byCategory, categoryName(lang)),
      byDepartment: named(spend.byDepartment, (key) => key),
      procurementTotal: total
        ? { net: centsToDecimal(total.total_net_cents), note: total.note, updatedAt: total.updated_at }
        : null,
      socialShare:
        total && total.total_net_cents > 0
          ? Math.round((spend.totalNetCents / total.total_net_cents) * 10000) / 10000
          : null,
      socialValue: await socialValue(year, lang),
    };
  }

  return {
    socialProcurement,

    /**
     * The yearly social-value report for the municipal council (issue 13), DOCX or PDF: the
     * year's spend and the confirmed social value, with the tables behind the dashboard's charts.
     */
    async councilReport(year: number, format: DocumentFormat, lang: Lang) {
      const spend = await yearSpend(db, year);
      const total = await getProcurementTotal(db, year);
      const rows = (list: SpendRow[], label: (key: string) => string) =>
        list.map((r) => ({ label: label(r.key), netCents: r.netCents, contracts: r.contracts }));
      const settings = authority();
      const data = {
        authority: { name: settings.name, department: '', contactLines: settings.contactLines },
        reference: null,
        year,
        issuedOn: athensDate(clock()),
        spend: {
          totalNetCents: spend.totalNetCents,
          contracts: spend.contracts,
          enterprises: spend.distinctEnterprises,
          procurementTotalNetCents: total?.total_net_cents ?? null,
          byRoute: rows(spend.byRoute, (key) => routeName(key, lang)),
          byDepartment: rows(spend.byDepartment, (key) => key),
          byCategory: rows(spend.byCategory, categoryName(lang)),
        },
        socialValue: await socialValue(year, lang),
        signatory: null,
      };
      const bytes =
        format === 'docx' ? await socialValueReportDocx(data, lang) : await socialValueReportPdf(data, lang);
      return generatedDocument(bytes, format, `social-value-report-${year}`);
    },

    /** The same figures as an Excel workbook. */
    async workbook(year: number, lang: Lang): Promise<Buffer> {
      const stats = await socialProcurement(year, lang);
      const el = lang === 'el';
      const workbook = new ExcelJS.Workbook();
      const summary = workbook.addWorksheet(el ? 'Σύνοψη' : 'Summary');
      summary.columns = [{ width: 48 }, { width: 20 }];
      summary.addRows([
        [el ? 'Έτος' : 'Year', stats.year],
        [el ? 'Δαπάνη σε φορείς ΚΑΛΟ χωρίς ΦΠΑ (€)' : 'Spend with SSE enterprises net of VAT (€)', Number(stats.net)],
        [el ? 'Συμβάσεις' : 'Contracts', stats.contracts],
        [el ? 'Διακριτοί φορείς' : 'Distinct enterprises', stats.distinctEnterprises],
        [
          el ? 'Συνολική δαπάνη προμηθειών (€)' : 'Total procurement spend (€)',
          stats.procurementTotal ? Number(stats.procurementTotal.net) : null,
        ],
        [el ? 'Μερίδιο κοινωνικής οικονομίας' : 'Social-economy share', stats.socialShare],
      ]);
      summary.getCell('B6').numFmt = '0.00%';
      const sheet = (title: string, rows: NamedSpend[]) => {
        const ws = workbook.addWorksheet(title);
        ws.columns = [
          { header: el ? 'Ομάδα' : 'Group', width: 44 },
          { header: el ? 'Αξία χωρίς ΦΠΑ (€)' : 'Value net of VAT (€)', width: 20 },
          { header: el ? 'Συμβάσεις' : 'Contracts', width: 12 },
        ];
        ws.getRow(1).font = { bold: true };
        for (const r of rows)
          ws.addRow([neutraliseFormula(r.name), Number(r.net), r.contracts]).getCell(2).numFmt = '#,##0.00';
      };
      sheet(el ? 'Ανά διαδικασία' : 'By route', stats.byRoute);
      sheet(el ? 'Ανά κατηγορία' : 'By category', stats.byCategory);
      sheet(el ? 'Ανά υπηρεσία' : 'By department', stats.byDepartment);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },

    /** The authority's total procurement spend for a year (the share's denominator). */
    async setProcurementTotal(
      actor: Actor,
      year: number,
      totalNet: string,
      note: string | null,
    ): Promise<SocialProcurementStats> {
      const cents = decimalToCents(totalNet);
      if (cents === null) throw invalidParameter('totalNet', msg('money.format'), 'body');
      await db.transaction().execute(async (trx) => {
        await setProcurementTotal(trx, year, cents, note, actor.user?.id ?? null);
        await recordAudit(trx, auditActorOf(actor), {
          action: 'procurement_total.set',
          objectType: 'procurement_total',
          objectId: String(year),
          details: { totalNetCents: cents, note },
        });
      });
      return socialProcurement(year, 'el');
    },
  };
}
