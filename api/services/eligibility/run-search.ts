import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { AWARD_RULES, routeRules } from '../../domain/award-rules-config.ts';
import { checkCpvAgainstList, formatCpv, parseCpv } from '../../domain/cpv.ts';
import { evaluateEligibility, type EnterpriseEligibility, type Need } from '../../domain/eligibility.ts';
import { centsToDecimal, decimalToCents, isIsoDate } from '../../domain/eligibility-format.ts';
import { RULE_INFO, rulesFor } from '../../domain/eligibility-rules.ts';
import { alternativeRoutes, summarizeEligibility } from '../../domain/eligibility-summary.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import type { DirectoryRegistry } from '../../repositories/sqlite/directory-registry.ts';
import {
  filterPublished,
  findCpvCandidates,
  loadAuthorityFacts,
  loadEnterpriseFacts,
  loadNeedCpv,
} from '../../repositories/eligibility-facts.ts';
import type { Criteria, EligibilityEntry, EligibilityResponse, NeedBody } from '../../http/eligibility-schemas.ts';
import { todayInAthens } from '../../domain/athens-today.ts';

/** What the search reads: the database and the directory's area tree and text search. */
export interface EligibilitySearchDeps {
  db: Kysely<Database>;
  registry: Pick<DirectoryRegistry, 'areaTree' | 'search'>;
}

export { todayInAthens };

function toEntry(evaluation: EnterpriseEligibility): EligibilityEntry {
  const { rotation, ...rest } = evaluation;
  return {
    ...rest,
    rotation: {
      lastAwardedOn: rotation.lastAwardedOn,
      awardedNet: centsToDecimal(rotation.awardedNetCentsInWindow),
      contractsInWindow: rotation.contractsInWindow,
      windowMonths: rotation.windowMonths,
    },
    documents: { ...evaluation.documents },
  };
}

/**
 * Validates a need (naming the offending field), loads the candidates and their facts and
 * runs the engine. Candidates: enterprises with a service related to a needed CPV code (at
 * least the same group); with keywords as well, only those the text search also finds;
 * with keywords alone, those the text search finds.
 */
export async function runEligibilitySearch(
  app: EligibilitySearchDeps,
  input: NeedBody,
  location: 'body' | 'query',
  /** Today in Athens; a caller with its own clock (the award of a request for quotes) passes its day. */
  today: string = todayInAthens(),
): Promise<EligibilityResponse> {
  const codes: string[] = [];
  const parsedCodes = (input.cpv ?? []).map((raw, i) => {
    const parsed = parseCpv(raw);
    if (!parsed) throw invalidParameter(`cpv[${i}]`, msg('eligibility.cpv_format', { value: raw }), location);
    if (!codes.includes(parsed.code)) codes.push(parsed.code);
    return parsed;
  });
  const keywords = input.keywords?.trim() || null;
  if (codes.length === 0 && !keywords) throw invalidParameter('cpv', msg('eligibility.need_something'), location);
  const needCpv = await loadNeedCpv(app.db, codes);
  parsedCodes.forEach((parsed, i) => {
    const listed = needCpv.get(parsed.code);
    const verdict = checkCpvAgainstList(parsed, listed);
    if (verdict === 'not_listed')
      throw invalidParameter(`cpv[${i}]`, msg('contracts.cpv_unknown', { code: parsed.code }), location);
    if (verdict === 'check_digit_mismatch') {
      const formatted = formatCpv(parsed.code, listed!.checkDigit);
      throw invalidParameter(
        `cpv[${i}]`,
        msg('eligibility.cpv_check_digit', { code: parsed.code, digit: listed!.checkDigit!, formatted }),
        location,
      );
    }
  });
  let valueNetCents: number | null = null;
  if (input.valueNet !== undefined) {
    valueNetCents = decimalToCents(input.valueNet);
    if (valueNetCents === null) throw invalidParameter('valueNet', msg('money.format'), location);
  }
  // Options and extensions count towards every threshold (Law 4412/2016 art. 6 §1).
  const optionsValueNetCents = decimalToCents(input.optionsValueNet ?? '0');
  if (optionsValueNetCents === null) throw invalidParameter('optionsValueNet', msg('money.format'), location);
  const startDate = input.startDate ?? today;
  if (!isIsoDate(startDate)) throw invalidParameter('startDate', msg('eligibility.date'), location);
  // The award decision: certificates must be valid on it, and the splitting year and the art. 77
  // three-year window count from it.
  const decisionDate = input.decisionDate ?? today;
  if (!isIsoDate(decisionDate)) throw invalidParameter('decisionDate', msg('eligibility.date'), location);
  let place: Need['place'] = null;
  if (input.place) {
    const area = app.registry.areaTree.get(input.place);
    if (!area) throw invalidParameter('place', msg('area.unknown', { id: input.place }), location);
    place = {
      id: area.id,
      nameEl: area.nameEl,
      nameEn: area.nameEn,
      coveringIds: app.registry.areaTree.covering(area.id),
    };
  }
  const need: Need = {
    cpvCodes: codes.map((code) => needCpv.get(code)!),
    keywords,
    route: input.route,
    valueNetCents,
    optionsValueNetCents,
    decisionDate,
    startDate,
    durationMonths: input.durationMonths ?? null,
    place,
  };

  let keywordIds: Set<string> | null = null;
  if (keywords) keywordIds = new Set(app.registry.search({ q: keywords, page: 1, pageSize: 1000 }).ids);
  let candidates: string[];
  if (codes.length > 0) {
    candidates = await findCpvCandidates(app.db, codes, AWARD_RULES.cpvMatch.candidateScore);
    if (keywordIds) candidates = candidates.filter((id) => keywordIds.has(id));
  } else candidates = await filterPublished(app.db, [...keywordIds!]);

  const facts = await loadEnterpriseFacts(app.db, candidates, keywordIds ?? new Set());
  const authority = await loadAuthorityFacts(app.db, need.decisionDate.slice(0, 4));
  const result = evaluateEligibility(need, facts, authority, today);
  // The other routes are run on the same candidates and facts, not guessed.
  const summary = summarizeEligibility(need, result, alternativeRoutes(need, facts, authority, today));
  const rules = routeRules(need.route);
  const criteria: Criteria = {
    today,
    route: { id: need.route, name: { el: rules.nameEl, en: rules.nameEn }, reference: rules.reference },
    cpv: codes.map((code) => {
      const row = needCpv.get(code)!;
      return {
        code,
        formatted: formatCpv(code, row.checkDigit),
        label: { el: row.labelEl, en: row.labelEn },
        socialServices: row.socialServices,
      };
    }),
    keywords,
    valueNet: valueNetCents === null ? null : centsToDecimal(valueNetCents),
    optionsValueNet: centsToDecimal(optionsValueNetCents),
    decisionDate,
    startDate,
    durationMonths: need.durationMonths,
    place: place ? { id: place.id, name: { el: place.nameEl, en: place.nameEn } } : null,
    rules: rulesFor(need).map((rule) => ({
      rule,
      description: RULE_INFO[rule].description,
      reference: RULE_INFO[rule].reference(need.route),
    })),
  };
  const { id, message, reference } = result.requiredProcedure;
  return {
    criteria,
    requiredProcedure: { id, message, reference },
    summary: {
      message: summary.message,
      alternatives: summary.alternatives.map((a) => ({
        route: a.route,
        eligible: a.eligible,
        conditional: a.conditional,
      })),
    },
    eligible: result.eligible.map(toEntry),
    conditional: result.conditional.map(toEntry),
    ineligible: result.ineligible.map(toEntry),
  };
}
