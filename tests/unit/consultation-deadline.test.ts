import { describe, expect, it } from 'vitest';
import { athensDate, athensToInstant, formatAthensDateTime } from '../../api/domain/consultations/athens-time.ts';
import { parseMinDeadlineMinutes } from '../../api/domain/consultations/consultation-config.ts';
import {
  checkDeadlineExtension,
  checkDeadlineForPublishing,
  checkOfferWindow,
  deadlinePassed,
  parseDeadline,
} from '../../api/domain/consultations/deadline.ts';

const at = (iso: string) => new Date(iso);
const minutesLater = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

describe('Athens wall-clock time', () => {
  it.each([
    ['2026-07-01', '12:00', '2026-07-01T09:00:00.000Z'], // summer time, UTC+3
    ['2026-01-15', '12:00', '2026-01-15T10:00:00.000Z'], // winter time, UTC+2
    ['2026-03-29', '02:59', '2026-03-29T00:59:00.000Z'], // last minute of winter time
    ['2026-03-29', '04:00', '2026-03-29T01:00:00.000Z'], // first minute of summer time
    ['2026-12-31', '23:59', '2026-12-31T21:59:00.000Z'],
  ])('%s %s in Athens is %s', (date, time, utc) => {
    expect(athensToInstant(date, time)?.toISOString()).toBe(utc);
  });

  it('has no 03:30 on the morning summer time starts', () => {
    expect(athensToInstant('2026-03-29', '03:30')).toBeNull();
  });

  it('takes the first (earlier) 03:30 on the morning summer time ends', () => {
    expect(athensToInstant('2026-10-25', '03:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('dates by the Athens calendar day, not the server’s', () => {
    expect(athensDate(at('2026-05-10T21:30:00Z'))).toBe('2026-05-11');
    expect(formatAthensDateTime('2026-05-10T21:30:00Z')).toBe('11/05/2026 00:30');
  });
});

describe('parseDeadline', () => {
  it.each([
    ['2026-05-10T12:00', '2026-05-10T09:00:00.000Z'],
    ['2026-05-10T12:00:30', '2026-05-10T09:00:30.000Z'],
    ['2026-05-10T12:00:00+02:00', '2026-05-10T10:00:00.000Z'],
    ['2026-05-10T09:00:00Z', '2026-05-10T09:00:00.000Z'],
  ])('reads %s as %s', (input, utc) => {
    const parsed = parseDeadline(input);
    expect(parsed.ok && parsed.value.toISOString()).toBe(utc);
  });

  it.each(['', '10/05/2026 12:00', '2026-02-30T10:00', '2026-05-10', '2026-05-10T25:00', 'tomorrow'])(
    'refuses %j naming the field',
    (input) => {
      const parsed = parseDeadline(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ status: 400, field: 'deadline' });
    },
  );

  it('says why the skipped hour of summer time is refused', () => {
    const parsed = parseDeadline('2026-03-29T03:30');
    expect(!parsed.ok && parsed.problems[0]!.message.en).toContain('does not exist in Greece');
  });
});

describe('publishing: the shortest time to the deadline', () => {
  const now = at('2026-05-09T09:00:00Z');

  it('accepts a deadline exactly CONSULTATION_MIN_DEADLINE_MINUTES ahead', () => {
    expect(checkDeadlineForPublishing(minutesLater(now, 1440), now, 1440)).toEqual([]);
  });

  it('refuses one minute less with 409, telling the earliest allowed Athens time', () => {
    const [problem] = checkDeadlineForPublishing(minutesLater(now, 1439), now, 1440);
    expect(problem).toMatchObject({ status: 409, code: 'deadline_too_soon', field: 'deadline' });
    expect(problem!.message.el).toContain('1 ημέρα');
    expect(problem!.message.el).toContain('10/05/2026 12:00');
    expect(problem!.message.en).toContain('no earlier than 10/05/2026 12:00 (Athens time)');
  });

  it('follows a configured minimum (90 minutes)', () => {
    expect(checkDeadlineForPublishing(minutesLater(now, 90), now, 90)).toEqual([]);
    expect(checkDeadlineForPublishing(minutesLater(now, 89), now, 90)[0]!.message.en).toContain('90 minutes');
  });

  it('refuses a deadline more than a year ahead', () => {
    expect(checkDeadlineForPublishing(at('2027-06-01T09:00:00Z'), now, 1440)[0]!.code).toBe('deadline_too_far');
  });
});

describe('the offer window', () => {
  const deadline = '2026-05-10T09:00:00.000Z'; // 12:00 in Athens

  it('is open until the last millisecond before the deadline and shut at it', () => {
    expect(checkOfferWindow(deadline, at('2026-05-10T08:59:59.999Z'))).toBeNull();
    expect(deadlinePassed(deadline, at('2026-05-10T08:59:59.999Z'))).toBe(false);
    const late = checkOfferWindow(deadline, at('2026-05-10T09:00:00.000Z'));
    expect(late).toMatchObject({ status: 409, code: 'deadline_passed' });
    expect(late!.message.el).toBe(
      'Η προθεσμία υποβολής προσφορών έληξε στις 10/05/2026 12:00 (ώρα Ελλάδας). Μετά την προθεσμία μια προσφορά δεν υποβάλλεται, δεν αλλάζει και δεν ανακαλείται.',
    );
    expect(late!.message.en).toContain('passed at 10/05/2026 12:00 (Athens time)');
  });

  it('extends only forward and only before the deadline', () => {
    const before = at('2026-05-10T08:00:00Z');
    const later = at('2026-05-12T09:00:00Z');
    expect(checkDeadlineExtension(deadline, later, before)).toEqual({ ok: true, value: later });
    const earlier = checkDeadlineExtension(deadline, at('2026-05-10T08:30:00Z'), before);
    expect(!earlier.ok && earlier.problems[0]).toMatchObject({ status: 400, field: 'deadline' });
    const afterwards = checkDeadlineExtension(deadline, later, at('2026-05-10T09:00:00Z'));
    expect(!afterwards.ok && afterwards.problems[0]).toMatchObject({ status: 409, code: 'deadline_passed' });
  });
});

describe('CONSULTATION_MIN_DEADLINE_MINUTES', () => {
  it('defaults to a day and reads whole minutes', () => {
    expect(parseMinDeadlineMinutes(undefined)).toBe(1440);
    expect(parseMinDeadlineMinutes('')).toBe(1440);
    expect(parseMinDeadlineMinutes('60')).toBe(60);
    expect(parseMinDeadlineMinutes('0')).toBe(0);
  });

  it.each(['-5', '1.5', 'day', '999999'])('refuses %j naming the variable', (value) => {
    expect(() => parseMinDeadlineMinutes(value)).toThrow(/CONSULTATION_MIN_DEADLINE_MINUTES/);
  });
});
