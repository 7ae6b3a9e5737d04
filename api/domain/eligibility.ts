import { AWARD_RULES, type AwardRulesConfig } from './award-rules-config.ts';
import { activityCodesCheck } from './activity-codes.ts';
import { art73Checks, gemkaloChecks } from './eligibility-certificates.ts';
import { directAwardChecks, splittingAnalysis } from './eligibility-direct-award.ts';
import { addMonths } from './eligibility-format.ts';
import { socialServicesChecks, whoMayTakePartChecks } from './eligibility-reserved.ts';
import { placeCheck, serviceMatch } from './eligibility-service-match.ts';
import type {
  AuthorityFacts,
  CheckOutcome,
  EligibilityCheck,
  EligibilityGroup,
  EligibilityResult,
  EnterpriseEligibility,
  EnterpriseFacts,
  Need,
  RotationInfo,
} from './eligibility-types.ts';
import { requiredProcedure } from './procedure-thresholds.ts';

export * from './eligibility-types.ts';
export { certificateCheck } from './eligibility-certificates.ts';
export { directAwardChecks, splittingAnalysis } from './eligibility-direct-award.ts';

/**
 * The eligibility engine: "may we award this need to this enterprise, by this route?" Pure —
 * the caller loads the facts (api/repositories/eligibility-facts.ts) and passes them in; every
 * threshold and reference comes from configuration (award-rules-config.ts,
 * procedure-thresholds.ts, activity-codes.ts).
 *
 * Principle (issue 11): where the law or the facts are uncertain, the engine never says
 * "eligible". A check whose legal basis is `verify` gives at most `warning` ("legal basis to be
 * confirmed"); a fact the register lacks gives `unknown`; only staff-verified certificates and
 * statutes facts pass. Any fail → ineligible; otherwise any warning/unknown → conditional;
 * otherwise eligible. Every answer also names the procedure the value requires (a reservation
 * is not a procedure).
 */

type Rules = AwardRulesConfig;

const SEVERITY: Record<CheckOutcome, number> = { pass: 0, warning: 1, unknown: 2, fail: 3 };

/** A pass on a legal basis marked `verify` becomes a warning: the engine never answers "eligible" on it. */
export function capUnconfirmed(c: EligibilityCheck): EligibilityCheck {
  if (c.outcome !== 'pass' || !c.reference.verify) return c;
  return {
    ...c,
    outcome: 'warning',
    message: {
      el: `${c.message.el} Νομική βάση προς επιβεβαίωση.`,
      en: `${c.message.en} Legal basis to be confirmed.`,
    },
  };
}

/** The most severe check (fail > unknown > warning), or null when every check passes. */
export function headlineOf(checks: readonly EligibilityCheck[]): EligibilityCheck | null {
  let worst: EligibilityCheck | null = null;
  for (const c of checks)
    if (c.outcome !== 'pass' && (!worst || SEVERITY[c.outcome] > SEVERITY[worst.outcome])) worst = c;
  return worst;
}

export function groupOf(checks: readonly EligibilityCheck[]): EligibilityGroup {
  if (checks.some((c) => c.outcome === 'fail')) return 'ineligible';
  if (checks.some((c) => c.outcome === 'warning' || c.outcome === 'unknown')) return 'conditional';
  return 'eligible';
}

export function rotationOf(facts: EnterpriseFacts, startDate: string, rules: Rules = AWARD_RULES): RotationInfo {
  const since = addMonths(startDate, -rules.rotation.windowMonths);
  let lastAwardedOn: string | null = null;
  let cents = 0;
  let count = 0;
  for (const contract of facts.contracts) {
    if (!lastAwardedOn || contract.awardedOn > lastAwardedOn) lastAwardedOn = contract.awardedOn;
    if (contract.awardedOn >= since && contract.awardedOn <= startDate) {
      cents += contract.valueNetCents;
      count++;
    }
  }
  return {
    lastAwardedOn,
    awardedNetCentsInWindow: cents,
    contractsInWindow: count,
    windowMonths: rules.rotation.windowMonths,
  };
}

export function evaluateEnterprise(
  need: Need,
  facts: EnterpriseFacts,
  authority: AuthorityFacts,
  today: string,
  rules: Rules = AWARD_RULES,
): EnterpriseEligibility {
  const match = serviceMatch(need, facts, rules);
  const checks: EligibilityCheck[] = [
    ...whoMayTakePartChecks(need, facts, rules),
    ...gemkaloChecks(need, facts, today, rules),
    ...art73Checks(need, facts, today, rules),
    match.check,
    activityCodesCheck(need, facts.activityCodes),
  ];
  const place = placeCheck(need, match.services, rules);
  if (place) checks.push(place);
  if (need.route === 'direct_award') checks.push(...directAwardChecks(need, authority, rules));
  if (need.route === 'reserved_social_services') checks.push(...socialServicesChecks(need, facts, rules));
  const capped = checks.map(capUnconfirmed);
  const documents: EnterpriseEligibility['documents'] = {};
  for (const document of facts.documents) {
    const current = documents[document.kind];
    if (!current || document.validUntil > current) documents[document.kind] = document.validUntil;
  }
  return {
    enterprise: { id: facts.id, slug: facts.slug, name: facts.name },
    group: groupOf(capped),
    headline: headlineOf(capped),
    matchQuality: match.score,
    matchKind: match.kind,
    checks: capped,
    rotation: rotationOf(facts, need.startDate, rules),
    documents,
    activityCodes: facts.activityCodes,
  };
}

const collator = new Intl.Collator('el');

/**
 * Ranks within each group: better CPV match first; on a tie, the enterprise that has been
 * awarded less in the rotation window, then the one awarded longest ago, to spread work.
 */
export function compareForRanking(a: EnterpriseEligibility, b: EnterpriseEligibility): number {
  return (
    b.matchQuality - a.matchQuality ||
    a.rotation.awardedNetCentsInWindow - b.rotation.awardedNetCentsInWindow ||
    (a.rotation.lastAwardedOn ?? '').localeCompare(b.rotation.lastAwardedOn ?? '') ||
    collator.compare(a.enterprise.name, b.enterprise.name)
  );
}

export function evaluateEligibility(
  need: Need,
  enterprises: readonly EnterpriseFacts[],
  authority: AuthorityFacts,
  today: string,
  rules: Rules = AWARD_RULES,
): EligibilityResult {
  const result: EligibilityResult = {
    eligible: [],
    conditional: [],
    ineligible: [],
    requiredProcedure: requiredProcedure(need, undefined, rules.routes),
    splitting: need.route === 'direct_award' ? splittingAnalysis(need, authority) : null,
  };
  for (const facts of enterprises) {
    const evaluation = evaluateEnterprise(need, facts, authority, today, rules);
    result[evaluation.group].push(evaluation);
  }
  for (const group of [result.eligible, result.conditional, result.ineligible]) group.sort(compareForRanking);
  return result;
}
