import { CONSULTATION_RULES } from './consultation-config.ts';

/**
 * Wall-clock time in Athens (EET, UTC+2; EEST, UTC+3 from the last Sunday of March to the
 * last Sunday of October), computed with the platform's time-zone data (Intl), so the server
 * may run in any zone. Instants are `Date`s or ISO strings in UTC.
 */

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: CONSULTATION_RULES.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface AthensWallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  second: number;
}

export function athensWallClock(instant: Date): AthensWallClock {
  const p = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, second: Number(p.second) };
}

/** The calendar day in Athens (certificates, decisions and offers are dated by it). */
export function athensDate(instant: Date): string {
  return athensWallClock(instant).date;
}

/** Milliseconds Athens is ahead of UTC at that instant. */
function offsetAt(instant: number): number {
  const wall = athensWallClock(new Date(instant));
  const asUtc = Date.parse(`${wall.date}T${wall.time}:${String(wall.second).padStart(2, '0')}Z`);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which Athens clocks show `date` `time` (HH:mm or HH:mm:ss). Null when that
 * wall-clock time does not exist (the hour skipped when summer time starts). When it exists
 * twice (the hour repeated when summer time ends) the first one is taken: the earlier deadline.
 */
export function athensToInstant(date: string, time: string): Date | null {
  const local = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`);
  if (Number.isNaN(local)) return null;
  const offsets = new Set([offsetAt(local - 12 * 3600_000), offsetAt(local + 12 * 3600_000)]);
  const matches = [...offsets]
    .map((offset) => local - offset)
    .filter((instant) => {
      const wall = athensWallClock(new Date(instant));
      return `${wall.date}T${wall.time}` === `${date}T${time.slice(0, 5)}`;
    })
    .sort((a, b) => a - b);
  return matches.length > 0 ? new Date(matches[0]!) : null;
}

/** `10/05/2026 12:00` (Athens time), the form used in every language (dd/mm/yyyy, 24-hour). */
export function formatAthensDateTime(instant: Date | string): string {
  const wall = athensWallClock(typeof instant === 'string' ? new Date(instant) : instant);
  const [y, m, d] = wall.date.split('-');
  return `${d}/${m}/${y} ${wall.time}`;
}

/** `2026-05-10` → `10/05/2026`. */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}
