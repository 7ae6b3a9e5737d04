import type { Lang } from './languages.ts';

/**
 * Formatting of the figures that eligibility reasons quote: dates, money in cents,
 * percentages. Pure and locale-fixed (dates dd/mm/yyyy in both languages, issue 11;
 * el 30.000,00 €, en €30,000.00) so that messages, exports and tests agree byte for byte.
 */

export type { Lang };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** `2026-11-20` → `20/11/2026` in both languages (the form Greek staff and auditors read). */
export function formatDate(iso: string, _lang?: Lang): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Calendar months, clamped to the month's last day (2026-03-31 − 1 month = 2026-02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Integer cents → `30.000,00 €` (el) or `€30,000.00` (en). */
export function formatMoney(cents: number, lang: Lang): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  return lang === 'el'
    ? `${sign}${groupThousands(euros, '.')},${rest} €`
    : `${sign}€${groupThousands(euros, ',')}.${rest}`;
}

/** Integer cents → `30000.00`: the decimal-string form the API speaks. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `30000`, `30000.5`, `30000.01` → cents, exactly (no floating point); null if not a money amount. */
export function decimalToCents(value: string): number | null {
  const match = /^(\d{1,10})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** `part / whole` as a percentage with up to two decimals (`30.1%`, `33.33%`; el uses a comma). */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  const hundredths = Math.round((part * 10000) / whole);
  const text = (hundredths / 100).toFixed(2).replace(/\.?0+$/, '');
  return `${lang === 'el' ? text.replace('.', ',') : text}%`;
}
