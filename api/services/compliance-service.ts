import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { todayInAthens } from '../domain/athens-today.ts';
import { routeRules } from '../domain/award-rules-config.ts';
import type { AwardRoute } from '../domain/award-routes.ts';
import { documentState, EXPIRY_WARNING_DAYS } from '../domain/compliance-documents.ts';
import { evaluateEnterprise, type Need } from '../domain/eligibility.ts';
import { readinessRules } from '../domain/eligibility-rules.ts';
import { isIsoDate } from '../domain/eligibility-format.ts';
import { invalidParameter } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { documentDates, enterprisesInRegister } from '../repositories/compliance.ts';
import { loadEnterpriseFacts } from '../repositories/eligibility-facts.ts';

const DAY = 86_400_000;

/**
 * Staff overview of compliance (issue 5): which enterprises hold certificates that expire
 * within the window or have expired, and for each one "ready to award today" or what is
 * missing — decided by the eligibility engine itself (domain/eligibility.ts), not by rules
 * copied here.
 */
export function createComplianceService({ db }: { db: Kysely<Database> }) {
  return {
    async overview(options: { route?: AwardRoute; on?: string; attention?: boolean }) {
      const on = options.on ?? todayInAthens();
      if (!isIsoDate(on)) throw invalidParameter('on', msg('field.calendar_date'));
      const route = options.route ?? 'direct_award';
      const rules = routeRules(route);
      const readiness = readinessRules(route);
      const ids = await enterprisesInRegister(db);
      const facts = await loadEnterpriseFacts(db, ids, new Set(ids));
      const documents = await documentDates(db, ids);
      // The certificate that counts is the latest of each kind (a renewed one replaces the old).
      const latest = new Map<string, (typeof documents)[number]>();
      for (const d of documents) {
        const key = `${d.enterprise_id}|${d.kind}`;
        const seen = latest.get(key);
        if (!seen || d.valid_until > seen.valid_until) latest.set(key, d);
      }
      const need: Need = {
        cpvCodes: [],
        keywords: null,
        route,
        valueNetCents: null,
        optionsValueNetCents: 0,
        decisionDate: on,
        startDate: on,
        durationMonths: null,
        place: null,
      };
      const collator = new Intl.Collator('el');
      const items = facts
        .map((f) => {
          const checks = evaluateEnterprise(need, f, { directAwards: [] }, on).checks.filter((c) =>
            readiness.includes(c.rule),
          );
          const missing = checks.filter((c) => c.outcome === 'fail' || c.outcome === 'unknown');
          const docs = [...latest.values()]
            .filter((d) => d.enterprise_id === f.id)
            .map((d) => ({
              id: d.id,
              kind: d.kind,
              validUntil: d.valid_until,
              verifiedAt: d.verified_at,
              state: documentState(d.valid_until, on),
              daysLeft: Math.round((Date.parse(`${d.valid_until}T00:00:00Z`) - Date.parse(`${on}T00:00:00Z`)) / DAY),
            }))
            .sort((a, b) => a.validUntil.localeCompare(b.validUntil));
          return {
            id: f.id,
            slug: f.slug,
            name: f.name,
            ready: missing.length === 0,
            missing,
            warnings: checks.filter((c) => c.outcome === 'warning'),
            documents: docs,
          };
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
        items: options.attention ? items.filter(needsAttention) : items,
      };
    },
  };
}
