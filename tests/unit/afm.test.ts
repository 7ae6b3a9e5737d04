import { describe, expect, it } from 'vitest';
import { parseAfm } from '../../api/domain/afm.ts';

describe('ΑΦΜ validation', () => {
  it.each([
    ['094259216', '094259216'],
    ['EL094259216', '094259216'],
    ['GR 094 259 216', '094259216'],
    ['el094259216', '094259216'],
    ['090000045', '090000045'],
  ])('accepts %s as %s', (input, afm) => {
    expect(parseAfm(input)).toEqual({ valid: true, afm });
  });

  it.each([
    ['123456781', 'checksum'],
    ['094259217', 'checksum'],
    ['12345678', 'format'],
    ['1234567890', 'format'],
    ['09425921A', 'format'],
    ['', 'format'],
    ['000000000', 'all_zero'],
  ])('rejects %s (%s)', (input, reason) => {
    expect(parseAfm(input)).toEqual({ valid: false, reason });
  });
});
