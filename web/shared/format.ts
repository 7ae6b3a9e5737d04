import { intlLocale, type Lang } from './languages.ts';

/**
 * How the staff app writes dates and money, in every language: dates as dd/mm/yyyy (the
 * Greek administrative form, also read without doubt in English), times as 24-hour Athens
 * time, euros as the language writes them.
 */

/** `2025-03-07` (or a full ISO timestamp) → `07/03/2025`; null → `—`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (day && iso.length === 10) return `${day[3]}/${day[2]}/${day[1]}`;
  return formatDateTime(iso).slice(0, 10);
}

/**
 * A day as a person types it → `YYYY-MM-DD`, or null when it is not a real day. Reads
 * dd/mm/yyyy with `/`, `.` or `-` (one-digit day and month too), and `YYYY-MM-DD` as it is.
 * The app asks for dates as dd/mm/yyyy in a text field: a browser's date picker writes them in
 * the browser's locale (mm/dd/yyyy on an American system), not the app's.
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const greek = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : greek ? [greek[3], greek[2], greek[1]] : [];
  if (!year || !month || !day) return null;
  const result = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${result}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === result ? result : null;
}

const athens = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Athens',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today's date in Athens (`YYYY-MM-DD`): the day a certificate's validity is counted against. */
export function todayInAthens(now = new Date()): string {
  const parts = Object.fromEntries(athens.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An instant as `07/03/2025 14:05`, Athens time; null → `—`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parts = Object.fromEntries(athens.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Money for display: `12.345,60 €` / `€12,345.60`. */
export function formatEuros(decimal: string, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: 'EUR' }).format(Number(decimal));
}

/** A share (0…1) as a percentage with at most two decimals. */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 2 }).format(share);
}

/** `12345.6` / `12.345,60` → `12345.60`-style decimal string the API accepts, or null. */
export function normaliseMoney(text: string): string | null {
  const compact = text.replace(/[\s€]/g, '');
  if (compact === '') return null;
  // Greek writing: dots group thousands, the comma is the decimal mark.
  const greek = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(compact) || /^\d+,\d{1,2}$/.test(compact);
  const plain = greek ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  return /^\d{1,10}(\.\d{1,2})?$/.test(plain) ? plain : null;
}
