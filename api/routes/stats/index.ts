import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import ExcelJS from 'exceljs';
import { Type, type Static } from 'typebox';
import { recordAudit } from '../../repositories/audit-log.ts';
import { AWARD_RULES } from '../../domain/award-rules-config.ts';
import { centsToDecimal, decimalToCents, type Lang } from '../../domain/eligibility-format.ts';
import { InvalidParameterProblem } from '../../http/errors.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { requireRole } from '../../plugins/auth.ts';
import { getProcurementTotal, setProcurementTotal, yearSpend, type SpendRow } from '../../repositories/contracts.ts';
import { neutraliseFormula } from '../../spreadsheets/csv-writer.ts';
import { MoneySchema } from '../eligibility/schemas.ts';

/** Social-procurement statistics per year (issue 6), municipal staff only. Mounted at /api/v1. */

const SpendSchema = Type.Object({ key: Type.String(), name: Type.String(), net: Type.String(), contracts: Type.Integer() });
const StatsSchema = Type.Object({
  year: Type.Integer(),
  net: Type.String({ description: 'Spend with social-economy enterprises, euros net of VAT' }),
  contracts: Type.Integer(),
  distinctEnterprises: Type.Integer(),
  byRoute: Type.Array(SpendSchema),
  byCategory: Type.Array(SpendSchema),
  byDepartment: Type.Array(SpendSchema),
  procurementTotal: Type.Union([
    Type.Object({ net: Type.String(), note: Type.Union([Type.String(), Type.Null()]), updatedAt: Type.String() }),
    Type.Null(),
  ]),
  /** Share of the year's total procurement spend (0…1), once staff entered the total. */
  socialShare: Type.Union([Type.Number(), Type.Null()]),
});
type Stats = Static<typeof StatsSchema>;

const YearQuerySchema = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100 }), lang: Type.Optional(Type.Union([Type.Literal('el'), Type.Literal('en')])) },
  { additionalProperties: false },
);

const statsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', requireRole('admin', 'staff'));

  async function statsFor(year: number, lang: Lang): Promise<Stats> {
    const spend = await yearSpend(app.db, year);
    const total = await getProcurementTotal(app.db, year);
    const categories = app.registry.categoryNames(lang);
    const named = (rows: SpendRow[], name: (key: string) => string) =>
      rows.map((r) => ({ key: r.key, name: name(r.key), net: centsToDecimal(r.netCents), contracts: r.contracts }));
    return {
      year,
      net: centsToDecimal(spend.totalNetCents),
      contracts: spend.contracts,
      distinctEnterprises: spend.distinctEnterprises,
      byRoute: named(spend.byRoute, (key) => {
        const route = AWARD_RULES.routes[key as keyof typeof AWARD_RULES.routes];
        return lang === 'el' ? route.nameEl : route.nameEn;
      }),
      byCategory: named(spend.byCategory, (key) => categories.get(key) ?? (lang === 'el' ? 'Χωρίς κατηγορία' : 'Uncategorised')),
      byDepartment: named(spend.byDepartment, (key) => key),
      procurementTotal: total ? { net: centsToDecimal(total.total_net_cents), note: total.note, updatedAt: total.updated_at } : null,
      socialShare: total && total.total_net_cents > 0 ? Math.round((spend.totalNetCents / total.total_net_cents) * 10000) / 10000 : null,
    };
  }

  app.get(
    '/stats/social-procurement',
    {
      schema: {
        tags: ['stats'],
        summary: "A year's spend with social-economy enterprises by route, category and department, and its share of all procurement",
        querystring: YearQuerySchema,
        response: { 200: StatsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => statsFor(request.query.year, request.query.lang ?? 'el'),
  );

  app.get(
    '/stats/social-procurement.xlsx',
    {
      schema: {
        tags: ['stats'],
        summary: 'The same figures as an Excel workbook',
        querystring: YearQuerySchema,
        response: { 200: Type.Any(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      const stats = await statsFor(request.query.year, lang);
      const el = lang === 'el';
      const workbook = new ExcelJS.Workbook();
      const summary = workbook.addWorksheet(el ? 'Σύνοψη' : 'Summary');
      summary.columns = [{ width: 48 }, { width: 20 }];
      summary.addRows([
        [el ? 'Έτος' : 'Year', stats.year],
        [el ? 'Δαπάνη σε φορείς ΚΑΛΟ χωρίς ΦΠΑ (€)' : 'Spend with SSE enterprises net of VAT (€)', Number(stats.net)],
        [el ? 'Συμβάσεις' : 'Contracts', stats.contracts],
        [el ? 'Διακριτοί φορείς' : 'Distinct enterprises', stats.distinctEnterprises],
        [el ? 'Συνολική δαπάνη προμηθειών (€)' : 'Total procurement spend (€)', stats.procurementTotal ? Number(stats.procurementTotal.net) : null],
        [el ? 'Μερίδιο κοινωνικής οικονομίας' : 'Social-economy share', stats.socialShare],
      ]);
      summary.getCell('B6').numFmt = '0.00%';
      const sheet = (title: string, rows: Stats['byRoute']) => {
        const ws = workbook.addWorksheet(title);
        ws.columns = [
          { header: el ? 'Ομάδα' : 'Group', width: 44 },
          { header: el ? 'Αξία χωρίς ΦΠΑ (€)' : 'Value net of VAT (€)', width: 20 },
          { header: el ? 'Συμβάσεις' : 'Contracts', width: 12 },
        ];
        ws.getRow(1).font = { bold: true };
        for (const r of rows) ws.addRow([neutraliseFormula(r.name), Number(r.net), r.contracts]).getCell(2).numFmt = '#,##0.00';
      };
      sheet(el ? 'Ανά διαδικασία' : 'By route', stats.byRoute);
      sheet(el ? 'Ανά κατηγορία' : 'By category', stats.byCategory);
      sheet(el ? 'Ανά υπηρεσία' : 'By department', stats.byDepartment);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="social-procurement-${stats.year}.xlsx"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(await workbook.xlsx.writeBuffer()));
    },
  );

  app.put(
    '/stats/procurement-totals/:year',
    {
      schema: {
        tags: ['stats'],
        summary: "Set the authority's total procurement spend for a year (the share's denominator)",
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        body: Type.Object({ totalNet: MoneySchema, note: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])) }, { additionalProperties: false }),
        response: { 200: StatsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { year } = request.params;
      const cents = decimalToCents(request.body.totalNet);
      if (cents === null) throw new InvalidParameterProblem('totalNet', 'must be an amount in euros with at most two decimals', 'body');
      const note = request.body.note?.trim() || null;
      await app.db.transaction().execute(async (trx) => {
        await setProcurementTotal(trx, year, cents, note, request.user?.id ?? null);
        await recordAudit(
          trx,
          { userId: request.user?.id ?? null, email: request.user?.email ?? null, ip: request.ip ?? null },
          { action: 'procurement_total.set', objectType: 'procurement_total', objectId: String(year), details: { totalNetCents: cents, note } },
        );
      });
      return statsFor(year, 'el');
    },
  );
};

export default statsRoutes;
