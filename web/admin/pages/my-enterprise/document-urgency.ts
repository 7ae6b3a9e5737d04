import type { ComplianceDocumentView } from '../../../../api/contract.ts';

/**
 * The order an enterprise should look at its certificates in: the one that counts for each
 * kind (the latest `validUntil`) first — expired, then expiring (the server's window, 30 days),
 * then valid, the soonest to end first within each — and the certificates they replaced apart.
 */
const RANK: Record<ComplianceDocumentView['state'], number> = { expired: 0, expiring: 1, valid: 2 };

export function byUrgency<D extends Pick<ComplianceDocumentView, 'kind' | 'state' | 'validUntil'>>(
  documents: readonly D[],
): { current: D[]; older: D[] } {
  const latest = new Map<string, D>();
  for (const document of documents) {
    const known = latest.get(document.kind);
    if (!known || document.validUntil > known.validUntil) latest.set(document.kind, document);
  }
  const current = [...latest.values()].sort(
    (a, b) => RANK[a.state] - RANK[b.state] || a.validUntil.localeCompare(b.validUntil),
  );
  const older = documents
    .filter((d) => latest.get(d.kind) !== d)
    .sort((a, b) => b.validUntil.localeCompare(a.validUntil));
  return { current, older };
}
