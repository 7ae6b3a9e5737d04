import { describe, expect, it } from 'vitest';
import { contractTypeOf, formatCpv, matchCpv, parseCpv, significantPrefix } from '../../api/domain/cpv.ts';

describe('CPV parsing', () => {
  it.each([
    ['90910000-9', { code: '90910000', checkDigit: '9', prefix: '9091', level: 'class' }],
    ['90911200-8', { code: '90911200', checkDigit: '8', prefix: '909112', level: 'subcategory' }],
    ['90000000', { code: '90000000', checkDigit: null, prefix: '90', level: 'division' }],
    ['90900000-6', { code: '90900000', checkDigit: '6', prefix: '909', level: 'group' }],
    ['55520000-1', { code: '55520000', checkDigit: '1', prefix: '5552', level: 'class' }],
    ['85311000-2', { code: '85311000', checkDigit: '2', prefix: '85311', level: 'category' }],
    [' 77310000-6 ', { code: '77310000', checkDigit: '6', prefix: '7731', level: 'class' }],
  ])('parses %s', (input, expected) => {
    expect(parseCpv(input)).toEqual(expected);
  });

  it.each(['9091000-9', '909100000', '90910000-', '90910000-99', 'abcdefgh', '00000000', ''])('rejects %s', (input) => {
    expect(parseCpv(input)).toBeNull();
  });

  it('keeps the division when the code is a round number', () => {
    expect(significantPrefix('10000000')).toBe('10');
    expect(significantPrefix('80000000')).toBe('80');
  });

  it.each([
    ['45000000', 'works'],
    ['90910000', 'services'],
    ['49000000', 'services'],
    ['98000000', 'services'],
    ['39000000', 'supplies'],
    ['15000000', 'supplies'],
  ])('contract type of %s is %s', (code, type) => {
    expect(contractTypeOf(code)).toBe(type);
  });

  it('formats with the check digit only when known', () => {
    expect(formatCpv('90910000', '9')).toBe('90910000-9');
    expect(formatCpv('90910000', null)).toBe('90910000');
  });
});

describe('CPV need/offer matching', () => {
  it.each([
    ['90910000', '90910000', 'exact', 1],
    ['90910000', '90911200', 'narrower', 0.95],
    ['90911200', '90910000', 'broader', 0.8],
    ['90919200', '90919300', 'category', 0.7],
    ['90911200', '90919300', 'class', 0.6],
    ['90910000', '90920000', 'group', 0.4],
    ['90910000', '90610000', 'division', 0.2],
    ['90910000', '55520000', 'none', 0],
  ] as const)('need %s, offer %s → %s', (needed, offered, kind, score) => {
    expect(matchCpv(needed, offered)).toEqual({ kind, score });
  });

  it('scores a service under the needed code above a broader one', () => {
    expect(matchCpv('90910000', '90911200').score).toBeGreaterThan(matchCpv('90911200', '90910000').score);
  });
});
