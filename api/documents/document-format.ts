import { formatAthensDateTime, formatDay } from '../domain/consultations/athens-time.ts';
import type { DocumentLang } from './document-model.ts';

/**
 * How documents write figures (issue 13): dates dd/mm/yyyy in every language, times in
 * Athens; money as "€ 1.234,56" in Greek and "€1,234.56" in English; integer cents in,
 * never floats.
 */

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function formatEuro(cents: number, lang: DocumentLang): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  return lang === 'el' ? `${sign}€ ${group(euros, '.')},${rest}` : `${sign}€${group(euros, ',')}.${rest}`;
}

export function formatInteger(value: number, lang: DocumentLang): string {
  return group(String(Math.trunc(value)), lang === 'el' ? '.' : ',');
}

/** `"88.55"` (a score as the domain gives it) → `88,55` in Greek. */
export function formatDecimalText(value: string, lang: DocumentLang): string {
  return lang === 'el' ? value.replace('.', ',') : value;
}

/** `part / whole` as a percentage with at most one decimal (`12,5%`); `—` when whole is 0. */
export function formatShare(part: number, whole: number, lang: DocumentLang): string {
  if (whole === 0) return '—';
  const tenths = Math.round((part * 1000) / whole);
  const text = (tenths / 10).toFixed(1).replace(/\.0$/, '');
  return `${lang === 'el' ? text.replace('.', ',') : text}%`;
}

export const formatDate = (isoDate: string): string => formatDay(isoDate);
export const formatDateTime = (instant: string): string => formatAthensDateTime(instant);
