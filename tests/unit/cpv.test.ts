import { describe, expect, it } from 'vitest';
import {
  checkCpvAgainstList,
  contractTypeOf,
  formatCpv,
  matchCpv,
  parseCpv,
  relatedCpv,
  significantPrefix,
} from '../../api/domain/cpv.ts';

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

  it.each([
    ['90910000-9', { checkDigit: '9' }, 'ok'],
    ['90910000', { checkDigit: '9' }, 'ok'],
    ['90910000-8', { checkDigit: '9' }, 'check_digit_mismatch'],
    // Listed without a printed digit: accepted with or without one, never computed.
    ['77211400-6', { checkDigit: null }, 'check_digit_not_printed'],
    ['77211400', { checkDigit: null }, 'ok'],
    ['12345678', undefined, 'not_listed'],
  ] as const)('checks %s against the list entry %j → %s', (input, listed, expected) => {
    expect(checkCpvAgainstList(parseCpv(input)!, listed)).toBe(expected);
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

describe('CPV codes related for the anti-splitting sum (one contains the other, or the same group)', () => {
  it.each([
    ['90910000', '90911200', true], // narrower
    ['90911200', '90910000', true], // broader
    ['90000000', '90911200', true], // the division contains everything under it
    ['90900000', '90919300', true], // group contains
    ['90910000', '90920000', true], // same group 909, neither contains the other
    ['90911200', '90919300', true],
    ['90910000', '90610000', false], // same division only
    ['90610000', '90500000', false],
    ['77211400', '77310000', false],
    ['55520000', '90910000', false],
  ])('%s ~ %s → %s', (a, b, related) => {
    expect(relatedCpv(a, b)).toBe(related);
    expect(relatedCpv(b, a)).toBe(related);
  });
});
