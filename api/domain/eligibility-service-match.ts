import type { AwardRulesConfig } from './award-rules-config.ts';
import { matchCpv, type CpvMatchKind } from './cpv.ts';
import {
  check,
  type AreaRef,
  type Bilingual,
  type CheckOutcome,
  type EligibilityCheck,
  type EnterpriseFacts,
  type Need,
} from './eligibility-types.ts';

/**
 * Can the enterprise deliver the need, where it is needed? CPV match of its active services
 * (Regulation 213/2008 hierarchy, cpv.ts matchCpv) or the caller's keyword match, and a
 * matching service serving an area that covers the place of performance.
 */

type Rules = AwardRulesConfig;

const MATCH_KIND_NAMES: Record<CpvMatchKind, Bilingual> = {
  exact: { el: 'ίδιος κωδικός', en: 'same code' },
  narrower: { el: 'ειδικότερος κωδικός', en: 'narrower code' },
  broader: { el: 'γενικότερος κωδικός', en: 'broader code' },
  category: { el: 'ίδια κατηγορία', en: 'same category' },
  class: { el: 'ίδια τάξη', en: 'same class' },
  group: { el: 'ίδια ομάδα', en: 'same group' },
  division: { el: 'ίδιο τμήμα', en: 'same division' },
  none: { el: 'καμία σχέση', en: 'unrelated' },
};
export interface ServiceMatch {
  score: number;
  kind: CpvMatchKind | 'keywords';
  check: EligibilityCheck;
  /** Services that meet the need (for the place-of-performance rule). */
  services: EnterpriseFacts['services'];
}

export function serviceMatch(need: Need, facts: EnterpriseFacts, rules: Rules): ServiceMatch {
  const reference = rules.cpvMatch.reference;
  if (need.cpvCodes.length === 0) {
    const words = need.keywords ?? '';
    return facts.keywordMatch
      ? {
          score: 0.5,
          kind: 'keywords',
          services: facts.services,
          check: check(
            'service_match',
            'pass',
            reference,
            `Βρέθηκε με τις λέξεις «${words}».`,
            `Found by the words "${words}".`,
          ),
        }
      : {
          score: 0,
          kind: 'none',
          services: [],
          check: check(
            'service_match',
            'fail',
            reference,
            `Δεν βρέθηκε με τις λέξεις «${words}».`,
            `Not found by the words "${words}".`,
          ),
        };
  }
  const matching = new Set<EnterpriseFacts['services'][number]>();
  const perCode = need.cpvCodes.map(({ code }) => {
    let best = { score: 0, kind: 'none' as CpvMatchKind, offered: '', title: '' };
    for (const service of facts.services)
      for (const offered of service.cpvCodes) {
        const match = matchCpv(code, offered);
        if (match.score >= rules.cpvMatch.candidateScore) matching.add(service);
        if (match.score > best.score) best = { ...match, offered, title: service.title };
      }
    return { code, ...best };
  });
  const score = Math.round((perCode.reduce((sum, m) => sum + m.score, 0) / perCode.length) * 100) / 100;
  const weakest = perCode.reduce((a, b) => (b.score < a.score ? b : a));
  const describe = (lang: 'el' | 'en') =>
    perCode
      .map((m) =>
        m.score === 0
          ? lang === 'el'
            ? `${m.code}: καμία υπηρεσία`
            : `${m.code}: no service`
          : `${m.code} ← «${m.title}» ${m.offered} (${MATCH_KIND_NAMES[m.kind][lang]})`,
      )
      .join('; ');
  let outcome: CheckOutcome = 'pass';
  if (weakest.score < rules.cpvMatch.candidateScore) outcome = 'fail';
  else if (weakest.score < rules.cpvMatch.passScore) outcome = 'warning';
  const lead = {
    pass: { el: 'Οι υπηρεσίες καλύπτουν την ανάγκη', en: 'Its services meet the need' },
    warning: { el: 'Μερική αντιστοίχιση CPV, ελέγξτε', en: 'Partial CPV match, check it' },
    fail: { el: 'Δεν καλύπτεται κάθε κωδικός CPV', en: 'Not every CPV code is met' },
    unknown: { el: '', en: '' },
  }[outcome];
  return {
    score,
    kind: weakest.kind,
    services: [...matching],
    check: check(
      'service_match',
      outcome,
      reference,
      `${lead.el}: ${describe('el')}.`,
      `${lead.en}: ${describe('en')}.`,
    ),
  };
}

export function placeCheck(need: Need, services: EnterpriseFacts['services'], rules: Rules): EligibilityCheck | null {
  if (!need.place) return null;
  const reference = rules.placeOfPerformance.reference;
  const place = need.place;
  const covering = new Set(place.coveringIds);
  const areas = new Map<string, AreaRef>();
  for (const service of services) for (const area of service.areas) areas.set(area.id, area);
  const served = [...areas.values()].find((a) => covering.has(a.id));
  if (served)
    return check(
      'place_of_performance',
      'pass',
      reference,
      `Εξυπηρετεί: ${served.nameEl} (καλύπτει ${place.nameEl}).`,
      `Serves ${served.nameEn} (covers ${place.nameEn}).`,
    );
  if (areas.size === 0)
    return check(
      'place_of_performance',
      'unknown',
      reference,
      `Δεν έχει δηλώσει περιοχές εξυπηρέτησης.`,
      `No service areas declared.`,
    );
  const list = (lang: 'el' | 'en') => [...areas.values()].map((a) => (lang === 'el' ? a.nameEl : a.nameEn)).join(', ');
  return check(
    'place_of_performance',
    'fail',
    reference,
    `Δεν εξυπηρετεί ${place.nameEl}· εξυπηρετεί μόνο: ${list('el')}.`,
    `Does not serve ${place.nameEn}; serves only: ${list('en')}.`,
  );
}
