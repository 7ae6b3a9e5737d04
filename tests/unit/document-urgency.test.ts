import { describe, expect, it } from 'vitest';
import { byUrgency } from '../../web/admin/pages/my-enterprise/document-urgency.ts';

const doc = (kind: string, state: 'valid' | 'expiring' | 'expired', validUntil: string) => ({
  kind: kind as 'tax_clearance',
  state,
  validUntil,
});

describe('certificates by urgency', () => {
  it('puts the expired first, then the expiring, then the valid, the soonest to end first', () => {
    const { current } = byUrgency([
      doc('gemi_certificate', 'valid', '2026-09-01'),
      doc('tax_clearance', 'expiring', '2026-03-20'),
      doc('workforce_composition', 'valid', '2026-05-01'),
      doc('social_security_clearance', 'expired', '2026-02-01'),
      doc('gemkalo_certificate', 'expiring', '2026-03-10'),
    ]);
    expect(current.map((d) => d.kind)).toEqual([
      'social_security_clearance',
      'gemkalo_certificate',
      'tax_clearance',
      'workforce_composition',
      'gemi_certificate',
    ]);
  });

  it('counts only the latest certificate of a kind: a renewed one is not urgent, the one it replaced is older', () => {
    const renewed = doc('tax_clearance', 'valid', '2026-08-01');
    const replaced = doc('tax_clearance', 'expired', '2026-01-31');
    const { current, older } = byUrgency([replaced, renewed, doc('gemi_certificate', 'expiring', '2026-03-01')]);
    expect(current).toEqual([doc('gemi_certificate', 'expiring', '2026-03-01'), renewed]);
    expect(older).toEqual([replaced]);
  });
});
