import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEuros, formatPercent, normaliseMoney } from '../../web/shared/format.ts';
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
  });
});
