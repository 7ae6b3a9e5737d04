import { deadlinePassed } from './deadline.ts';

/**
 * Sealed offers (issue 13): before the deadline nobody at the municipality sees what an offer
 * says — staff learn only how many arrived. An enterprise only ever sees its own offer,
 * before the deadline and after. Every read of offers (lists, the comparison, attachments,
 * exports, history and audit views) goes through these functions; the repository's
 * `listOfferContents` is never handed to a route directly.
 */

export type OfferViewer = { kind: 'staff' } | { kind: 'enterprise'; enterpriseId: string } | { kind: 'public' };

export interface SealFacts {
  /** UTC ISO instant of the deadline. */
  deadline: string;
  /** When the request was cancelled (UTC ISO), or null. */
  cancelledAt: string | null;
}

/** What makes an offer an offer to the rules: whose it is and whether it still stands. */
export interface SealableOffer {
  enterpriseId: string;
  state: 'submitted' | 'withdrawn';
}

export type OffersView<T> = { sealed: true; count: number } | { sealed: false; offers: T[] };

/**
 * Offers stay sealed until the deadline; a request cancelled before its deadline keeps them
 * sealed for good (they were never opened, and never will be).
 */
export function offersSealed(facts: SealFacts, now: Date): boolean {
  if (!deadlinePassed(facts.deadline, now)) return true;
  return facts.cancelledAt !== null && new Date(facts.cancelledAt).getTime() < new Date(facts.deadline).getTime();
}

/**
 * The offers `viewer` may see. Staff: `{ sealed: true, count }` (standing offers only) while
 * sealed, the standing offers once opened. An enterprise: its own offer (withdrawn or not),
 * never another's. The public: null (404).
 */
export function offersVisibleTo<T extends SealableOffer>(
  viewer: OfferViewer,
  facts: SealFacts,
  offers: readonly T[],
  now: Date,
): OffersView<T> | null {
  if (viewer.kind === 'enterprise')
    return { sealed: false, offers: offers.filter((o) => o.enterpriseId === viewer.enterpriseId) };
  if (viewer.kind !== 'staff') return null;
  const standing = offers.filter((o) => o.state === 'submitted');
  return offersSealed(facts, now) ? { sealed: true, count: standing.length } : { sealed: false, offers: standing };
}

/**
 * May `viewer` read this one offer's content (its figures, note, files)? Staff: a standing
 * offer once opened. An enterprise: its own. Anyone else: no.
 */
export function mayReadOffer(viewer: OfferViewer, facts: SealFacts, offer: SealableOffer, now: Date): boolean {
  if (viewer.kind === 'enterprise') return offer.enterpriseId === viewer.enterpriseId;
  return viewer.kind === 'staff' && offer.state === 'submitted' && !offersSealed(facts, now);
}

/**
 * What the audit log and the field history may record about an offer event: that it
 * happened, on which offer, which version. Never the price, the VAT, the note, a file name —
 * nor the enterprise: before the deadline staff learn only how many offers arrived, and the
 * audit view is read before the deadline too. (The audit row's actor is the user; the audit
 * view hides offer events' actors until the deadline — see README.md.)
 */
export function offerAuditDetails(offer: {
  id: string;
  version: number;
  state: 'submitted' | 'withdrawn';
}): Record<string, string | number> {
  return { offerId: offer.id, version: offer.version, state: offer.state };
}
