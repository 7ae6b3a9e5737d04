import { addMonths } from '../eligibility-format.ts';
import { athensDate } from './athens-time.ts';
import { CONSULTATION_RULES } from './consultation-config.ts';

/**
 * Rotation facts for the invite list (issue 13): for each candidate enterprise, how many
 * requests for quotes it was sent and how many contracts it was awarded in the last 12
 * months, so staff can spread the work fairly (Law 4412/2016 art. 18 §1: equal treatment
 * and no favouring; the product informs, staff decide).
 */

export interface RotationHistory {
  /** When an enterprise was asked: the later of its invitation and the request's publication (UTC ISO). */
  requests: Array<{ enterpriseId: string; consultationId: string; askedAt: string }>;
  /** Contracts in the register (whatever their route), by award date. */
  awards: Array<{ enterpriseId: string; awardedOn: string; valueNetCents: number }>;
}

export interface RotationFacts {
  enterpriseId: string;
  requests: number;
  awards: number;
  awardedNetCents: number;
  lastAskedOn: string | null;
  lastAwardedOn: string | null;
}

/** The window ending `today` (Athens date): dates after `from` and up to `today`. */
export function rotationWindow(today: string): { from: string; to: string } {
  return { from: addMonths(today, -CONSULTATION_RULES.rotation.windowMonths), to: today };
}

export function rotationFacts(
  enterpriseIds: readonly string[],
  history: RotationHistory,
  today: string,
): RotationFacts[] {
  const { from, to } = rotationWindow(today);
  const inWindow = (day: string) => day > from && day <= to;
  return enterpriseIds.map((enterpriseId) => {
    const asked = history.requests
      .filter((r) => r.enterpriseId === enterpriseId)
      .map((r) => ({ ...r, day: athensDate(new Date(r.askedAt)) }))
      .filter((r) => inWindow(r.day));
    const awarded = history.awards.filter((a) => a.enterpriseId === enterpriseId && inWindow(a.awardedOn));
    const latest = (days: string[]) => (days.length > 0 ? days.reduce((a, b) => (a > b ? a : b)) : null);
    return {
      enterpriseId,
      requests: new Set(asked.map((r) => r.consultationId)).size,
      awards: awarded.length,
      awardedNetCents: awarded.reduce((sum, a) => sum + a.valueNetCents, 0),
      lastAskedOn: latest(asked.map((r) => r.day)),
      lastAwardedOn: latest(awarded.map((a) => a.awardedOn)),
    };
  });
}

/** Who has had the least work lately comes first: fewer awards, less money, fewer requests. */
export function compareForRotation(a: RotationFacts, b: RotationFacts): number {
  return a.awards - b.awards || a.awardedNetCents - b.awardedNetCents || a.requests - b.requests;
}
