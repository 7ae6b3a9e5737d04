import { athensToInstant, formatAthensDateTime } from './athens-time.ts';
import { CONSULTATION_RULES } from './consultation-config.ts';
import { checked, failed, invalid, problem, type Bilingual, type Checked, type RuleProblem } from './problems.ts';

/**
 * The deadline for offers (issue 13): a date and time in Athens, at least
 * CONSULTATION_MIN_DEADLINE_MINUTES after publishing. The server's clock decides: every
 * function takes `now` from the caller (the services' injectable clock), never from the
 * browser. At the deadline itself the window is shut (offers are accepted strictly before).
 */

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date-time: with `Z` or an offset it is that instant; without one it is read as
 * Athens time (what a clerk types). Returns the instant.
 */
export function parseDeadline(input: unknown, field = 'deadline'): Checked<Date> {
  const bad = (el: string, en: string) => failed<Date>([invalid(field, el, en)]);
  if (typeof input !== 'string' || input.trim() === '')
    return bad(
      'απαιτείται ημερομηνία και ώρα (ISO 8601, ώρα Ελλάδας)',
      'a date and time is required (ISO 8601, Athens time)',
    );
  const text = input.trim();
  const local = LOCAL.exec(text);
  let instant: Date | null = null;
  if (local) {
    instant = athensToInstant(local[1]!, local[2]!);
    if (!instant && !Number.isNaN(Date.parse(`${text}Z`)))
      return bad(
        'αυτή η ώρα δεν υπάρχει στην Ελλάδα (αλλαγή σε θερινή ώρα)',
        'this time does not exist in Greece (start of summer time)',
      );
  } else if (WITH_OFFSET.test(text)) {
    instant = new Date(text);
  }
  if (!instant || Number.isNaN(instant.getTime()) || !sameCalendarDate(text, instant))
    return bad(
      'δεν είναι έγκυρη ημερομηνία και ώρα ISO 8601 (π.χ. 2026-05-10T12:00)',
      'is not a valid ISO 8601 date and time (e.g. 2026-05-10T12:00)',
    );
  return { ok: true, value: instant };
}

/** Refuses 2026-02-30T10:00: Date would roll it over to March. */
function sameCalendarDate(text: string, instant: Date): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d && !Number.isNaN(instant.getTime());
}

/** `1440` → 1 day / 1 ημέρα; `90` → 90 minutes. */
export function minutesText(minutes: number): Bilingual {
  if (minutes % 1440 === 0) {
    const days = minutes / 1440;
    return { el: days === 1 ? '1 ημέρα' : `${days} ημέρες`, en: days === 1 ? '1 day' : `${days} days` };
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return { el: hours === 1 ? '1 ώρα' : `${hours} ώρες`, en: hours === 1 ? '1 hour' : `${hours} hours` };
  }
  return { el: minutes === 1 ? '1 λεπτό' : `${minutes} λεπτά`, en: minutes === 1 ? '1 minute' : `${minutes} minutes` };
}

/**
 * Publishing (409 when the draft's deadline no longer fits): the deadline lies at least
 * `minMinutes` after `now`, and not absurdly far ahead.
 */
export function checkDeadlineForPublishing(deadline: Date, now: Date, minMinutes: number): RuleProblem[] {
  const earliest = new Date(now.getTime() + minMinutes * 60_000);
  if (deadline.getTime() < earliest.getTime()) {
    const span = minutesText(minMinutes);
    const at = formatAthensDateTime(earliest);
    return [
      problem(
        409,
        'deadline_too_soon',
        'deadline',
        `Η προθεσμία για προσφορές πρέπει να απέχει τουλάχιστον ${span.el} από τη δημοσίευση: όχι νωρίτερα από ${at} (ώρα Ελλάδας).`,
        `The deadline for offers must be at least ${span.en} after publishing: no earlier than ${at} (Athens time).`,
      ),
    ];
  }
  const latest = now.getTime() + CONSULTATION_RULES.deadline.maxDaysAhead * 86_400_000;
  if (deadline.getTime() > latest)
    return [
      problem(
        409,
        'deadline_too_far',
        'deadline',
        `Η προθεσμία δεν μπορεί να απέχει περισσότερο από ${CONSULTATION_RULES.deadline.maxDaysAhead} ημέρες.`,
        `The deadline cannot be more than ${CONSULTATION_RULES.deadline.maxDaysAhead} days ahead.`,
      ),
    ];
  return [];
}

/** True once the deadline has come: offers are opened, and no longer accepted. */
export function deadlinePassed(deadline: Date | string, now: Date): boolean {
  return now.getTime() >= new Date(deadline).getTime();
}

/** 409 for an offer submitted, changed or withdrawn (or an invitation declined) at or after the deadline. */
export function checkOfferWindow(deadline: Date | string, now: Date): RuleProblem | null {
  if (!deadlinePassed(deadline, now)) return null;
  const at = formatAthensDateTime(deadline);
  return problem(
    409,
    'deadline_passed',
    null,
    `Η προθεσμία υποβολής προσφορών έληξε στις ${at} (ώρα Ελλάδας). Μετά την προθεσμία μια προσφορά δεν υποβάλλεται, δεν αλλάζει και δεν ανακαλείται.`,
    `The deadline for offers passed at ${at} (Athens time). After the deadline an offer can no longer be submitted, changed or withdrawn.`,
  );
}

/**
 * Extending an open request: only before the deadline (offers are still sealed) and only to
 * a later time, so nobody who planned for the old deadline loses time.
 */
export function checkDeadlineExtension(current: Date | string, next: Date, now: Date): Checked<Date> {
  const window = checkOfferWindow(current, now);
  if (window)
    return failed([
      problem(
        409,
        'deadline_passed',
        'deadline',
        'Η προθεσμία έχει ήδη λήξει και οι προσφορές έχουν ανοιχτεί: δεν παρατείνεται.',
        'The deadline has passed and the offers are open: it cannot be extended.',
      ),
    ]);
  const problems =
    next.getTime() > new Date(current).getTime()
      ? []
      : [
          invalid(
            'deadline',
            `η νέα προθεσμία πρέπει να είναι μετά την τρέχουσα (${formatAthensDateTime(current)})`,
            `the new deadline must be later than the current one (${formatAthensDateTime(current)})`,
          ),
        ];
  return checked(problems, () => next);
}
