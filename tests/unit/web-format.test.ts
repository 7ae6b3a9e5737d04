import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatDate,
  formatDateTime,
  formatEuros,
  formatPercent,
  normaliseMoney,
  parseDate,
  todayInAthens,
} from '../../web/shared/format.ts';
import { LANGUAGES, SOURCE_LANG, intlLocale, localText, toLang } from '../../web/shared/languages.ts';

describe('staff app dates', () => {
  it('writes a day as dd/mm/yyyy in every language', () => {
    expect(formatDate('2025-03-07')).toBe('07/03/2025');
    expect(formatDate(null)).toBe('—');
  });

  it('writes an instant in Athens time, 24-hour, across the change to summer time', () => {
    // 07:30 UTC is 09:30 in Athens in winter (UTC+2) and 10:30 in summer (UTC+3).
    expect(formatDateTime('2025-01-15T07:30:00Z')).toBe('15/01/2025 09:30');
    expect(formatDateTime('2025-07-15T07:30:00Z')).toBe('15/07/2025 10:30');
    // Late evening UTC is already the next day in Athens.
    expect(formatDate('2025-12-31T22:30:00Z')).toBe('01/01/2026');
  });
});

describe('staff app dates typed in', () => {
  it('reads dd/mm/yyyy (with / . or -, one-digit day and month) and ISO days', () => {
    expect(parseDate('07/03/2025')).toBe('2025-03-07');
    expect(parseDate(' 7.3.2025 ')).toBe('2025-03-07');
    expect(parseDate('31-12-2025')).toBe('2025-12-31');
    expect(parseDate('2025-03-07')).toBe('2025-03-07');
  });

  it('refuses what is not a real day, and month-first American dates past the 12th', () => {
    expect(parseDate('29/02/2025')).toBeNull();
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('03/31/2025')).toBeNull();
    expect(parseDate('2025-3-7')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('χθες')).toBeNull();
  });
});

describe('days in Athens', () => {
  it('takes today as the Athens calendar day, and counts whole days across month ends and summer time', () => {
    expect(todayInAthens(new Date('2025-12-31T22:30:00Z'))).toBe('2026-01-01');
    expect(todayInAthens(new Date('2025-06-30T20:59:00Z'))).toBe('2025-06-30');
    expect(daysBetween('2025-03-25', '2025-04-24')).toBe(30);
    expect(daysBetween('2025-03-07', '2025-03-01')).toBe(-6);
  });
});

describe('staff app money', () => {
  it('reads amounts written the Greek way or the plain way', () => {
    expect(normaliseMoney('29.500,00')).toBe('29500.00');
    expect(normaliseMoney('12345,6')).toBe('12345.6');
    expect(normaliseMoney('12,345.60 €')).toBe('12345.60');
    expect(normaliseMoney('1.2.3')).toBeNull();
    expect(normaliseMoney('')).toBeNull();
  });

  it('writes euros and shares as each language does', () => {
    // Intl puts a no-break space before the euro sign.
    expect(formatEuros('12345.6', 'el')).toBe('12.345,60\u00a0€');
    expect(formatEuros('12345.6', 'en')).toBe('€12,345.60');
    expect(formatPercent(0.1234, 'el')).toBe('12,34%');
  });
});

describe('staff app languages', () => {
  it('starts from Greek and maps tags to the languages offered', () => {
    expect(SOURCE_LANG).toBe('el');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('EL')).toBe('el');
    expect(toLang('tlh')).toBe('el');
    expect(toLang(null)).toBe('el');
    for (const { id } of LANGUAGES) expect(toLang(id)).toBe(id);
    expect(intlLocale('el')).toBe('el-GR');
  });

  it('shows a server text in the language asked, else in the source language', () => {
    expect(localText({ el: 'Πληροί', en: 'Pass' }, 'en')).toBe('Pass');
    expect(localText({ el: 'Πληροί' }, 'en')).toBe('Πληροί');
    expect(localText({ el: 'έληξε στις 07/11/2026', en: 'expired on 2026-11-07.' }, 'en')).toBe(
      'expired on 07/11/2026.',
    );
  });
});
