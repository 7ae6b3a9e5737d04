import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { InvalidParameterProblem } from '../../http/errors.ts';
import { requireRole } from '../../plugins/auth.ts';
import { evaluateEnterprise, type EligibilityRule, type Need } from '../../domain/eligibility.ts';
import { isIsoDate } from '../../domain/eligibility-format.ts';
import { routeRules } from '../../domain/award-rules-config.ts';
import { loadEnterpriseFacts } from '../../repositories/eligibility-facts.ts';
import { AwardRouteSchema } from '../eligibility/schemas.ts';
import { athensToday, documentState, EXPIRY_WARNING_DAYS } from '../my-enterprise/views.ts';
import { DocumentKindSchema } from '../my-enterprise/schemas.ts';
import { oneOf } from '../my-enterprise/schemas.ts';

/**
 * The rules of the eligibility engine that depend on the enterprise alone (not on a need):
 * legal form for the route, ΓΕΜΚΑΛΟ registration and certificate, tax and social-security
 * clearances. "Ready to award today" = none of them fails or is unknown on that date.
 */
const READINESS_RULES: readonly EligibilityRule[] = ['legal_form', 'gemkalo_registration', 'gemkalo_certificate', 'tax_clearance', 'social_security_clearance'];

const Bilingual = Type.Object({ el: Type.String(), en: Type.String() });
const CheckSchema = Type.Object({
  rule: Type.String(),
  outcome: oneOf(['pass', 'fail', 'warning', 'unknown']),
  message: Bilingual,
  reference: Type.Object({ el: Type.String(), en: Type.String(), verify: Type.Boolean() }),
});
const OverviewQuery = Type.Object(
  {
    route: Type.Optional(AwardRouteSchema),
    on: Type.Optional(Type.String({ maxLength: 10, description: 'Evaluate on this date (YYYY-MM-DD); default today (Athens)' })),
    attention: Type.Optional(Type.Boolean({ description: 'Only enterprises with an expiring or expired document, or not ready' })),
  },
  { additionalProperties: false },
);
export const ComplianceOverviewSchema = Type.Object({
  on: Type.String(),
  route: Type.String(),
  routeName: Bilingual,
  windowDays: Type.Integer(),
  summary: Type.Object({ enterprises: Type.Integer(), ready: Type.Integer(), notReady: Type.Integer(), expiring: Type.Integer(), expired: Type.Integer() }),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      slug: Type.String(),
      name: Type.String(),
      ready: Type.Boolean(),
      /** Checks that fail or lack a fact: what is missing. */
      missing: Type.Array(CheckSchema),
      /** Allowed, but staff should act (e.g. a certificate expiring soon). */
      warnings: Type.Array(CheckSchema),
      documents: Type.Array(
        Type.Object({
          id: Type.String(),
          kind: DocumentKindSchema,
          validUntil: Type.String(),
          state: Type.Union([Type.Literal('valid'), Type.Literal('expiring'), Type.Literal('expired')]),
          daysLeft: Type.Integer(),
        }),
      ),
    }),
  ),
});
export type ComplianceOverview = Static<typeof ComplianceOverviewSchema>;

const DAY = 86_400_000;

/**
 * Staff overview of compliance (issue 5): which enterprises hold certificates that expire
 * within the window or have expired, and for each one "ready to award today" or what is
 * missing — decided by the eligibility engine itself (api/domain/eligibility.ts), not by
 * rules copied here. Mounted at /api/v1.
 */
const complianceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/compliance/overview',
    {
      preHandler: requireRole('admin', 'staff'),
      schema: {
        tags: ['staff'],
        summary: 'Expiring and expired documents, and per enterprise "ready to award today" or what is missing',
        querystring: OverviewQuery,
        response: { 200: ComplianceOverviewSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const on = request.query.on ?? athensToday();
      if (!isIsoDate(on)) throw new InvalidParameterProblem('on', 'is not a calendar date (YYYY-MM-DD)');
      const route = request.query.route ?? 'direct_award';
      const rules = routeRules(route);
      const enterprises = await app.db.selectFrom('enterprises').select('id').where('status', '!=', 'hidden').execute();
      const ids = enterprises.map((e) => e.id);
      const facts = await loadEnterpriseFacts(app.db, ids, new Set(ids));
      const documents = ids.length
        ? await app.db.selectFrom('compliance_documents').select(['id', 'enterprise_id', 'kind', 'valid_until']).where('enterprise_id', 'in', ids).execute()
        : [];
      // The certificate that counts is the latest of each kind (a renewed one replaces the old).
      const latest = new Map<string, (typeof documents)[number]>();
      for (const d of documents) {
        const key = `${d.enterprise_id}|${d.kind}`;
        const seen = latest.get(key);
        if (!seen || d.valid_until > seen.valid_until) latest.set(key, d);
      }
      const need: Need = { cpvCodes: [], keywords: null, route, valueNetCents: null, optionsValueNetCents: 0, decisionDate: on, startDate: on, durationMonths: null, place: null };
      const collator = new Intl.Collator('el');
      const items = facts
        .map((f) => {
          const checks = evaluateEnterprise(need, f, { directAwards: [] }, on).checks.filter((c) => READINESS_RULES.includes(c.rule));
          const missing = checks.filter((c) => c.outcome === 'fail' || c.outcome === 'unknown');
          const docs = [...latest.values()]
            .filter((d) => d.enterprise_id === f.id)
            .map((d) => ({
              id: d.id,
              kind: d.kind,
              validUntil: d.valid_until,
              state: documentState(d.valid_until, on),
              daysLeft: Math.round((Date.parse(`${d.valid_until}T00:00:00Z`) - Date.parse(`${on}T00:00:00Z`)) / DAY),
            }))
            .sort((a, b) => a.validUntil.localeCompare(b.validUntil));
          return { id: f.id, slug: f.slug, name: f.name, ready: missing.length === 0, missing, warnings: checks.filter((c) => c.outcome === 'warning'), documents: docs };
        })
        .sort((a, b) => Number(a.ready) - Number(b.ready) || collator.compare(a.name, b.name));
      const needsAttention = (i: (typeof items)[number]) => !i.ready || i.documents.some((d) => d.state !== 'valid');
      const all = items.flatMap((i) => i.documents);
      return {
        on,
        route,
        routeName: { el: rules.nameEl, en: rules.nameEn },
        windowDays: EXPIRY_WARNING_DAYS,
        summary: {
          enterprises: items.length,
          ready: items.filter((i) => i.ready).length,
          notReady: items.filter((i) => !i.ready).length,
          expiring: all.filter((d) => d.state === 'expiring').length,
          expired: all.filter((d) => d.state === 'expired').length,
        },
        items: request.query.attention ? items.filter(needsAttention) : items,
      };
    },
  );
};

export default complianceRoutes;
