import { describe, expect, it } from 'vitest';
import { formatCount, formatDate } from '../../web/widget/localization.ts';

/**
 * The widget writes counts and dates itself instead of asking Intl on its first screen
 * (web/widget/localization.ts says why); visitors must see exactly what Intl would show them,
 * which is the oracle here (Node's full ICU).
 */
describe('counts in the filters and the results heading', () => {
  it('group thousands as Greek and British English do', () => {
    for (const count of [0, 1, 7, 45, 999, 1000, 1234, 10_000, 99_999, 123_456, 1_234_567]) {
      expect(formatCount('el', count)).toBe(count.toLocaleString('el-GR'));
      expect(formatCount('en', count)).toBe(count.toLocaleString('en-GB'));
    }
  });
});

describe('verification and update dates', () => {
  it('are written in figures as each language writes them, every month', () => {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 28]) {
        const date = new Date(2026, month, day, 13, 5);
        expect(formatDate('el', date)).toBe(date.toLocaleDateString('el-GR'));
        expect(formatDate('en', date)).toBe(date.toLocaleDateString('en-GB'));
      }
    }
  });

  it('take the day in the visitor’s time zone, as Intl does', () => {
    const late = new Date('2026-05-31T23:30:00Z');
    expect(formatDate('el', late)).toBe(late.toLocaleDateString('el-GR'));
  });
});
